package accounts_test

import (
	"strings"
	"testing"

	"smedx/hooks/accounts"
	"smedx/smedxtest"
)

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
	for _, want := range []string{"users:authWithPassword", "POST /api/smedx/sms/code", "POST /api/smedx/auth/sms",
		"POST /api/smedx/auth/sms-reset", "GET /api/smedx/captcha", "users:create"} {
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
