// Package smsgateway sends template text messages (verification codes)
// through the SMS services Chinese provinces contract: Alibaba Cloud SMS
// (dysmsapi SendSms, RPC signature HMAC-SHA1) and Tencent Cloud SMS
// (SendSms 2021-01-11, signature TC3-HMAC-SHA256), over their documented
// HTTP APIs. It is a leaf package (standard library only): the app wraps
// a Sender into its own SMS sender interface.
//
// Both services deliver only pre-approved templates under an approved
// signature (签名): the text itself is not sent, the template code and
// its variables are (the verification code, optionally its validity).
//
// Configuration (FromEnv):
//
//	SMEDX_SMS_PROVIDER          aliyun | tencent
//	SMEDX_SMS_KEY               AccessKey ID (aliyun) / SecretId (tencent)
//	SMEDX_SMS_SECRET            AccessKey Secret (aliyun) / SecretKey (tencent)
//	SMEDX_SMS_SIGN              the approved signature name, without 【】
//	SMEDX_SMS_TEMPLATE          template code (aliyun "SMS_123456789") or id (tencent "1234567")
//	SMEDX_SMS_TEMPLATE_LOGIN, SMEDX_SMS_TEMPLATE_REGISTER, SMEDX_SMS_TEMPLATE_RESET
//	                            per-purpose templates (optional, default SMEDX_SMS_TEMPLATE)
//	SMEDX_SMS_TEMPLATE_PARAMS   the template's variables in order, from code, minutes, purpose
//	                            (default "code": aliyun {"code":"123456"}, tencent ["123456"])
//	SMEDX_SMS_APP_ID            tencent only: the SmsSdkAppId (1400…)
//	SMEDX_SMS_REGION            aliyun cn-hangzhou (default) · tencent ap-guangzhou (default), ap-beijing, ap-nanjing
//	SMEDX_SMS_ENDPOINT          override the service URL (private cloud, tests)
package smsgateway

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Message is one text message to a phone. It mirrors the app's SMS
// message (phone, purpose, rendered content, signature) and adds the
// template variables the gateways need.
type Message struct {
	Phone   string // 11-digit mainland number, or +E.164
	Purpose string // login | register | reset: picks the template
	Content string // the rendered text (not sent: templates are)
	Sign    string // signature; empty = the configured one
	// Params are the template variables by name: "code" (required),
	// "minutes", "purpose". Config.TemplateParams picks and orders them.
	Params map[string]string
}

// Sender delivers messages. Same method set as the app's SMSSender.
type Sender interface {
	Name() string
	Send(ctx context.Context, msg Message) error
	// KeepsContent is false: a real gateway delivers, so the outbox must
	// not keep the code.
	KeepsContent() bool
}

// Config is what both gateways need.
type Config struct {
	KeyID, Secret string
	SignName      string
	// Templates by purpose; the "" entry is the default.
	Templates map[string]string
	// TemplateParams are the variable names sent, in order.
	TemplateParams []string
	Region         string
	Endpoint       string
	AppID          string // tencent SmsSdkAppId

	Client *http.Client
	// Now and Nonce are the clock and the random nonce (fixed in tests).
	Now   func() time.Time
	Nonce func() string
}

// Purposes are the message purposes that may have their own template.
var Purposes = []string{"login", "register", "reset"}

// FromEnv builds the sender named by SMEDX_SMS_PROVIDER (aliyun or
// tencent). It returns an error naming each missing variable.
func FromEnv(env func(string) string) (Sender, error) {
	provider := strings.ToLower(strings.TrimSpace(env("SMEDX_SMS_PROVIDER")))
	c := Config{
		KeyID: env("SMEDX_SMS_KEY"), Secret: env("SMEDX_SMS_SECRET"), SignName: env("SMEDX_SMS_SIGN"),
		Templates: map[string]string{"": env("SMEDX_SMS_TEMPLATE")},
		Region:    env("SMEDX_SMS_REGION"), Endpoint: env("SMEDX_SMS_ENDPOINT"), AppID: env("SMEDX_SMS_APP_ID"),
	}
	for _, p := range Purposes {
		if t := env("SMEDX_SMS_TEMPLATE_" + strings.ToUpper(p)); t != "" {
			c.Templates[p] = t
		}
	}
	c.TemplateParams = []string{"code"}
	if raw := strings.TrimSpace(env("SMEDX_SMS_TEMPLATE_PARAMS")); raw != "" {
		c.TemplateParams = nil
		for _, name := range strings.Split(raw, ",") {
			name = strings.TrimSpace(name)
			switch name {
			case "code", "minutes", "purpose":
				c.TemplateParams = append(c.TemplateParams, name)
			default:
				return nil, fmt.Errorf("SMEDX_SMS_TEMPLATE_PARAMS 中的 %q 无效：可用 code、minutes、purpose", name)
			}
		}
	}
	var missing []string
	need := func(name, v string) {
		if strings.TrimSpace(v) == "" {
			missing = append(missing, name)
		}
	}
	need("SMEDX_SMS_KEY", c.KeyID)
	need("SMEDX_SMS_SECRET", c.Secret)
	need("SMEDX_SMS_SIGN", c.SignName)
	if c.Templates[""] == "" {
		for _, p := range Purposes {
			need("SMEDX_SMS_TEMPLATE（或 SMEDX_SMS_TEMPLATE_"+strings.ToUpper(p)+"）", c.Templates[p])
		}
	}
	switch provider {
	case "aliyun":
		if len(missing) > 0 {
			return nil, fmt.Errorf("SMEDX_SMS_PROVIDER=aliyun 需要设置 %s", strings.Join(missing, "、"))
		}
		return NewAliyun(c), nil
	case "tencent":
		need("SMEDX_SMS_APP_ID", c.AppID)
		if len(missing) > 0 {
			return nil, fmt.Errorf("SMEDX_SMS_PROVIDER=tencent 需要设置 %s", strings.Join(missing, "、"))
		}
		return NewTencent(c), nil
	default:
		return nil, fmt.Errorf("smsgateway: 未知的短信服务 %q（可选 aliyun、tencent）", provider)
	}
}

func (c *Config) template(purpose string) (string, error) {
	if t := c.Templates[purpose]; t != "" {
		return t, nil
	}
	if t := c.Templates[""]; t != "" {
		return t, nil
	}
	return "", fmt.Errorf("没有用途 %q 的短信模板", purpose)
}

func (c *Config) sign(msg Message) string {
	if msg.Sign != "" {
		return msg.Sign
	}
	return c.SignName
}

// values returns the configured template variables of msg, in order.
func (c *Config) values(msg Message) ([]string, error) {
	names := c.TemplateParams
	if len(names) == 0 {
		names = []string{"code"}
	}
	out := make([]string, len(names))
	for i, n := range names {
		v, ok := msg.Params[n]
		if !ok || v == "" {
			return nil, fmt.Errorf("短信模板变量 %s 没有值", n)
		}
		out[i] = v
	}
	return out, nil
}

func (c *Config) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func (c *Config) nonce() string {
	if c.Nonce != nil {
		return c.Nonce()
	}
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func (c *Config) client() *http.Client {
	if c.Client != nil {
		return c.Client
	}
	return &http.Client{Timeout: 10 * time.Second}
}

// GatewayError is a refusal by the SMS service (quota, template, number).
type GatewayError struct {
	Provider, Code, Message, RequestID string
}

func (e *GatewayError) Error() string {
	return fmt.Sprintf("%s SMS refused: %s %s (request %s)", e.Provider, e.Code, e.Message, e.RequestID)
}

// IsGatewayError tells whether err is a refusal by the service (as
// opposed to a network failure).
func IsGatewayError(err error) bool {
	var ge *GatewayError
	return errors.As(err, &ge)
}
