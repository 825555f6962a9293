package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// platform_settings: values the platform's operators set at run time, one
// row a key, the value as JSON (issue 13: "payee", the account buyers
// transfer to when they pay offline). PocketBase's own settings hold only
// its fixed struct, so a small collection keeps these in the same database,
// backups and replica. Rules are superuser-only: operators change a value
// through its route (hooks/commerce for the payee), which validates and
// audits it; the dashboard stays the superuser's door.
func init() {
	m.Register(func(app core.App) error {
		c := newBase("platform_settings",
			&core.TextField{Name: "key", Max: 40, Required: true, Pattern: `^[a-z][a-z0-9_]*$`},
			jsonField("value", 64<<10),
		)
		c.AddIndex("idx_platform_settings_key", true, "key", "")
		setRules(c, nil, nil, nil, nil, nil)
		return app.Save(c)
	}, func(app core.App) error {
		c, err := app.FindCollectionByNameOrId("platform_settings")
		if err != nil {
			return nil // already gone
		}
		return app.Delete(c)
	})
}
