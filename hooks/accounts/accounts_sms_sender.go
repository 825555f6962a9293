package accounts

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/smsgateway"
)

// SMSMessage is one text message to a phone.
type SMSMessage struct {
	Phone   string `json:"phone"`
	Purpose string `json:"purpose"`
	Content string `json:"content"`
	Sign    string `json:"sign"`
	// Code and Minutes are the verification code and its validity, the
	// variables of the approved templates the aliyun and tencent
	// gateways send instead of Content.
	Code    string `json:"code"`
	Minutes int    `json:"minutes"`
}

// SMSSender delivers text messages. Implementations: "log" (the message
// goes to the server log; the route keeps it in sms_outbox, which only
// superusers read, so demo users can log in; see checkLogSMSAllowed),
// "http" (a gateway of the province's own behind a signed HTTP API) and
// "aliyun" / "tencent" (the cloud SMS services, package smsgateway).
type SMSSender interface {
	Name() string
	Send(ctx context.Context, msg SMSMessage) error
	// KeepsContent tells whether sms_outbox may store the text with the
	// code (only when nothing is really delivered).
	KeepsContent() bool
}

const smsSenderStoreKey = "smedx.smsSender"

// SetSMSSender replaces the sender of app (tests, custom providers).
func SetSMSSender(app core.App, s SMSSender) { app.Store().Set(smsSenderStoreKey, s) }

func smsSender(app core.App) SMSSender {
	if s, ok := app.Store().Get(smsSenderStoreKey).(SMSSender); ok {
		return s
	}
	return &LogSMSSender{App: app}
}

// SMSSign is the signature (签名) in 【】 in front of each text.
func smsSign(env func(string) string) string {
	if s := env("SMEDX_SMS_SIGN"); s != "" {
		return s
	}
	return "数字化转型平台"
}

// NewSMSSenderFromEnv reads SMEDX_SMS_PROVIDER: log (the default), http
// (SMEDX_SMS_URL, SMEDX_SMS_KEY, SMEDX_SMS_SECRET) or aliyun / tencent
// (the SMEDX_SMS_* variables of smsgateway.FromEnv).
func NewSMSSenderFromEnv(app core.App, env func(string) string) (SMSSender, error) {
	switch p := strings.ToLower(strings.TrimSpace(env("SMEDX_SMS_PROVIDER"))); p {
	case "", "log":
		return &LogSMSSender{App: app}, nil
	case "http":
		s := &HTTPSMSSender{URL: env("SMEDX_SMS_URL"), Key: env("SMEDX_SMS_KEY"), Secret: env("SMEDX_SMS_SECRET")}
		if _, err := url.ParseRequestURI(s.URL); err != nil || s.Key == "" || s.Secret == "" {
			return nil, errors.New("SMEDX_SMS_PROVIDER=http 需要设置 SMEDX_SMS_URL、SMEDX_SMS_KEY、SMEDX_SMS_SECRET")
		}
		return s, nil
	case "aliyun", "tencent":
		g, err := smsgateway.FromEnv(env)
		if err != nil {
			return nil, err
		}
		return &GatewaySMSSender{Gateway: g}, nil
	default:
		return nil, fmt.Errorf("未知的短信服务 SMEDX_SMS_PROVIDER=%q（可选 log、http、aliyun、tencent）", p)
	}
}

// EnvAllowLogSMS lets the log provider run outside demo and dev mode.
const EnvAllowLogSMS = "SMEDX_SMS_ALLOW_LOG"

const logSMSAllowedStoreKey = "smedx.logSMSAllowed"

// AllowLogSMS marks app as a demo, where the log provider may run without
// SMEDX_SMS_ALLOW_LOG (`serve --demo` calls it).
func AllowLogSMS(app core.App) { app.Store().Set(logSMSAllowedStoreKey, true) }

// checkLogSMSAllowed refuses the log provider on a production start: it
// delivers no code to anybody, so sign-up, SMS login and password reset
// silently stop working, and it writes live codes to the server log. It is
// allowed in demo mode (AllowLogSMS), in dev mode (--dev) or with
// SMEDX_SMS_ALLOW_LOG=1; the returned warning is logged at every start.
func checkLogSMSAllowed(app core.App, env func(string) string) (warning string, err error) {
	allowed, _ := strconv.ParseBool(strings.TrimSpace(env(EnvAllowLogSMS)))
	demo, _ := app.Store().Get(logSMSAllowedStoreKey).(bool)
	if !allowed && !demo && !app.IsDev() {
		return "", errors.New("短信服务为 log：验证码只写进服务器日志，不会发到手机，不能用于生产。" +
			"请设置 SMEDX_SMS_PROVIDER=aliyun、tencent 或 http（见 README「Configuration」）；" +
			"演示请用 serve --demo，开发用 --dev；确需如此请设置 " + EnvAllowLogSMS + "=1")
	}
	return "短信服务为 log：验证码只写进服务器日志和 sms_outbox，不会发到手机（仅供演示和开发；生产请设置 SMEDX_SMS_PROVIDER）", nil
}

// GatewaySMSSender sends through a cloud SMS service (smsgateway): the
// template of the message's purpose with the variables code, minutes and
// purpose (its Chinese name, e.g. 登录).
type GatewaySMSSender struct{ Gateway smsgateway.Sender }

func (s *GatewaySMSSender) Name() string       { return s.Gateway.Name() }
func (s *GatewaySMSSender) KeepsContent() bool { return s.Gateway.KeepsContent() }
func (s *GatewaySMSSender) Send(ctx context.Context, msg SMSMessage) error {
	return s.Gateway.Send(ctx, smsgateway.Message{
		Phone: msg.Phone, Purpose: msg.Purpose, Content: msg.Content, Sign: msg.Sign,
		Params: map[string]string{
			"code": msg.Code, "minutes": strconv.Itoa(msg.Minutes), "purpose": smsPurposes[msg.Purpose],
		},
	})
}

// LogSMSSender writes the message to the server log.
type LogSMSSender struct{ App core.App }

func (s *LogSMSSender) Name() string       { return "log" }
func (s *LogSMSSender) KeepsContent() bool { return true }
func (s *LogSMSSender) Send(_ context.Context, msg SMSMessage) error {
	s.App.Logger().Info("SMS (log provider)", "phone", msg.Phone, "purpose", msg.Purpose, "content", msg.Content)
	return nil
}

// HTTPSMSSender posts {phone, purpose, content, sign, code, minutes} as
// JSON to URL (the protocol is in the README, "SMS"),
// signed with HMAC-SHA256 so the gateway can check origin and freshness:
//
//	X-Smedx-Key:       Key
//	X-Smedx-Timestamp: unix seconds
//	X-Smedx-Nonce:     32 hex characters, never reused
//	X-Smedx-Signature: hex(HMAC-SHA256(Secret, METHOD "\n" PATH "\n" TIMESTAMP "\n" NONCE "\n" hex(SHA256(body))))
//
// Any 2xx answer is a success.
type HTTPSMSSender struct {
	URL, Key, Secret string
	Client           *http.Client
}

func (s *HTTPSMSSender) Name() string       { return "http" }
func (s *HTTPSMSSender) KeepsContent() bool { return false }

// SignSMSRequest computes the X-Smedx-Signature value.
func SignSMSRequest(secret, method, path, timestamp, nonce string, body []byte) string {
	sum := sha256.Sum256(body)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + hex.EncodeToString(sum[:])))
	return hex.EncodeToString(mac.Sum(nil))
}

func (s *HTTPSMSSender) Send(ctx context.Context, msg SMSMessage) error {
	body, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	u, err := url.Parse(s.URL)
	if err != nil {
		return err
	}
	nonceBytes := make([]byte, 16)
	if _, err := rand.Read(nonceBytes); err != nil {
		return err
	}
	nonce := hex.EncodeToString(nonceBytes)
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Smedx-Key", s.Key)
	req.Header.Set("X-Smedx-Timestamp", ts)
	req.Header.Set("X-Smedx-Nonce", nonce)
	req.Header.Set("X-Smedx-Signature", SignSMSRequest(s.Secret, http.MethodPost, path, ts, nonce, body))
	client := s.Client
	if client == nil {
		client = http.DefaultClient
	}
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(res.Body, 300))
	if res.StatusCode < 200 || res.StatusCode > 299 {
		return fmt.Errorf("sms gateway answered %d: %s", res.StatusCode, snippet)
	}
	return nil
}
