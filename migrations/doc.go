// Package migrations holds the schema history of smedx as Go migrations.
// main.go blank-imports it; `serve`, `migrate up`, `demo` and the test apps
// apply every registered migration in file-name order.
package migrations
