package accounts_test

import (
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/accounts"
	"smedx/smedxtest"
)

func TestPasswordLoginIdentitiesAndLockout(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	user := f.EnterpriseA.Admin
	user.SetEmail("admin@example.cn")
	if err := a.Save(user); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{user.GetString("username"), user.GetString("phone"), "admin@example.cn"} {
		res := a.Login(id, smedxtest.Password).Status(t, 200).JSON(t)
		if res["record"].(map[string]any)["id"] != user.Id {
			t.Fatalf("login by %s gave another record", id)
		}
	}
	if !a.Reload(user).GetDateTime("last_login_at").Time().After(time.Now().Add(-time.Minute)) {
		t.Error("last_login_at not stamped")
	}
	if a.AuditCount(t, "login", user.Id) != 3 {
		t.Error("login audit rows missing")
	}

	// Unknown account: plain refusal in Chinese.
	res := a.Login("nobody_here", "Whatever#1").Status(t, 400)
	if res.JSON(t)["message"] != "帐号或密码错误" {
		t.Errorf("unknown account: %s", res.Body)
	}

	// Four failures count down, the fifth locks with the unlock time.
	for i := 1; i <= 4; i++ {
		res := a.Login(user.GetString("username"), "Wrong#2026").Status(t, 400)
		if want := "还可尝试 " + string(rune('0'+5-i)) + " 次"; !strings.Contains(res.FieldError("password"), want) {
			t.Fatalf("failure %d: %s", i, res.Body)
		}
	}
	res = a.Login(user.GetString("phone"), "Wrong#2026").Status(t, 400)
	msg := res.FieldError("password")
	until := a.Reload(user).GetDateTime("locked_until").Time()
	wantClock := until.In(time.FixedZone("CST", 8*3600)).Format("15:04")
	if !strings.HasPrefix(msg, "密码错误次数过多，帐号已锁定，请于 ") || !strings.Contains(msg, wantClock) {
		t.Fatalf("lock message %q (want %s)", msg, wantClock)
	}
	if d := time.Until(until); d < 14*time.Minute || d > 16*time.Minute {
		t.Fatalf("locked for %v", d)
	}
	if a.AuditCount(t, "account_locked", user.Id) != 1 || a.AuditCount(t, "login_failed", user.Id) != 5 {
		t.Error("lockout audit rows missing")
	}
	// Locked: even the right password is refused, and SMS codes too.
	res = a.Login(user.GetString("username"), smedxtest.Password).Status(t, 400)
	if !strings.Contains(res.FieldError("password"), "帐号已锁定") {
		t.Fatalf("locked login: %s", res.Body)
	}
	a.Do("POST", "/api/smedx/sms/code", nil, map[string]any{"phone": user.GetString("phone"), "purpose": "login"}).Status(t, 400)

	// Move time: the lock ran out a second ago.
	setLockedUntil(t, a, user.Id, time.Now().Add(-time.Second))
	a.Login(user.GetString("username"), smedxtest.Password).Status(t, 200)
	if fresh := a.Reload(user); fresh.GetInt("failed_logins") != 0 || !fresh.GetDateTime("locked_until").IsZero() {
		t.Fatalf("success did not reset the counter: %d", fresh.GetInt("failed_logins"))
	}
	// After the reset a single failure does not lock again.
	res = a.Login(user.GetString("username"), "Wrong#2026").Status(t, 400)
	if !strings.Contains(res.FieldError("password"), "还可尝试 4 次") {
		t.Fatalf("after unlock: %s", res.Body)
	}
}

func setLockedUntil(t *testing.T, a *smedxtest.App, id string, at time.Time) {
	t.Helper()
	dt, _ := types.ParseDateTime(at)
	if _, err := a.DB().Update("users", dbx.Params{"locked_until": dt.String()}, dbx.HashExp{"id": id}).Execute(); err != nil {
		t.Fatal(err)
	}
}

func TestRateLimitsOnAuthRoutes(t *testing.T) {
	a := smedxtest.New(t)
	if err := accounts.ApplyRateLimits(a); err != nil {
		t.Fatal(err)
	}
	s := a.Settings().RateLimits
	if !s.Enabled {
		t.Fatal("rate limiter off")
	}
	labels := map[string]bool{}
	for _, r := range s.Rules {
		labels[r.Label] = true
	}
	for _, want := range []string{"users:authWithPassword", "POST /api/smedx/sms/code", "POST /api/smedx/auth/sms", "users:create"} {
		if !labels[want] {
			t.Errorf("no rate limit rule %s", want)
		}
	}
	if labels["/api/"] || labels["*:create"] {
		t.Error("PocketBase's tight defaults still active")
	}
	// The SMS code route: 5 a minute per IP, answered in Chinese.
	var last *smedxtest.Response
	for i := 0; i < 6; i++ {
		last = a.Do("POST", "/api/smedx/sms/code", nil, map[string]any{"phone": "1360000000" + string(rune('0'+i)), "purpose": "register"})
	}
	last.Status(t, 429)
	if m := last.JSON(t)["message"]; m != "请求过于频繁，请稍后再试" {
		t.Errorf("429 message %v", m)
	}
	// A second application keeps tuned rules and changes nothing.
	before := len(a.Settings().RateLimits.Rules)
	if err := accounts.ApplyRateLimits(a); err != nil || len(a.Settings().RateLimits.Rules) != before {
		t.Errorf("not idempotent: %v", err)
	}
}

func TestChineseErrorsOfPocketBase(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	// Missing identity on PocketBase's own route.
	res := a.Do("POST", "/api/collections/users/auth-with-password", nil, map[string]any{"password": "x"}).Status(t, 400)
	if res.FieldError("identity") != "请输入用户名、手机号或邮箱" {
		t.Errorf("identity: %s", res.Body)
	}
	// 404 and 403 top messages.
	res = a.Do("GET", "/api/collections/enterprises/records/nonexistent1234", f.EnterpriseA.Admin, nil).Status(t, 404)
	if res.JSON(t)["message"] != "请求的资源不存在" {
		t.Errorf("404: %s", res.Body)
	}
	res = a.Do("GET", "/api/collections/sms_outbox/records", f.Operator, nil).Status(t, 403)
	if !strings.Contains(res.JSON(t)["message"].(string), "超级管理员") {
		t.Errorf("403: %s", res.Body)
	}
}
