package console

import (
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/security"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
)

// Disabled accounts (停用). enterprises.disabled stops a whole tenant,
// users.disabled one account; both carry disabled_reason and disabled_at
// (migration 1764014000). The rules, on every path:
//
//   - model: disabling needs a reason; it stamps disabled_at and changes
//     the token key of the account (of every account of the tenant), so
//     sessions already open end at once; enabling clears the reason.
//   - records API: only superusers may set these fields; operators use
//     the console routes (console_disable_routes.go).
//   - login: every way of getting a token (password, SMS, OTP, refresh)
//     passes OnRecordAuthRequest, which refuses a disabled account (after
//     the credentials were checked, so the refusal tells nothing to a
//     stranger) with the reason.
//   - writes: a request that changes anything (any method but GET, HEAD,
//     OPTIONS) made with a token of a disabled account is refused, should
//     a token outlive the key change (e.g. minted from a stale record).

var disableFields = []string{"disabled", "disabled_reason", "disabled_at"}

func registerDisable(app core.App) {
	for _, c := range []string{"users", "enterprises"} {
		app.OnRecordValidate(c).BindFunc(validateDisabled)
		app.OnRecordCreate(c).BindFunc(stampDisabled)
		app.OnRecordCreateRequest(c).BindFunc(guardDisableFields)
		app.OnRecordUpdateRequest(c).BindFunc(guardDisableFields)
	}
	app.OnRecordUpdate("users").BindFunc(func(e *core.RecordEvent) error {
		if becameDisabled(e.App, e.Record) {
			e.Record.RefreshTokenKey()
		}
		return stampDisabled(e)
	})
	app.OnRecordUpdate("enterprises").BindFunc(func(e *core.RecordEvent) error {
		rotate := becameDisabled(e.App, e.Record)
		if err := stampDisabled(e); err != nil {
			return err
		}
		if rotate {
			return endTenantSessions(e.App, e.Record.Id)
		}
		return nil
	})
	app.OnRecordAuthRequest("users").BindFunc(refuseDisabledAuth)
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.Bind(&hook.Handler[*core.RequestEvent]{Id: "smedxDisabledWrites", Func: refuseDisabledWrites})
		return se.Next()
	})
}

func validateDisabled(e *core.RecordEvent) error {
	if e.Record.GetBool("disabled") && strings.TrimSpace(e.Record.GetString("disabled_reason")) == "" {
		return platform.FieldError("disabled_reason", "reason_required", "请填写停用原因")
	}
	return e.Next()
}

func becameDisabled(app core.App, rec *core.Record) bool {
	return rec.GetBool("disabled") && !platform.StoredRecord(app, rec).GetBool("disabled")
}

// stampDisabled keeps disabled_at with the flag: set when an account is
// disabled, cleared (with the reason) when enabled.
func stampDisabled(e *core.RecordEvent) error {
	rec := e.Record
	if rec.GetBool("disabled") {
		if rec.GetDateTime("disabled_at").IsZero() || becameDisabled(e.App, rec) {
			rec.Set("disabled_at", types.NowDateTime())
		}
	} else {
		rec.Set("disabled_at", "")
		rec.Set("disabled_reason", "")
	}
	return e.Next()
}

// endTenantSessions gives every account of the enterprise a new token key,
// which invalidates the tokens issued so far. Direct updates: the users'
// own validation has nothing to say about a key.
func endTenantSessions(app core.App, enterpriseID string) error {
	var ids []string
	if err := app.DB().Select("id").From("users").Where(dbx.HashExp{"enterprise": enterpriseID}).Column(&ids); err != nil {
		return err
	}
	for _, id := range ids {
		if _, err := app.DB().Update("users", dbx.Params{"tokenKey": security.RandomString(50)}, dbx.HashExp{"id": id}).Execute(); err != nil {
			return err
		}
	}
	// Raw SQL passes no model hook: the tokens the auth cache holds end now.
	platform.ForgetAuth(app, ids...)
	return nil
}

// guardDisableFields refuses any change of the disable fields through the
// records API except by a superuser (the dashboard).
func guardDisableFields(e *core.RecordRequestEvent) error {
	if e.HasSuperuserAuth() {
		return e.Next()
	}
	rec, orig := e.Record, e.Record.Original()
	for _, f := range disableFields {
		if rec.IsNew() && !isZero(rec.Get(f)) || !rec.IsNew() && !sameValue(rec.Get(f), orig.Get(f)) {
			return platform.FieldError(f, "field_locked", "帐号的停用状态只能由平台运营人员在管理后台修改")
		}
	}
	return e.Next()
}

func isZero(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case bool:
		return !x
	case string:
		return x == ""
	case types.DateTime:
		return x.IsZero()
	}
	return false
}

func sameValue(a, b any) bool {
	if isZero(a) && isZero(b) {
		return true
	}
	switch x := a.(type) {
	case types.DateTime:
		y, ok := b.(types.DateTime)
		return ok && x.Equal(y)
	}
	return a == b
}

// disabledMessage says why user may not sign in or write ("" when he may).
// viaCache reads the enterprise through the hot cache (per-request path).
func disabledMessage(app core.App, user *core.Record, viaCache bool) string {
	if user.GetBool("disabled") {
		return "帐号已停用（原因：" + user.GetString("disabled_reason") + "），如有疑问请联系平台运营人员"
	}
	id := user.GetString("enterprise")
	if id == "" {
		return ""
	}
	var ent *core.Record
	var err error
	if viaCache {
		ent, err = platform.CacheOf(app).Find(app, "enterprises", id)
	} else {
		ent, err = app.FindRecordById("enterprises", id)
	}
	if err != nil || !ent.GetBool("disabled") {
		return ""
	}
	return "所属企业帐号已停用（原因：" + ent.GetString("disabled_reason") + "），如有疑问请联系平台运营人员"
}

func refuseDisabledAuth(e *core.RecordAuthRequestEvent) error {
	if e.HasSuperuserAuth() { // a superuser impersonating the account
		return e.Next()
	}
	msg := disabledMessage(e.App, e.Record, false)
	if msg == "" {
		return e.Next()
	}
	_ = platform.Audit(e.App, platform.AuditEntry{Actor: e.Record, Action: "login_refused", Collection: "users",
		RecordID: e.Record.Id, IP: e.RealIP(), Detail: map[string]any{"reason": "disabled", "method": e.AuthMethod}})
	return platform.Error(http.StatusForbidden, msg)
}

func refuseDisabledWrites(e *core.RequestEvent) error {
	switch e.Request.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return e.Next()
	}
	if e.Auth == nil || e.Auth.Collection().Name != "users" {
		return e.Next()
	}
	if msg := disabledMessage(e.App, e.Auth, true); msg != "" {
		return platform.Error(http.StatusForbidden, msg)
	}
	return e.Next()
}
