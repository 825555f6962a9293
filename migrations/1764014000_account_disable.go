package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Disabling accounts (issue 14, 企业管理 / 平台用户): an operator may stop a
// whole tenant (enterprises.disabled) or one account (users.disabled),
// always with a reason. A disabled account cannot log in and cannot write;
// the console hooks (hooks/console) enforce it on every path and only its
// routes (or a superuser) may change these fields.
func init() {
	m.Register(func(app core.App) error {
		for _, name := range []string{"users", "enterprises"} {
			c, err := app.FindCollectionByNameOrId(name)
			if err != nil {
				return err
			}
			c.Fields.Add(
				boolean("disabled"),
				text("disabled_reason", 500),
				date("disabled_at"),
			)
			c.AddIndex("idx_"+name+"_disabled", false, "disabled", "disabled = TRUE")
			if err := app.Save(c); err != nil {
				return err
			}
		}
		return nil
	}, func(app core.App) error {
		for _, name := range []string{"users", "enterprises"} {
			c, err := app.FindCollectionByNameOrId(name)
			if err != nil {
				return err
			}
			c.RemoveIndex("idx_" + name + "_disabled")
			for _, f := range []string{"disabled", "disabled_reason", "disabled_at"} {
				c.Fields.RemoveByName(f)
			}
			if err := app.Save(c); err != nil {
				return err
			}
		}
		return nil
	})
}
