package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Accounts (issue 3): the sign-up agreement and the lockout bookkeeping.
//
//   - users.agreed_at: when the user accepted 《用户服务协议》 and 《隐私声明》
//     at sign-up (set by the sign-up hook, never by the client).
//   - users.last_failed_login_at: hidden; the lockout counts consecutive
//     failures only within a window, so an old typo does not count forever.
//   - sms_codes: an index by ip for the per-IP send limits and one by
//     phone+created for the daily count.
func init() {
	m.Register(func(app core.App) error {
		users, err := app.FindCollectionByNameOrId("users")
		if err != nil {
			return err
		}
		users.Fields.Add(
			&core.DateField{Name: "agreed_at"},
			&core.DateField{Name: "last_failed_login_at", Hidden: true},
		)
		if err := app.Save(users); err != nil {
			return err
		}

		codes, err := app.FindCollectionByNameOrId("sms_codes")
		if err != nil {
			return err
		}
		codes.AddIndex("idx_sms_codes_phone_created", false, "phone, created", "")
		return app.Save(codes)
	}, func(app core.App) error {
		users, err := app.FindCollectionByNameOrId("users")
		if err != nil {
			return err
		}
		users.Fields.RemoveByName("agreed_at")
		users.Fields.RemoveByName("last_failed_login_at")
		if err := app.Save(users); err != nil {
			return err
		}
		codes, err := app.FindCollectionByNameOrId("sms_codes")
		if err != nil {
			return err
		}
		codes.RemoveIndex("idx_sms_codes_phone_created")
		return app.Save(codes)
	})
}
