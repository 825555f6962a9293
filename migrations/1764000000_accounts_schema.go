package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Accounts and tenants: users (all roles), enterprises (tenants of both
// kinds), and the side tables of sign-in and auditing.
func init() {
	m.Register(func(app core.App) error {
		enterprises := newBase("enterprises",
			choice("kind", true, "provider", "enterprise"),
			text("name", 200),
			text("credit_code", 18),
			file("license", 1, 10*mb, imageMimes),
			jsonField("profile", 2*mb),
			choice("cert_status", true, "draft", "pending", "approved", "rejected"),
			text("cert_comment", 1000),
			date("submitted_at"),
			date("certified_at"),
		)
		enterprises.AddIndex("idx_enterprises_credit_code", true, "credit_code", "credit_code != ''")
		enterprises.AddIndex("idx_enterprises_kind_status", false, "kind, cert_status", "")
		if err := app.Save(enterprises); err != nil {
			return err
		}

		users, err := app.FindCollectionByNameOrId("users")
		if err != nil {
			return err
		}
		if f, ok := users.Fields.GetByName("email").(*core.EmailField); ok {
			f.Required = false // sign-up asks for a phone, email is optional
		}
		users.Fields.Add(
			&core.TextField{Name: "username", Required: true, Min: 6, Max: 30, Pattern: `^[A-Za-z0-9_]+$`},
			&core.TextField{Name: "phone", Required: true, Pattern: `^1\d{10}$`},
			choice("role", true, "provider", "enterprise", "operator", "department"),
			relation("enterprise", enterprises, 1, false, false),
			boolean("tenant_admin"),
			boolean("is_expert"),
			jsonField("menus", 64<<10),
			&core.JSONField{Name: "password_history", MaxSize: 16 << 10, Hidden: true},
			&core.NumberField{Name: "failed_logins", OnlyInt: true, Hidden: true},
			&core.DateField{Name: "locked_until", Hidden: true},
			date("last_login_at"),
		)
		users.AddIndex("idx_users_username", true, "username", "")
		users.AddIndex("idx_users_phone", true, "phone", "")
		users.AddIndex("idx_users_enterprise", false, "enterprise", "")
		users.AddIndex("idx_users_role", false, "role", "")
		users.PasswordAuth.IdentityFields = []string{"username", "email", "phone"}
		users.PasswordAuth.Enabled = true
		self := `id = @request.auth.id`
		tenantAdmin := `(@request.auth.tenant_admin = true && @request.auth.enterprise != "" && enterprise = @request.auth.enterprise)`
		setRules(users,
			rule(self+" || "+tenantAdmin+" || "+ruleStaff),
			rule(self+" || "+tenantAdmin+" || "+ruleStaff),
			// Sign-up (anonymous) or a tenant admin adding staff; hooks
			// decide which fields each may set.
			rule(`@request.auth.id = "" || @request.auth.tenant_admin = true`),
			rule(self+" || "+tenantAdmin),
			rule(tenantAdmin+` && id != @request.auth.id`),
		)
		if err := app.Save(users); err != nil {
			return err
		}

		ownTenant := `(@request.auth.enterprise != "" && id = @request.auth.enterprise)`
		setRules(enterprises,
			rule(ownTenant+" || "+ruleStaff),
			rule(ownTenant+" || "+ruleStaff),
			// The registering account creates its own tenant once.
			rule(`@request.auth.id != "" && @request.auth.enterprise = "" && @request.auth.tenant_admin = true && @request.body.kind = @request.auth.role`),
			// The tenant admin edits while not under review; status fields
			// move only through the review routes.
			rule(ownTenant+` && @request.auth.tenant_admin = true && @request.body.cert_status:isset = false && @request.body.cert_comment:isset = false && @request.body.kind:isset = false`),
			nil,
		)
		if err := app.Save(enterprises); err != nil {
			return err
		}

		auditLogs := newBase("audit_logs",
			relation("actor", users, 1, false, false),
			text("actor_name", 100),
			textReq("action", 60),
			text("target_collection", 60),
			text("target_id", 30),
			relation("enterprise", enterprises, 1, false, false),
			jsonField("detail", 64<<10),
			text("ip", 64),
		)
		auditLogs.AddIndex("idx_audit_logs_created", false, "created", "")
		auditLogs.AddIndex("idx_audit_logs_actor", false, "actor", "")
		auditLogs.AddIndex("idx_audit_logs_action", false, "action", "")
		setRules(auditLogs, rule(ruleOperator), rule(ruleOperator), nil, nil, nil)
		if err := app.Save(auditLogs); err != nil {
			return err
		}

		notifications := newBase("notifications",
			relation("user", users, 1, true, true),
			textReq("title", 200),
			text("content", 2000),
			text("link", 300),
			text("kind", 40),
			text("ref_collection", 60),
			text("ref_id", 30),
			boolean("read"),
		)
		notifications.AddIndex("idx_notifications_user", false, "user, read, created", "")
		mine := `user = @request.auth.id`
		setRules(notifications, rule(mine), rule(mine), nil,
			rule(mine+` && @request.body.user:isset = false && @request.body.title:isset = false && @request.body.content:isset = false`), rule(mine))
		if err := app.Save(notifications); err != nil {
			return err
		}

		smsCodes := newBase("sms_codes",
			textReq("phone", 20),
			choice("purpose", true, "login", "register", "reset"),
			&core.TextField{Name: "code_hash", Hidden: true, Max: 200},
			date("expires_at"),
			integer("attempts", 0),
			boolean("used"),
			text("ip", 64),
		)
		smsCodes.AddIndex("idx_sms_codes_phone", false, "phone, purpose, created", "")
		smsCodes.AddIndex("idx_sms_codes_ip", false, "ip, created", "")
		if err := app.Save(smsCodes); err != nil {
			return err
		}

		smsOutbox := newBase("sms_outbox",
			textReq("phone", 20),
			text("purpose", 30),
			text("content", 500),
			text("provider", 30),
			text("status", 30),
			text("error", 500),
		)
		smsOutbox.AddIndex("idx_sms_outbox_phone", false, "phone, created", "")
		return app.Save(smsOutbox)
	}, func(app core.App) error {
		for _, name := range []string{"sms_outbox", "sms_codes", "notifications", "audit_logs"} {
			if c, err := app.FindCollectionByNameOrId(name); err == nil {
				if err := app.Delete(c); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
