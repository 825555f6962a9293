package accounts

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
)

// Lockout policy: LockoutThreshold consecutive failed logins (password or
// SMS code) lock the account for LockoutDuration. A success resets the
// counter; so does the end of a lock and a password change.
const (
	LockoutThreshold = 5
	LockoutDuration  = 15 * time.Minute
)

func registerLogin(app core.App) {
	app.OnRecordAuthWithPasswordRequest("users").BindFunc(passwordLogin)

	app.OnBootstrap().BindFunc(func(e *core.BootstrapEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		return ApplyRateLimits(e.App)
	})

	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		e.Router.POST("/api/smedx/account/password", changePassword)
		return e.Next()
	})
}

// lockMessage tells when a locked account opens again (Beijing time).
func lockMessage(until time.Time) string {
	local := until.In(platform.China)
	if local.Format("2006-01-02") == time.Now().In(platform.China).Format("2006-01-02") {
		return fmt.Sprintf("密码错误次数过多，帐号已锁定，请于 %s 后再试", local.Format("15:04"))
	}
	return fmt.Sprintf("密码错误次数过多，帐号已锁定，请于 %s 后再试", local.Format("1月2日 15:04"))
}

// lockedError is the refusal of a locked account; data carries the
// unlock time for the UI.
func lockedError(field string, until time.Time) *router.ApiError {
	msg := lockMessage(until)
	apiErr := platform.BadRequest(validation.Errors{field: platform.FieldErr("account_locked", msg)})
	apiErr.Data["lockedUntil"] = until.UTC().Format(time.RFC3339)
	return apiErr
}

// lockedUntil returns the end of the user's current lock, if any.
func lockedUntil(user *core.Record) (time.Time, bool) {
	until := user.GetDateTime("locked_until")
	if until.IsZero() || !until.Time().After(time.Now()) {
		return time.Time{}, false
	}
	return until.Time(), true
}

// loginFailure counts a failed login of user atomically. It returns the
// lock end when this failure locked the account, else the attempts left.
func loginFailure(app core.App, user *core.Record) (locked time.Time, left int, err error) {
	now := types.NowDateTime()
	// A lock that has run out starts a fresh count.
	_, err = app.DB().NewQuery(`UPDATE users SET
			failed_logins = CASE WHEN locked_until != '' AND locked_until <= {:now} THEN 1 ELSE failed_logins + 1 END,
			locked_until = CASE WHEN locked_until != '' AND locked_until <= {:now} THEN '' ELSE locked_until END,
			last_failed_login_at = {:now}
		WHERE id = {:id}`).Bind(dbx.Params{"id": user.Id, "now": now.String()}).Execute()
	if err != nil {
		return
	}
	var n int
	if err = app.DB().Select("failed_logins").From("users").Where(dbx.HashExp{"id": user.Id}).Row(&n); err != nil {
		return
	}
	if n < LockoutThreshold {
		return time.Time{}, LockoutThreshold - n, nil
	}
	until := types.NowDateTime().Add(LockoutDuration)
	_, err = app.DB().NewQuery(`UPDATE users SET failed_logins = 0, locked_until = {:until} WHERE id = {:id}`).
		Bind(dbx.Params{"id": user.Id, "until": until.String()}).Execute()
	return until.Time(), 0, err
}

// loginSuccess resets the counter and stamps last_login_at.
func loginSuccess(app core.App, user *core.Record) error {
	_, err := app.DB().NewQuery(`UPDATE users SET failed_logins = 0, locked_until = '', last_login_at = {:now} WHERE id = {:id}`).
		Bind(dbx.Params{"id": user.Id, "now": types.NowDateTime().String()}).Execute()
	return err
}

// handleLoginFailure records a failure of user (nil: unknown account) with
// audit rows and returns the error the client gets. field is the form
// field the message belongs to; baseMsg says what was wrong.
func handleLoginFailure(e *core.RequestEvent, user *core.Record, method, identity, field, baseMsg string) error {
	if user == nil {
		_ = platform.Audit(e.App, platform.AuditEntry{Action: "login_failed", ActorName: identity, Collection: "users", IP: e.RealIP(),
			Detail: map[string]any{"method": method, "identity": identity, "reason": "unknown_account"}})
		return platform.ZhFieldError(field, "invalid_credentials", baseMsg)
	}
	until, left, err := loginFailure(e.App, user)
	if err != nil {
		return err
	}
	_ = platform.Audit(e.App, platform.AuditEntry{Actor: user, Action: "login_failed", Collection: "users", RecordID: user.Id, IP: e.RealIP(),
		Detail: map[string]any{"method": method, "identity": identity, "attemptsLeft": left}})
	if !until.IsZero() {
		_ = platform.Audit(e.App, platform.AuditEntry{Actor: user, Action: "account_locked", Collection: "users", RecordID: user.Id, IP: e.RealIP(),
			Detail: map[string]any{"method": method, "until": until.UTC().Format(time.RFC3339)}})
		return lockedError(field, until)
	}
	return platform.ZhFieldError(field, "invalid_credentials",
		fmt.Sprintf("%s，连续错误 %d 次将锁定帐号 %d 分钟（还可尝试 %d 次）", baseMsg, LockoutThreshold, int(LockoutDuration.Minutes()), left))
}

// passwordLogin wraps PocketBase's authWithPassword for users with the
// lockout and the audit trail.
func passwordLogin(e *core.RecordAuthWithPasswordRequestEvent) error {
	user := e.Record
	if user != nil {
		if until, ok := lockedUntil(user); ok {
			_ = platform.Audit(e.App, platform.AuditEntry{Actor: user, Action: "login_failed", Collection: "users", RecordID: user.Id, IP: e.RealIP(),
				Detail: map[string]any{"method": "password", "identity": e.Identity, "reason": "locked"}})
			return lockedError("password", until)
		}
	}
	err := e.Next()
	if err == nil {
		if user != nil {
			if err := loginSuccess(e.App, user); err != nil {
				e.App.Logger().Error("login success bookkeeping", "error", err)
			}
			_ = platform.Audit(e.App, platform.AuditEntry{Actor: user, Action: "login", Collection: "users", RecordID: user.Id, IP: e.RealIP(),
				Detail: map[string]any{"method": "password"}})
		}
		return nil
	}
	var apiErr *router.ApiError
	if errors.As(err, &apiErr) && apiErr.Status == http.StatusBadRequest {
		return handleLoginFailure(e.RequestEvent, user, "password", e.Identity, "password", "帐号或密码错误")
	}
	return err
}

// changePassword is 修改密码: POST /api/smedx/account/password
// {oldPassword, password, passwordConfirm}. The password rules and history
// are enforced by the users validate hook; the answer is a fresh auth
// response because a new password invalidates the old tokens.
func changePassword(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	var body struct {
		OldPassword     string `json:"oldPassword"`
		Password        string `json:"password"`
		PasswordConfirm string `json:"passwordConfirm"`
	}
	if err := e.BindBody(&body); err != nil {
		return platform.ZhApiError(400, "无法读取提交的数据")
	}
	errs := validation.Errors{}
	if body.OldPassword == "" {
		errs["oldPassword"] = platform.FieldErr("old_password_required", "请输入原密码")
	}
	if body.Password == "" {
		errs["password"] = platform.FieldErr("password_required", "请输入新密码")
	}
	if body.PasswordConfirm == "" {
		errs["passwordConfirm"] = platform.FieldErr("password_confirm_required", "请再次输入新密码")
	} else if body.PasswordConfirm != body.Password {
		errs["passwordConfirm"] = platform.FieldErr("password_confirm_mismatch", "两次输入的新密码不一致")
	}
	if len(errs) > 0 {
		return platform.BadRequest(errs)
	}
	fresh, err := e.App.FindRecordById("users", user.Id)
	if err != nil {
		return err
	}
	if !fresh.ValidatePassword(body.OldPassword) {
		return platform.ZhFieldError("oldPassword", "old_password_invalid", "原密码错误")
	}
	fresh.SetPassword(body.Password)
	err = e.App.RunInTransaction(func(tx core.App) error {
		if err := tx.Save(fresh); err != nil {
			return err
		}
		return platform.AuditRequest(tx, e, "password_change", "users", fresh.Id, map[string]any{"via": "account_password"})
	})
	if err != nil {
		var verrs validation.Errors
		if errors.As(err, &verrs) {
			return platform.BadRequest(verrs)
		}
		return err
	}
	return apis.RecordAuthResponse(e, fresh, core.MFAMethodPassword, nil)
}

// smedxRateLimits are the per-IP limits of the sign-in surface. Labels of
// collection actions match PocketBase's own routes; path labels match the
// custom routes. Other routes stay unlimited unless an operator adds rules
// in the dashboard.
var smedxRateLimits = []core.RateLimitRule{
	{Label: "users:authWithPassword", MaxRequests: 20, Duration: 60},
	{Label: "users:authWithOTP", MaxRequests: 10, Duration: 60},
	{Label: "users:requestOTP", MaxRequests: 5, Duration: 60},
	{Label: "users:requestPasswordReset", MaxRequests: 5, Duration: 60},
	{Label: "users:confirmPasswordReset", MaxRequests: 10, Duration: 60},
	{Label: "users:create", Audience: core.RateLimitRuleAudienceGuest, MaxRequests: 20, Duration: 3600},
	{Label: "*:auth", MaxRequests: 10, Duration: 60},
	{Label: "POST /api/smedx/sms/code", MaxRequests: 5, Duration: 60},
	{Label: "POST /api/smedx/auth/sms", MaxRequests: 10, Duration: 60},
	{Label: "POST /api/smedx/account/password", MaxRequests: 10, Duration: 60},
}

// pocketbaseDefaultLabels are the rules a fresh PocketBase ships with;
// some (2 logins per 3 s, 20 creates per 5 s for everyone behind one
// government NAT) are too tight for this platform, so they are replaced
// when they are still untouched.
var pocketbaseDefaultRules = []core.RateLimitRule{
	{Label: "*:auth", MaxRequests: 2, Duration: 3},
	{Label: "*:create", MaxRequests: 20, Duration: 5},
	{Label: "/api/batch", MaxRequests: 3, Duration: 1},
	{Label: "/api/", MaxRequests: 300, Duration: 10},
}

// mergeRateLimits turns the limiter on with the smedx rules. Rules an
// operator added or tuned stay; the untouched PocketBase defaults go.
// It runs at every start, so SMEDX_RATE_LIMITS decides each time:
// "off" switches the limiter off (the rules stay for a later start
// without it), anything else switches it on.
func mergeRateLimits(s *core.Settings, env func(string) string) bool {
	if platform.IsEnvOff(env("SMEDX_RATE_LIMITS")) {
		if !s.RateLimits.Enabled {
			return false
		}
		s.RateLimits.Enabled = false
		return true
	}
	changed := false
	isDefault := func(r core.RateLimitRule) bool {
		for _, d := range pocketbaseDefaultRules {
			if d == r {
				return true
			}
		}
		return false
	}
	var rules []core.RateLimitRule
	for _, r := range s.RateLimits.Rules {
		if isDefault(r) {
			changed = true
			continue
		}
		rules = append(rules, r)
	}
	for _, want := range smedxRateLimits {
		found := false
		for _, r := range rules {
			found = found || (r.Label == want.Label && r.Audience == want.Audience)
		}
		if !found {
			rules = append(rules, want)
			changed = true
		}
	}
	s.RateLimits.Rules = rules
	if !s.RateLimits.Enabled {
		s.RateLimits.Enabled = true
		changed = true
	}
	return changed
}

// ApplyRateLimits enables the rate limiter with the smedx rules (run on
// bootstrap; exported for the test apps, which bootstrap before hooks).
func ApplyRateLimits(app core.App) error {
	s := app.Settings()
	if !mergeRateLimits(s, os.Getenv) {
		return nil
	}
	return app.Save(s)
}
