package accounts_test

import (
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dchest/captcha"

	"smedx/hooks/accounts"
	"smedx/smedxtest"
)

// lockedAt is the unlock instant of a lock answer (seconds apart for two
// tries; the minute shown in the message must match).
var lockedAt = regexp.MustCompile(`"lockedUntil":"[^"]*"`)

// recordingStore is dchest/captcha's memory store that also lets the test
// read the digits of a captcha, as a person reads the image.
type recordingStore struct {
	captcha.Store
	mu     sync.Mutex
	digits map[string][]byte
}

func (s *recordingStore) Set(id string, d []byte) {
	s.mu.Lock()
	s.digits[id] = append([]byte{}, d...)
	s.mu.Unlock()
	s.Store.Set(id, d)
}

func (s *recordingStore) answer(id string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]byte, len(s.digits[id]))
	for i, d := range s.digits[id] {
		out[i] = '0' + d
	}
	return string(out)
}

var captchaStore = func() *recordingStore {
	s := &recordingStore{Store: captcha.NewMemoryStore(captcha.CollectNum, captcha.Expiration), digits: map[string][]byte{}}
	captcha.SetCustomStore(s)
	return s
}()

// from sends a password login from source ip (X-Forwarded-For, trusted in
// these tests like the nginx of docs/deploy.md), with an optional captcha.
func loginFrom(a *smedxtest.App, ip, identity, password string, cap map[string]string) *smedxtest.Response {
	body := map[string]any{"identity": identity, "password": password}
	for k, v := range cap {
		body[k] = v
	}
	return a.DoWith("POST", "/api/collections/users/auth-with-password", nil, body, map[string]string{"X-Forwarded-For": ip})
}

// solvedCaptcha fetches a captcha and its image and reads it.
func solvedCaptcha(t *testing.T, a *smedxtest.App) map[string]string {
	t.Helper()
	res := a.Do("GET", "/api/smedx/captcha", nil, nil).Status(t, 200).JSON(t)
	id := res["id"].(string)
	img := a.Do("GET", res["url"].(string), nil, nil).Status(t, 200)
	if img.Head.Get("Content-Type") != "image/png" || len(img.Body) < 100 {
		t.Fatalf("captcha image: %s %d bytes", img.Head.Get("Content-Type"), len(img.Body))
	}
	return map[string]string{"captchaId": id, "captcha": captchaStore.answer(id)}
}

func trustForwardedFor(t *testing.T, a *smedxtest.App) {
	t.Helper()
	s := a.Settings()
	s.TrustedProxy.Headers = []string{"X-Forwarded-For"}
	if err := a.Save(s); err != nil {
		t.Fatal(err)
	}
}

// Finding 7: one answer for an unknown account and a wrong password; the
// lock is per account and source; a captcha after 3 failures; the holder
// still gets in from elsewhere and by SMS code; 5 tries / 15 minutes.
func TestLoginLockoutPerSourceAndCaptcha(t *testing.T) {
	a := smedxtest.New(t)
	trustForwardedFor(t, a)
	f := a.Fixtures()
	user := f.Operator
	name, phone := user.GetString("username"), user.GetString("phone")
	const attacker, office = "203.0.113.7", "198.51.100.20"

	// Identities log in and stamp last_login_at.
	for _, id := range []string{name, phone} {
		loginFrom(a, office, id, smedxtest.Password, nil).Status(t, 200)
	}
	if !a.Reload(user).GetDateTime("last_login_at").Time().After(time.Now().Add(-time.Minute)) {
		t.Error("last_login_at not stamped")
	}

	// The same answers, byte for byte, for an unknown account and a wrong
	// password, failure after failure, captcha and lock included.
	ghost := "ghost_account_1"
	for i := 1; i <= 5; i++ {
		var capU, capG map[string]string
		if i > 3 {
			capU, capG = solvedCaptcha(t, a), solvedCaptcha(t, a)
		}
		ru := loginFrom(a, attacker, name, "Wrong#2026", capU).Status(t, 400)
		rg := loginFrom(a, attacker, ghost, "Wrong#2026", capG).Status(t, 400)
		if lockedAt.ReplaceAllString(string(ru.Body), "") != lockedAt.ReplaceAllString(string(rg.Body), "") {
			t.Fatalf("try %d answers differ:\n known   %s\n unknown %s", i, ru.Body, rg.Body)
		}
		switch {
		case i < 5 && !strings.HasPrefix(ru.FieldError("password"), "帐号或密码错误"):
			t.Fatalf("try %d: %s", i, ru.Body)
		case i < 5 && !strings.Contains(ru.FieldError("password"), "还可尝试 "+string(rune('0'+5-i))+" 次"):
			t.Fatalf("try %d countdown: %s", i, ru.Body)
		case i >= 3 && i < 5 && !ru.Contains(`"captchaRequired":true`):
			t.Fatalf("try %d should ask for the captcha: %s", i, ru.Body)
		case i == 5 && !strings.HasPrefix(ru.FieldError("password"), "登录失败次数过多，请于 "):
			t.Fatalf("fifth failure should lock the source: %s", ru.Body)
		}
	}

	// Locked from the attacker's address: even the right password.
	res := loginFrom(a, attacker, name, smedxtest.Password, solvedCaptcha(t, a)).Status(t, 400)
	if !strings.Contains(res.FieldError("password"), "或使用短信验证码登录") {
		t.Fatalf("locked source: %s", res.Body)
	}
	// From the office the holder is not locked out, but after 3+ failures
	// of the account the captcha is asked for (from everyone).
	res = loginFrom(a, office, name, smedxtest.Password, nil).Status(t, 400)
	if res.FieldError("captcha") != "请输入图形验证码" || !res.Contains(`"captchaRequired":true`) {
		t.Fatalf("captcha not asked: %s", res.Body)
	}
	bad := solvedCaptcha(t, a)
	bad["captcha"] = "0000"
	if bad["captcha"] == captchaStore.answer(bad["captchaId"]) {
		bad["captcha"] = "1111"
	}
	if r := loginFrom(a, office, name, smedxtest.Password, bad).Status(t, 400); r.FieldError("captcha") != "图形验证码错误，请重新输入" {
		t.Fatalf("wrong captcha: %s", r.Body)
	}
	// A captcha is good for one try.
	good := solvedCaptcha(t, a)
	loginFrom(a, office, name, smedxtest.Password, good).Status(t, 200)
	loginFrom(a, office, name, smedxtest.Password, good).Status(t, 400)

	// The lock lasts 15 minutes; when it ran out the count starts over.
	var until time.Time
	rows, err := a.FindRecordsByFilter("login_attempts", "account = {:k} && ip = {:ip}", "", 1, 0,
		map[string]any{"k": "u:" + user.Id, "ip": attacker})
	if err != nil || len(rows) != 1 {
		t.Fatalf("login_attempts row: %v %d", err, len(rows))
	}
	until = rows[0].GetDateTime("locked_until").Time()
	if d := time.Until(until); d < 14*time.Minute || d > 16*time.Minute {
		t.Fatalf("locked for %v", d)
	}
	past := time.Now().Add(-time.Second).UTC().Format("2006-01-02 15:04:05.000Z")
	if _, err := a.DB().NewQuery("UPDATE login_attempts SET locked_until = {:p} WHERE id = {:id}").
		Bind(map[string]any{"p": past, "id": rows[0].Id}).Execute(); err != nil {
		t.Fatal(err)
	}
	if r := loginFrom(a, attacker, name, "Wrong#2026", solvedCaptcha(t, a)).Status(t, 400); !strings.Contains(r.FieldError("password"), "还可尝试 4 次") {
		t.Fatalf("after the lock: %s", r.Body)
	}

	for i := 0; i < 4; i++ {
		loginFrom(a, attacker, name, "Wrong#2026", solvedCaptcha(t, a)).Status(t, 400)
	}
	loginFrom(a, attacker, name, smedxtest.Password, solvedCaptcha(t, a)).Status(t, 400) // locked again

	// The holder gets in by SMS code even from the locked address, and
	// that success lifts the lock of the address.
	a.DoWith("POST", "/api/smedx/sms/code", nil, map[string]any{"phone": phone, "purpose": "login"},
		map[string]string{"X-Forwarded-For": attacker}).Status(t, 200)
	a.DoWith("POST", "/api/smedx/auth/sms", nil, map[string]any{"phone": phone, "code": outboxCode(t, a, phone)},
		map[string]string{"X-Forwarded-For": attacker}).Status(t, 200)

	loginFrom(a, attacker, name, smedxtest.Password, solvedCaptcha(t, a)).Status(t, 200)

	// Audit trail and the table stays with superusers.
	if a.AuditCount(t, "login_locked", user.Id) != 2 {
		t.Error("lock not audited")
	}
	a.Do("GET", "/api/collections/login_attempts/records", f.Operator, nil).Status(t, 403)

	// A new password clears the account's counters (here: the tenant
	// admin's reset of a staff user would do the same).
	user = a.Reload(user)
	user.SetPassword("Newpass#2026")
	if err := a.Save(user); err != nil {
		t.Fatal(err)
	}
	if n := smedxtest.CountRecords(t, a, "login_attempts", "account = {:k}", map[string]any{"k": "u:" + user.Id}); n != 0 {
		t.Errorf("%d login_attempts rows left after a new password", n)
	}
}

// Finding 1: 找回密码 checks the code first. A wrong code gets the same
// answer whatever the password (no oracle on the current password), wrong
// codes count toward the lockout, the route is rate limited, and only a
// right code reaches the password rules.
func TestSMSResetChecksCodeFirst(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	user := f.ProviderA.Admin // his phone is public as a product's contact
	phone := user.GetString("phone")
	reset := func(code, pw string) *smedxtest.Response {
		return a.Do("POST", "/api/smedx/auth/sms-reset", nil, map[string]any{
			"phone": phone, "code": code, "password": pw, "passwordConfirm": pw})
	}
	onlyCode := func(r *smedxtest.Response, want string) {
		t.Helper()
		var e struct {
			Data map[string]any `json:"data"`
		}
		r.Decode(t, &e)
		if len(e.Data) != 1 || r.FieldError("code") != want {
			t.Fatalf("want only a code error %q, got %s", want, r.Body)
		}
	}
	// No code sent: the current password, a wrong one, a weak one and an
	// unknown phone all get the same answer.
	expired := "验证码已失效，请重新获取"
	for _, pw := range []string{smedxtest.Password, "Other#2026x", "weak"} {
		onlyCode(reset("123456", pw).Status(t, 400), expired)
	}
	r := a.Do("POST", "/api/smedx/auth/sms-reset", nil, map[string]any{"phone": "13312345678", "code": "123456", "password": "x", "passwordConfirm": "x"})
	onlyCode(r.Status(t, 400), expired)

	// A code was sent: wrong guesses count down the same way whatever the
	// password, and the fifth locks the source's password login.
	requestCode(a, phone, "reset").Status(t, 200)
	code := outboxCode(t, a, phone)
	wrong := "000000"
	if wrong == code {
		wrong = "111111"
	}
	passwords := []string{smedxtest.Password, "Guess#2026a", "", "weak"}
	for i, pw := range passwords {
		onlyCode(reset(wrong, pw).Status(t, 400), "验证码错误，还可尝试 "+string(rune('0'+4-i))+" 次")
	}
	r = reset(wrong, smedxtest.Password).Status(t, 400)
	if !strings.Contains(r.FieldError("code"), "登录失败次数过多") {
		t.Fatalf("fifth wrong reset code: %s", r.Body)
	}
	if r := a.Login(user.GetString("username"), smedxtest.Password).Status(t, 400); !strings.Contains(r.FieldError("password"), "登录失败次数过多") {
		t.Fatalf("wrong reset codes did not count toward the lockout: %s", r.Body)
	}
	onlyCode(reset(code, "Reset#2026x").Status(t, 400), expired) // the code died with the fifth try

	// A right code: then the password rules; the code survives a refused
	// password and dies with the accepted one.
	ageCodes(t, a, phone, time.Minute)
	requestCode(a, phone, "reset").Status(t, 200)
	code = outboxCode(t, a, phone)
	if r := reset(code, "weakpass").Status(t, 400); !strings.Contains(r.FieldError("password"), "3 种") {
		t.Fatalf("weak password: %s", r.Body)
	}
	if r := reset(code, smedxtest.Password).Status(t, 400); !strings.Contains(r.FieldError("password"), "最近 5 次") {
		t.Fatalf("reused password: %s", r.Body)
	}
	reset(code, "Reset#2026x").Status(t, 200)
	onlyCode(reset(code, "Reset#2026y").Status(t, 400), expired)
	// The new password clears the lock of the account's sources.
	a.Login(user.GetString("username"), "Reset#2026x").Status(t, 200)
}

// The reset route is rate limited per IP like the other SMS routes.
func TestSMSResetRateLimited(t *testing.T) {
	a := smedxtest.New(t)
	if err := accounts.ApplyRateLimits(a); err != nil {
		t.Fatal(err)
	}
	var last *smedxtest.Response
	for i := 0; i < 11; i++ {
		last = a.Do("POST", "/api/smedx/auth/sms-reset", nil, map[string]any{"phone": "13312345678", "code": "123456", "password": "x", "passwordConfirm": "x"})
	}
	last.Status(t, 429)
}
