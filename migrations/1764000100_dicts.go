package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// dicts: the option lists of the forms (tags, categories, industries,
// enterprise types, cities, the region tree...). One row per option; a tree
// is expressed by `parent`, the code of the parent option of the same type
// ("" at the top level). Everyone may read them; only superusers edit them
// in the dashboard. GET /api/smedx/dicts serves them as trees.
func init() {
	m.Register(func(app core.App) error {
		dicts := newBase("dicts",
			&core.TextField{Name: "type", Max: 40, Required: true, Pattern: `^[a-z][a-z0-9_]*$`},
			&core.TextField{Name: "code", Max: 40, Required: true},
			textReq("label", 200),
			text("parent", 40),
			&core.NumberField{Name: "sort", OnlyInt: true},
			jsonField("extra", 64<<10),
			boolean("enabled"),
		)
		dicts.AddIndex("idx_dicts_type_code", true, "type, code", "")
		dicts.AddIndex("idx_dicts_type_parent_sort", false, "type, parent, sort", "")
		setRules(dicts, rule(""), rule(""), nil, nil, nil)
		return app.Save(dicts)
	}, func(app core.App) error {
		dicts, err := app.FindCollectionByNameOrId("dicts")
		if err != nil {
			return nil // already gone
		}
		return app.Delete(dicts)
	})
}
