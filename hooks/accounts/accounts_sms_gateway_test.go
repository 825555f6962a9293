package accounts_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks"
	"smedx/hooks/accounts"
	"smedx/hooks/smsgateway"
	_ "smedx/migrations"
	"smedx/smedxtest"
)

// cloudSMS plays Alibaba Cloud SMS or Tencent Cloud SMS: it checks each
// request's signature with the package's documented algorithms and keeps
// the template and its variables.
type cloudSMS struct {
	provider, keyID, secret string

	mu   sync.Mutex
	sent []cloudSent
	bad  int
}

type cloudSent struct {
	phone, sign, template string
	params                []string // in template order
}

func (c *cloudSMS) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	defer c.mu.Unlock()
	raw, _ := io.ReadAll(r.Body)
	switch c.provider {
	case "aliyun":
		form, _ := url.ParseQuery(string(raw))
		params := map[string]string{}
		for k := range form {
			params[k] = form.Get(k)
		}
		if params["AccessKeyId"] != c.keyID || params["Signature"] != smsgateway.AliyunSignature("POST", params, c.secret) {
			c.bad++
			w.Write([]byte(`{"Code":"SignatureDoesNotMatch","Message":"bad signature","RequestId":"r1"}`))
			return
		}
		var tp map[string]string
		_ = json.Unmarshal([]byte(params["TemplateParam"]), &tp)
		c.sent = append(c.sent, cloudSent{phone: params["PhoneNumbers"], sign: params["SignName"],
			template: params["TemplateCode"], params: []string{tp["code"], tp["minutes"]}})
		w.Write([]byte(`{"Code":"OK","Message":"OK","RequestId":"r1","BizId":"b1"}`))
	case "tencent":
		ts, _ := strconv.ParseInt(r.Header.Get("X-TC-Timestamp"), 10, 64)
		want := smsgateway.TC3Authorization(c.keyID, c.secret, "sms", r.Host, r.Header.Get("Content-Type"), ts, raw)
		if r.Header.Get("Authorization") != want || r.Header.Get("X-TC-Action") != "SendSms" {
			c.bad++
			w.Write([]byte(`{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"bad"},"RequestId":"r2"}}`))
			return
		}
		var body struct {
			PhoneNumberSet   []string
			SignName         string
			TemplateId       string
			TemplateParamSet []string
		}
		_ = json.Unmarshal(raw, &body)
		c.sent = append(c.sent, cloudSent{phone: body.PhoneNumberSet[0], sign: body.SignName,
			template: body.TemplateId, params: body.TemplateParamSet})
		w.Write([]byte(`{"Response":{"SendStatusSet":[{"Code":"Ok","Message":"send success","PhoneNumber":"` +
			body.PhoneNumberSet[0] + `"}],"RequestId":"r2"}}`))
	}
}

// SMEDX_SMS_PROVIDER=aliyun|tencent: the route sends the purpose's
// template with the code and its validity, signed as the service checks
// it; the user logs in with the code the service received, and the outbox
// keeps the send without the code.
func TestSMSCloudGatewaysThroughRoute(t *testing.T) {
	for _, provider := range []string{"aliyun", "tencent"} {
		t.Run(provider, func(t *testing.T) {
			gw := &cloudSMS{provider: provider, keyID: "key-" + provider, secret: "secret-" + provider}
			srv := httptest.NewServer(gw)
			defer srv.Close()
			env := map[string]string{
				"SMEDX_SMS_PROVIDER": provider, "SMEDX_SMS_KEY": gw.keyID, "SMEDX_SMS_SECRET": gw.secret,
				"SMEDX_SMS_SIGN": "山东省中小企业数字化转型平台", "SMEDX_SMS_TEMPLATE": "T_DEFAULT",
				"SMEDX_SMS_TEMPLATE_LOGIN": "T_LOGIN", "SMEDX_SMS_TEMPLATE_PARAMS": "code,minutes",
				"SMEDX_SMS_APP_ID": "1400000000", "SMEDX_SMS_ENDPOINT": srv.URL + "/",
			}
			a := smedxtest.New(t)
			sender, err := accounts.NewSMSSenderFromEnv(a, func(k string) string { return env[k] })
			if err != nil {
				t.Fatal(err)
			}
			if sender.Name() != provider || sender.KeepsContent() {
				t.Fatalf("sender %s keeps content %v", sender.Name(), sender.KeepsContent())
			}
			accounts.SetSMSSender(a, sender)
			// smsSign reads the process environment, as the route does.
			t.Setenv("SMEDX_SMS_SIGN", env["SMEDX_SMS_SIGN"])

			phone := a.Fixtures().EnterpriseA.Admin.GetString("phone")
			requestCode(a, phone, "login").Status(t, 200)
			if len(gw.sent) != 1 || gw.bad != 0 {
				t.Fatalf("service got %+v, %d badly signed", gw.sent, gw.bad)
			}
			got := gw.sent[0]
			wantPhone := phone
			if provider == "tencent" {
				wantPhone = "+86" + phone
			}
			if got.phone != wantPhone || got.sign != env["SMEDX_SMS_SIGN"] || got.template != "T_LOGIN" ||
				len(got.params) != 2 || !sixDigits.MatchString(got.params[0]) || got.params[1] != "5" {
				t.Fatalf("sent %+v", got)
			}
			out, _ := a.FindRecordsByFilter("sms_outbox", "phone = {:p}", "", 0, 0, dbx.Params{"p": phone})
			if len(out) != 1 || out[0].GetString("provider") != provider || out[0].GetString("status") != "sent" ||
				strings.Contains(out[0].GetString("content"), got.params[0]) {
				t.Fatalf("outbox %v", out)
			}
			a.Do("POST", "/api/smedx/auth/sms", nil, map[string]any{"phone": phone, "code": got.params[0]}).Status(t, 200)

			// Another purpose falls back to the default template.
			ageCodes(t, a, phone, 2*time.Minute)
			requestCode(a, phone, "reset").Status(t, 200)
			if len(gw.sent) != 2 || gw.sent[1].template != "T_DEFAULT" {
				t.Fatalf("reset sent %+v", gw.sent)
			}

			// A refusal by the service (here: a wrong secret) is a 502 and
			// the code does not count.
			ageCodes(t, a, phone, 2*time.Minute)
			env["SMEDX_SMS_SECRET"] = "wrong"
			bad, err := accounts.NewSMSSenderFromEnv(a, func(k string) string { return env[k] })
			if err != nil {
				t.Fatal(err)
			}
			accounts.SetSMSSender(a, bad)
			requestCode(a, phone, "login").Status(t, 502)
			if gw.bad != 1 {
				t.Errorf("badly signed requests: %d", gw.bad)
			}
			if n, _ := a.CountRecords("sms_codes", dbx.HashExp{"phone": phone, "purpose": "login", "used": false}); n != 0 {
				t.Errorf("undelivered code kept")
			}
		})
	}
}

func TestSMSProviderFromEnvErrors(t *testing.T) {
	a := smedxtest.New(t)
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"SMEDX_SMS_PROVIDER": "aliyun"}, "SMEDX_SMS_KEY"},
		{map[string]string{"SMEDX_SMS_PROVIDER": "tencent", "SMEDX_SMS_KEY": "k", "SMEDX_SMS_SECRET": "s",
			"SMEDX_SMS_SIGN": "x", "SMEDX_SMS_TEMPLATE": "1"}, "SMEDX_SMS_APP_ID"},
		{map[string]string{"SMEDX_SMS_PROVIDER": "yunpian"}, "aliyun、tencent"},
	} {
		_, err := accounts.NewSMSSenderFromEnv(a, func(k string) string { return c.env[k] })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: %v, want an error naming %s", c.env, err, c.want)
		}
	}
}

// The http provider posts the code and its validity beside the rendered
// text (the protocol in the README).
func TestHTTPSMSSenderPostsCode(t *testing.T) {
	var got map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		ts, nonce := r.Header.Get("X-Smedx-Timestamp"), r.Header.Get("X-Smedx-Nonce")
		if r.Header.Get("X-Smedx-Signature") != accounts.SignSMSRequest("s3cret", "POST", r.URL.EscapedPath(), ts, nonce, body) {
			http.Error(w, "bad signature", 401)
			return
		}
		_ = json.Unmarshal(body, &got)
	}))
	defer srv.Close()
	s := &accounts.HTTPSMSSender{URL: srv.URL + "/sms", Key: "k", Secret: "s3cret"}
	err := s.Send(context.Background(), accounts.SMSMessage{Phone: "13800000001", Purpose: "login",
		Content: "【平台】验证码 123456", Sign: "平台", Code: "123456", Minutes: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got["code"] != "123456" || got["minutes"] != float64(5) || got["phone"] != "13800000001" ||
		got["purpose"] != "login" || got["sign"] != "平台" || got["content"] != "【平台】验证码 123456" {
		t.Fatalf("gateway got %v", got)
	}
}

// serveApp starts an app on dir as `smedx serve` would (hooks bound
// before the bootstrap, migrations, the serve hooks), with the process
// environment, and returns the serve hooks' error; the app is stopped.
func serveApp(t *testing.T, dir string, dev bool, prepare func(core.App)) error {
	t.Helper()
	app := core.NewBaseApp(core.BaseAppConfig{DataDir: dir, IsDev: dev})
	hooks.Register(app)
	if prepare != nil {
		prepare(app)
	}
	if err := app.Bootstrap(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		// flushes the log batch into auxiliary.db, as a stop does
		_ = app.OnTerminate().Trigger(&core.TerminateEvent{App: app})
		_ = app.ResetBootstrapState()
	}()
	if err := app.RunAllMigrations(); err != nil {
		t.Fatal(err)
	}
	router, err := apis.NewRouter(app)
	if err != nil {
		t.Fatal(err)
	}
	return app.OnServe().Trigger(&core.ServeEvent{App: app, Router: router}, func(e *core.ServeEvent) error {
		_, err := e.Router.BuildMux()
		return err
	})
}

// The log provider (the default) delivers no code: a start outside demo
// or dev mode is refused unless SMEDX_SMS_ALLOW_LOG=1, and every start
// with it logs a warning.
func TestLogSMSProviderRefusedInProduction(t *testing.T) {
	t.Setenv("SMEDX_SMS_PROVIDER", "")
	t.Setenv("SMEDX_SMS_ALLOW_LOG", "")
	dir := t.TempDir()
	err := serveApp(t, dir, false, nil)
	if err == nil || !strings.Contains(err.Error(), "SMEDX_SMS_ALLOW_LOG=1") || !strings.Contains(err.Error(), "SMEDX_SMS_PROVIDER") {
		t.Fatalf("production start with the log provider: %v", err)
	}
	t.Setenv("SMEDX_SMS_PROVIDER", "log")
	if err := serveApp(t, dir, false, nil); err == nil {
		t.Fatal("SMEDX_SMS_PROVIDER=log accepted in production")
	}
	if err := serveApp(t, dir, false, accounts.AllowLogSMS); err != nil {
		t.Errorf("demo mode: %v", err)
	}
	if err := serveApp(t, dir, true, nil); err != nil {
		t.Errorf("dev mode: %v", err)
	}
	t.Setenv("SMEDX_SMS_ALLOW_LOG", "1")
	if err := serveApp(t, dir, false, nil); err != nil {
		t.Errorf("SMEDX_SMS_ALLOW_LOG=1: %v", err)
	}
	if err := serveApp(t, dir, false, nil); err != nil {
		t.Errorf("second start: %v", err)
	}

	// Every one of the four starts logged the warning.
	app := core.NewBaseApp(core.BaseAppConfig{DataDir: dir})
	if err := app.Bootstrap(); err != nil {
		t.Fatal(err)
	}
	defer app.ResetBootstrapState()
	var n int
	if err := app.AuxDB().Select("count(*)").From("_logs").
		Where(dbx.Like("message", "短信服务为 log")).AndWhere(dbx.HashExp{"level": 4}).Row(&n); err != nil {
		t.Fatal(err)
	}
	if n != 4 {
		t.Errorf("%d warnings logged, want one per start (4)", n)
	}

	// A real provider starts without the consent.
	t.Setenv("SMEDX_SMS_ALLOW_LOG", "")
	t.Setenv("SMEDX_SMS_PROVIDER", "aliyun")
	for k, v := range map[string]string{"SMEDX_SMS_KEY": "k", "SMEDX_SMS_SECRET": "s", "SMEDX_SMS_SIGN": "x", "SMEDX_SMS_TEMPLATE": "SMS_1"} {
		t.Setenv(k, v)
	}
	if err := serveApp(t, dir, false, nil); err != nil {
		t.Errorf("aliyun: %v", err)
	}
}
