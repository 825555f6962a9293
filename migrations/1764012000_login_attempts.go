package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Login lockout by account and source (issue 12, finding 7).
//
// The account-wide counter on users (failed_logins, locked_until,
// last_failed_login_at) let anyone lock any operator out by sending five
// wrong passwords every 15 minutes. login_attempts keeps one row per
// (account, ip): account is "u:<user id>" for an account and "i:<identity>" for an
// identity that matches none, so an unknown account is answered exactly
// like a known one. Superusers only: it holds IPs and the lock state.
func init() {
	m.Register(func(app core.App) error {
		c := newBase("login_attempts",
			textReq("account", 300),
			text("ip", 100),
			&core.NumberField{Name: "failures", OnlyInt: true},
			date("locked_until"),
			date("last_failed_at"),
		)
		c.AddIndex("idx_login_attempts_key_ip", true, "account, ip", "")
		c.AddIndex("idx_login_attempts_last", false, "last_failed_at", "")
		if err := app.Save(c); err != nil {
			return err
		}
		users, err := app.FindCollectionByNameOrId("users")
		if err != nil {
			return err
		}
		for _, f := range []string{"failed_logins", "locked_until", "last_failed_login_at"} {
			users.Fields.RemoveByName(f)
		}
		return app.Save(users)
	}, func(app core.App) error {
		if c, err := app.FindCollectionByNameOrId("login_attempts"); err == nil {
			if err := app.Delete(c); err != nil {
				return err
			}
		}
		users, err := app.FindCollectionByNameOrId("users")
		if err != nil {
			return err
		}
		users.Fields.Add(
			&core.NumberField{Name: "failed_logins", OnlyInt: true, Hidden: true},
			&core.DateField{Name: "locked_until", Hidden: true},
			&core.DateField{Name: "last_failed_login_at", Hidden: true},
		)
		return app.Save(users)
	})
}
