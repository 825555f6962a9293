package accounts

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"

	"smedx/hooks/platform"
)

func registerLogin(app core.App) {
	app.OnRecordAuthWithPasswordRequest("users").BindFunc(passwordLogin)

	app.OnBootstrap().BindFunc(func(e *core.BootstrapEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		return ApplyRateLimits(e.App)
	})

	app.Cron().MustAdd("smedxPruneLoginAttempts", "17 * * * *", func() {
		if err := pruneLoginAttempts(app); err != nil {
			app.Logger().Error("prune login_attempts", "error", err)
		}
	})

	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		e.Router.POST("/api/smedx/account/password", changePassword)
		return e.Next()
	})
}

// loginRefusal counts a failed login of key from the request's source and
// returns the answer: the lock when this failure locked the source, else
// msg (with the tries left and, when the account now needs it, a captcha
// request). user may be nil (unknown identity): the answer is the same.
func loginRefusal(e *core.RequestEvent, user *core.Record, key, method, identity, field, msg string) error {
	ip := e.RealIP()
	until, left, err := recordFailure(e.App, key, ip)
	if err != nil {
		return err
	}
	detail := map[string]any{"method": method, "identity": identity, "attemptsLeft": left}
	if user == nil {
		detail["reason"] = "unknown_account"
	}
	entry := platform.AuditEntry{Actor: user, ActorName: identity, Action: "login_failed", Collection: "users", IP: ip, Detail: detail}
	if user != nil {
		entry.RecordID = user.Id
	}
	_ = platform.Audit(e.App, entry)
	if !until.IsZero() {
		entry.Action, entry.Detail = "login_locked", map[string]any{"method": method, "until": until.UTC().Format(time.RFC3339)}
		_ = platform.Audit(e.App, entry)
		return lockedError(field, until)
	}
	if method == "password" {
		msg = fmt.Sprintf("%s，连续错误 %d 次将锁定 %d 分钟（还可尝试 %d 次）", msg, LockoutThreshold, int(LockoutDuration.Minutes()), left)
	}
	apiErr := platform.FieldError(field, "invalid_credentials", msg)
	if method == "password" && captchaRequired(e.App, key) {
		apiErr.Data["captchaRequired"] = true
	}
	return apiErr
}

// passwordLogin wraps PocketBase's authWithPassword for users with the
// lockout by account and source, the captcha and the audit trail (policy
// in accounts_lockout.go). Unknown identities take the same path.
func passwordLogin(e *core.RecordAuthWithPasswordRequestEvent) error {
	user := e.Record
	key := attemptKey(user, e.Identity)
	ip := e.RealIP()
	if until, ok := sourceLockedUntil(e.App, key, ip); ok {
		entry := platform.AuditEntry{Actor: user, ActorName: e.Identity, Action: "login_failed", Collection: "users", IP: ip,
			Detail: map[string]any{"method": "password", "identity": e.Identity, "reason": "locked"}}
		if user != nil {
			entry.RecordID = user.Id
		}
		_ = platform.Audit(e.App, entry)
		return lockedError("password", until)
	}
	if captchaRequired(e.App, key) {
		info, err := e.RequestInfo()
		if err != nil {
			return err
		}
		if msg := checkCaptcha(info.Body); msg != "" {
			apiErr := platform.FieldError("captcha", "captcha_invalid", msg)
			apiErr.Data["captchaRequired"] = true
			return apiErr
		}
	}
	err := e.Next()
	if err == nil {
		if user != nil {
			if err := clearFailures(e.App, key, ip); err != nil {
				e.App.Logger().Error("login success bookkeeping", "error", err)
			}
			if err := loginSuccess(e.App, user); err != nil {
				e.App.Logger().Error("login success bookkeeping", "error", err)
			}
			_ = platform.Audit(e.App, platform.AuditEntry{Actor: user, Action: "login", Collection: "users", RecordID: user.Id, IP: ip,
				Detail: map[string]any{"method": "password"}})
		}
		return nil
	}
	var apiErr *router.ApiError
	if errors.As(err, &apiErr) && apiErr.Status == http.StatusBadRequest {
		return loginRefusal(e.RequestEvent, user, key, "password", e.Identity, "password", "帐号或密码错误")
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
		return platform.Error(400, "无法读取提交的数据")
	}
	errs := validation.Errors{}
	if body.OldPassword == "" {
		errs["oldPassword"] = platform.Invalid("old_password_required", "请输入原密码")
	}
	if body.Password == "" {
		errs["password"] = platform.Invalid("password_required", "请输入新密码")
	}
	if body.PasswordConfirm == "" {
		errs["passwordConfirm"] = platform.Invalid("password_confirm_required", "请再次输入新密码")
	} else if body.PasswordConfirm != body.Password {
		errs["passwordConfirm"] = platform.Invalid("password_confirm_mismatch", "两次输入的新密码不一致")
	}
	if len(errs) > 0 {
		return platform.BadRequest(errs)
	}
	fresh, err := e.App.FindRecordById("users", user.Id)
	if err != nil {
		return err
	}
	if !fresh.ValidatePassword(body.OldPassword) {
		return platform.FieldError("oldPassword", "old_password_invalid", "原密码错误")
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
	{Label: "POST /api/smedx/auth/sms-reset", MaxRequests: 10, Duration: 60},
	{Label: "GET /api/smedx/captcha", MaxRequests: 30, Duration: 60},
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
