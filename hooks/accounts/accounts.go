package accounts

import (
	"fmt"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
	"github.com/spf13/cast"

	"smedx/hooks/platform"
)

// Register binds the hooks and routes of registration, passwords,
// SMS login and lockout (issue 3).
//
// Registration, as the UI drives it:
//  1. POST /api/collections/users/records {role, username, phone, password,
//     passwordConfirm, agreement: true} (anonymous sign-up, below);
//  2. authWithPassword, then POST /api/collections/enterprises/records
//     {kind: role, ...} creates the tenant's draft and links users.enterprise
//     in the same transaction; PATCHes of that row save the step-2 form as
//     the user types (allowed while draft or rejected);
//  3. POST /api/smedx/enterprises/{id}/submit (review area).
//
// Logging in again restores the draft: the UI reads users.enterprise.
func Register(app core.App) {
	app.OnRecordValidate("users").BindFunc(validateUserRecord)
	app.OnRecordValidate(core.CollectionNameSuperusers).BindFunc(validateSuperuserPassword)
	app.OnRecordUpdateExecute("users").BindFunc(keepPasswordHistory)
	app.OnRecordCreateRequest("users").BindFunc(signUp)
	app.OnRecordUpdateRequest("users").BindFunc(guardSelfUpdate)

	app.OnRecordCreateRequest("enterprises").BindFunc(createEnterpriseDraft)
	app.OnRecordUpdateRequest("enterprises").BindFunc(updateEnterpriseDraft)

	registerLogin(app)
	registerSMS(app)
	registerCaptcha(app)
}

// validateUserRecord enforces the account rules of DESIGN §5 on every path
// that saves a user: sign-up, self-service, tenant admin, CLI, dashboard,
// demo. Password rules apply whenever a new plain password is being set.
func validateUserRecord(e *core.RecordEvent) error {
	rec := e.Record
	errs := validation.Errors{}
	username := rec.GetString("username")
	phone := rec.GetString("phone")
	isNew := rec.IsNew()
	orig := platform.StoredRecord(e.App, rec)

	if !isNew && username != orig.GetString("username") {
		errs["username"] = platform.Invalid("username_immutable", "用户名不可修改")
	} else if err := ValidateUsername(username); err != nil {
		errs["username"] = err
	} else if (isNew || username != orig.GetString("username")) && userExists(e.App, "username", username, rec.Id) {
		errs["username"] = platform.Invalid("username_taken", "该用户名已被注册")
	}

	if err := ValidatePhone(phone); err != nil {
		errs["phone"] = err
	} else if (isNew || phone != orig.GetString("phone")) && userExists(e.App, "phone", phone, rec.Id) {
		errs["phone"] = platform.Invalid("phone_taken", "该手机号已被注册")
	}

	if plain := rec.GetString("password"); passwordChanging(rec, orig) {
		if err := ValidatePassword(plain, username, phone); err != nil {
			errs["password"] = err
		} else if !isNew {
			hashes := append([]string{orig.GetString("password:hash")},
				parsePasswordHistory(orig.GetString("password_history"))...)
			if passwordMatchesAny(plain, hashes...) {
				errs["password"] = &PasswordError{Rules: []PasswordRule{RulePasswordReused}}
			}
		}
	}

	if len(errs) > 0 {
		return errs
	}
	return e.Next()
}

// validateSuperuserPassword holds superusers to the same password rules
// (issue 12, finding 9) on every path that sets one: `smedx superuser
// upsert|create`, the dashboard, the installer (a superuser has no
// username or phone to keep out of it).
func validateSuperuserPassword(e *core.RecordEvent) error {
	rec := e.Record
	if passwordChanging(rec, platform.StoredRecord(e.App, rec)) {
		if err := ValidatePassword(rec.GetString("password"), "", ""); err != nil {
			return validation.Errors{"password": err}
		}
	}
	return e.Next()
}

// passwordChanging reports whether this save sets a new password. The
// plain value outlives a save inside a transaction (PocketBase clears it
// after commit), so a second save of the same record in one transaction
// carries the plain password with the hash already stored: not a change.
func passwordChanging(rec, stored *core.Record) bool {
	if rec.GetString("password") == "" {
		return false
	}
	return rec.IsNew() || rec.GetString("password:hash") != stored.GetString("password:hash")
}

func userExists(app core.App, field, value, exceptID string) bool {
	var n int
	err := app.DB().Select("count(*)").From("users").
		Where(dbx.HashExp{field: value}).
		AndWhere(dbx.Not(dbx.HashExp{"id": exceptID})).
		Row(&n)
	return err == nil && n > 0
}

// keepPasswordHistory runs right before the row is written (after
// validation): when the password changes, the replaced hash goes into the
// hidden history and the lockout counters of the account start over.
func keepPasswordHistory(e *core.RecordEvent) error {
	rec := e.Record
	if orig := platform.StoredRecord(e.App, rec); !rec.IsNew() && passwordChanging(rec, orig) {
		history := pushPasswordHistory(parsePasswordHistory(orig.GetString("password_history")), orig.GetString("password:hash"))
		rec.Set("password_history", history)
		if err := clearAccountFailures(e.App, rec.Id); err != nil {
			return err
		}
	}
	return e.Next()
}

// signUp handles the anonymous sign-up (step 1 of registration). Creates by
// a signed-in user (tenant admins adding staff, superusers) are left to the
// tenant area and PocketBase.
func signUp(e *core.RecordRequestEvent) error {
	if e.Auth != nil {
		return e.Next()
	}
	info, err := e.RequestInfo()
	if err != nil {
		return err
	}
	rec := e.Record
	errs := validation.Errors{}

	role := rec.GetString("role")
	if role != platform.RoleProvider && role != platform.RoleEnterprise {
		errs["role"] = platform.Invalid("role_invalid", "请选择角色：服务商或企业用户")
	}
	if err := ValidateUsername(rec.GetString("username")); err != nil {
		errs["username"] = err
	} else if userExists(e.App, "username", rec.GetString("username"), "") {
		errs["username"] = platform.Invalid("username_taken", "该用户名已被注册")
	}
	if err := ValidatePhone(rec.GetString("phone")); err != nil {
		errs["phone"] = err
	} else if userExists(e.App, "phone", rec.GetString("phone"), "") {
		errs["phone"] = platform.Invalid("phone_taken", "该手机号已被注册")
	}
	password := rec.GetString("password")
	if err := ValidatePassword(password, rec.GetString("username"), rec.GetString("phone")); err != nil {
		errs["password"] = err
	}
	confirm := cast.ToString(info.Body["passwordConfirm"])
	if confirm == "" {
		errs["passwordConfirm"] = platform.Invalid("password_confirm_required", "请再次输入密码")
	} else if confirm != password {
		errs["passwordConfirm"] = platform.Invalid("password_confirm_mismatch", "两次输入的密码不一致")
	}
	if !cast.ToBool(info.Body["agreement"]) {
		errs["agreement"] = platform.Invalid("agreement_required", "请阅读并同意《用户服务协议》和《隐私声明》")
	}
	if len(errs) > 0 {
		return platform.BadRequest(errs)
	}
	// Optional phone verification: a "register" SMS code marks the account
	// verified (the guides' form does not ask for one).
	verified := false
	if code := cast.ToString(info.Body["smsCode"]); code != "" {
		res, err := checkSMSCode(e.App, rec.GetString("phone"), "register", code)
		if err != nil {
			return err
		}
		if !res.ok {
			return platform.FieldError("smsCode", "code_invalid", res.message)
		}
		verified = true
	}

	// What sign-up may not choose: the account is the admin of a tenant
	// it has yet to create, with no menus or expert flag.
	rec.Set("tenant_admin", true)
	rec.Set("enterprise", "")
	rec.Set("menus", nil)
	rec.Set("is_expert", false)
	rec.Set("verified", false) // PocketBase refuses a client-set flag; set below
	rec.Set("agreed_at", types.NowDateTime())

	return e.App.RunInTransaction(func(tx core.App) error {
		e.App = tx
		if err := e.Next(); err != nil {
			return err
		}
		if verified {
			// A direct write: saving rec again would re-run the password
			// rules against the hash just stored (the plain value is
			// only cleared when the transaction completes).
			if _, err := tx.DB().Update("users", dbx.Params{"verified": true}, dbx.HashExp{"id": rec.Id}).Execute(); err != nil {
				return err
			}
			rec.SetVerified(true)
		}
		return platform.Audit(tx, platform.AuditEntry{
			Actor: rec, Action: "signup", Collection: "users", RecordID: rec.Id,
			IP: e.RealIP(), Detail: map[string]any{"role": role},
		})
	})
}

// selfLockedFields are the user fields only other routes may change.
var selfLockedFields = []string{"role", "enterprise", "tenant_admin", "is_expert", "menus", "username", "phone", "verified", "agreed_at"}

// guardSelfUpdate: a user editing his own record may change name, email,
// avatar and (with oldPassword, checked by PocketBase) the password.
// Password changes of any request are audited.
func guardSelfUpdate(e *core.RecordRequestEvent) error {
	rec := e.Record
	if e.Auth != nil && e.Auth.Collection().Name == "users" && e.Auth.Id == rec.Id {
		orig := rec.Original()
		for _, f := range selfLockedFields {
			if fmt.Sprint(rec.Get(f)) != fmt.Sprint(orig.Get(f)) {
				return platform.FieldError(f, "field_locked", "不能自行修改"+selfFieldLabel(f))
			}
		}
	}
	if rec.GetString("password") == "" {
		return e.Next()
	}
	return e.App.RunInTransaction(func(tx core.App) error {
		e.App = tx
		if err := e.Next(); err != nil {
			return err
		}
		return platform.Audit(tx, platform.AuditEntry{
			Actor: e.Auth, Action: "password_change", Collection: "users", RecordID: rec.Id,
			Enterprise: rec.GetString("enterprise"), IP: e.RealIP(),
			Detail: map[string]any{"via": "records_api", "self": e.Auth != nil && e.Auth.Id == rec.Id},
		})
	})
}

func selfFieldLabel(f string) string {
	switch f {
	case "tenant_admin":
		return "管理员身份"
	case "is_expert":
		return "专家身份"
	case "menus":
		return "菜单权限"
	case "verified":
		return "验证状态"
	case "agreed_at":
		return "协议同意时间"
	}
	return platform.FieldLabel(f)
}

// createEnterpriseDraft: the tenant admin of a fresh account creates his
// tenant once (the create rule checks kind = role and no enterprise yet);
// it starts as a draft and users.enterprise is linked in the same
// transaction, so a second create (double click, second tab) is refused.
func createEnterpriseDraft(e *core.RecordRequestEvent) error {
	if e.Auth == nil || e.Auth.Collection().Name != "users" {
		return e.Next()
	}
	rec := e.Record
	rec.Set("cert_status", "draft")
	rec.Set("cert_comment", "")
	rec.Set("submitted_at", "")
	rec.Set("certified_at", "")
	return e.App.RunInTransaction(func(tx core.App) error {
		user, err := tx.FindRecordById("users", e.Auth.Id)
		if err != nil {
			return err
		}
		if user.GetString("enterprise") != "" {
			return platform.Error(400, "您已创建过企业信息，请直接修改")
		}
		e.App = tx
		if err := e.Next(); err != nil {
			return err
		}
		user.Set("enterprise", rec.Id)
		if err := tx.Save(user); err != nil {
			return err
		}
		return platform.Audit(tx, platform.AuditEntry{
			Actor: user, Action: "enterprise_draft_create", Collection: "enterprises", RecordID: rec.Id,
			Enterprise: rec.Id, IP: e.RealIP(), Detail: map[string]any{"kind": rec.GetString("kind")},
		})
	})
}

// updateEnterpriseDraft: tenant users edit their enterprise only while it
// is a draft or was rejected; under review or certified, changes go
// through the platform. The autosave PATCHes pass through here, so this
// stays a field comparison with no queries.
func updateEnterpriseDraft(e *core.RecordRequestEvent) error {
	if e.Auth == nil || e.Auth.Collection().Name != "users" || platform.HasRole(e.Auth, platform.RoleOperator, platform.RoleDepartment) {
		return e.Next()
	}
	switch e.Record.Original().GetString("cert_status") {
	case "pending":
		return platform.Error(400, "企业信息正在认证审核中，暂不能修改")
	case "approved":
		return platform.Error(400, "企业已通过认证，认证信息不能自行修改，如需变更请联系运营人员")
	}
	return e.Next()
}
