// Package forms holds the option lists (dicts) and the schema-driven
// enterprise questionnaires: the form schemas served to the UI, the
// validation of enterprises.profile against them, sample profiles for the
// demo and tests, and the unified social credit code check.
//
// Depends on platform only.
package forms

import "github.com/pocketbase/pocketbase/core"

// Register binds the dicts (their cache, validation and GET /api/smedx/dicts)
// and the forms (GET /api/smedx/forms/{kind}, the profile check on every
// save of an enterprise).
func Register(app core.App) {
	registerDicts(app)
	registerForms(app)
	registerRegionTexts(app)
}
