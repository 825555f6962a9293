package accounts

import (
	"fmt"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
)

// Lockout policy (issue 12, finding 7). What we chose and why:
//
//   - Failures are counted per (account, source IP) in login_attempts.
//     LockoutThreshold failures within LockoutDuration lock that source out
//     of that account's password login for LockoutDuration. An attacker
//     therefore locks only himself: the holder, from any other address,
//     is not affected, and nobody can keep an operator or the department
//     locked out "from anywhere" (the old account-wide lock allowed that).
//   - Against guessing from many addresses, CaptchaThreshold failures of
//     an account from all sources together (within LockoutDuration) make
//     the password login of that account ask for an image captcha
//     (github.com/dchest/captcha) from everyone: slow for a botnet, a
//     nuisance only for the holder.
//   - The holder can always get in with an SMS code: SMS login is not
//     subject to the password lock (a code proves the phone). Wrong SMS
//     codes (login and 找回密码) count as failures of the source too, and a
//     code dies after SMSCodeMaxAttempts wrong tries.
//   - An identity that matches no account is counted under its own key
//     ("i:" + identity), so unknown and known accounts get the same
//     answers, counts, captcha and lock: no enumeration by login.
const (
	LockoutThreshold = 5
	LockoutDuration  = 15 * time.Minute
	CaptchaThreshold = 3
)

// attemptKey names the account a login tries: the user when the identity
// matched one, else the normalised identity itself.
func attemptKey(user *core.Record, identity string) string {
	if user != nil {
		return "u:" + user.Id
	}
	id := strings.ToLower(strings.TrimSpace(identity))
	if len(id) > 250 {
		id = id[:250]
	}
	return "i:" + id
}

func nowString() string { return types.NowDateTime().String() }

// sourceLockedUntil returns the end of the lock of key from ip, if any.
func sourceLockedUntil(app core.App, key, ip string) (time.Time, bool) {
	var row struct {
		Until types.DateTime `db:"locked_until"`
	}
	err := app.DB().Select("locked_until").From("login_attempts").
		Where(dbx.HashExp{"account": key, "ip": ip}).Limit(1).One(&row)
	if err != nil || row.Until.IsZero() || !row.Until.Time().After(time.Now()) {
		return time.Time{}, false
	}
	return row.Until.Time(), true
}

// captchaRequired reports whether key had CaptchaThreshold failures from
// all sources within the window (a locked source counts as its full count).
func captchaRequired(app core.App, key string) bool {
	since, _ := types.ParseDateTime(time.Now().Add(-LockoutDuration))
	var n int
	err := app.DB().NewQuery(`SELECT COALESCE(SUM(CASE WHEN locked_until > {:now} THEN {:full} ELSE failures END), 0)
		FROM login_attempts WHERE account = {:key} AND (last_failed_at >= {:since} OR locked_until > {:now})`).
		Bind(dbx.Params{"key": key, "now": nowString(), "since": since.String(), "full": LockoutThreshold}).Row(&n)
	return err == nil && n >= CaptchaThreshold
}

// recordFailure counts a failure of key from ip atomically. It returns the
// lock end when this failure locked the source, else the tries left.
func recordFailure(app core.App, key, ip string) (locked time.Time, left int, err error) {
	now := nowString()
	since, _ := types.ParseDateTime(time.Now().Add(-LockoutDuration))
	// A lock that ran out, or a last failure older than the window, starts
	// a fresh count.
	_, err = app.DB().NewQuery(`INSERT INTO login_attempts (account, ip, failures, locked_until, last_failed_at, created, updated)
		VALUES ({:key}, {:ip}, 1, '', {:now}, {:now}, {:now})
		ON CONFLICT (account, ip) DO UPDATE SET
			failures = CASE WHEN (locked_until != '' AND locked_until <= {:now}) OR last_failed_at < {:since} THEN 1 ELSE failures + 1 END,
			locked_until = CASE WHEN locked_until != '' AND locked_until <= {:now} THEN '' ELSE locked_until END,
			last_failed_at = {:now}, updated = {:now}`).
		Bind(dbx.Params{"key": key, "ip": ip, "now": now, "since": since.String()}).Execute()
	if err != nil {
		return
	}
	var row struct {
		N     int            `db:"failures"`
		Until types.DateTime `db:"locked_until"`
	}
	if err = app.DB().Select("failures", "locked_until").From("login_attempts").
		Where(dbx.HashExp{"account": key, "ip": ip}).One(&row); err != nil {
		return
	}
	if row.Until.Time().After(time.Now()) {
		return row.Until.Time(), 0, nil // still locked (an SMS try from a locked source)
	}
	if n := row.N; n < LockoutThreshold {
		return time.Time{}, LockoutThreshold - n, nil
	}
	until := types.NowDateTime().Add(LockoutDuration)
	_, err = app.DB().Update("login_attempts", dbx.Params{"failures": 0, "locked_until": until.String()},
		dbx.HashExp{"account": key, "ip": ip}).Execute()
	return until.Time(), 0, err
}

// clearFailures forgets the failures of key from ip (a successful login).
func clearFailures(app core.App, key, ip string) error {
	_, err := app.DB().Delete("login_attempts", dbx.HashExp{"account": key, "ip": ip}).Execute()
	return err
}

// clearAccountFailures forgets every failure and lock of a user: a new
// password (change, reset by SMS, reset by the tenant admin) starts over.
func clearAccountFailures(app core.App, userID string) error {
	_, err := app.DB().Delete("login_attempts", dbx.HashExp{"account": "u:" + userID}).Execute()
	return err
}

// pruneLoginAttempts deletes rows with nothing left to say (hourly cron).
func pruneLoginAttempts(app core.App) error {
	old, _ := types.ParseDateTime(time.Now().Add(-24 * time.Hour))
	_, err := app.DB().NewQuery(`DELETE FROM login_attempts WHERE last_failed_at < {:old} AND (locked_until = '' OR locked_until < {:now})`).
		Bind(dbx.Params{"old": old.String(), "now": nowString()}).Execute()
	return err
}

// lockMessage tells when the source may try passwords again (Beijing time)
// and that an SMS code still works.
func lockMessage(until time.Time) string {
	local := until.In(platform.China)
	at := local.Format("15:04")
	if local.Format("2006-01-02") != time.Now().In(platform.China).Format("2006-01-02") {
		at = local.Format("1月2日 15:04")
	}
	return fmt.Sprintf("登录失败次数过多，请于 %s 后再试，或使用短信验证码登录", at)
}

// lockedError is the refusal of a locked source; data carries the unlock
// time for the UI.
func lockedError(field string, until time.Time) *router.ApiError {
	apiErr := platform.BadRequest(validation.Errors{field: platform.Invalid("login_locked", lockMessage(until))})
	apiErr.Data["lockedUntil"] = until.UTC().Format(time.RFC3339)
	return apiErr
}

// loginSuccess stamps last_login_at (raw SQL: no model hooks, so the
// auth cache is told).
func loginSuccess(app core.App, user *core.Record) error {
	_, err := app.DB().NewQuery(`UPDATE users SET last_login_at = {:now} WHERE id = {:id}`).
		Bind(dbx.Params{"id": user.Id, "now": nowString()}).Execute()
	if err == nil {
		platform.ForgetAuth(app, user.Id)
	}
	return err
}
