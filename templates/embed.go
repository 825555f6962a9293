// Package templates embeds the texts the server renders: mail and SMS
// messages, printable pages and the form schemas shared by the UI and the
// server-side validation.
package templates

import "embed"

// FS holds every file of this folder.
//
//go:embed all:forms all:mail all:pages
var FS embed.FS
