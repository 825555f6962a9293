package smsgateway

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"
)

// Aliyun sends through Alibaba Cloud SMS (dysmsapi, API version
// 2017-05-25, action SendSms), signed with the RPC signature
// (HMAC-SHA1, SignatureVersion 1.0) and POSTed as a form.
type Aliyun struct{ Config }

// NewAliyun returns the Alibaba Cloud sender (region cn-hangzhou and
// https://dysmsapi.aliyuncs.com/ unless configured).
func NewAliyun(c Config) *Aliyun {
	if c.Region == "" {
		c.Region = "cn-hangzhou"
	}
	if c.Endpoint == "" {
		c.Endpoint = "https://dysmsapi.aliyuncs.com/"
	}
	return &Aliyun{c}
}

func (a *Aliyun) Name() string       { return "aliyun" }
func (a *Aliyun) KeepsContent() bool { return false }

// Send calls SendSms for msg.Phone with the purpose's template; the
// variables go as a JSON object, e.g. {"code":"123456"}.
func (a *Aliyun) Send(ctx context.Context, msg Message) error {
	tpl, err := a.template(msg.Purpose)
	if err != nil {
		return err
	}
	vals, err := a.values(msg)
	if err != nil {
		return err
	}
	names := a.TemplateParams
	if len(names) == 0 {
		names = []string{"code"}
	}
	tp := map[string]string{}
	for i, n := range names {
		tp[n] = vals[i]
	}
	tpJSON, err := json.Marshal(tp)
	if err != nil {
		return err
	}
	params := map[string]string{
		"AccessKeyId":      a.KeyID,
		"Action":           "SendSms",
		"Format":           "JSON",
		"RegionId":         a.Region,
		"SignatureMethod":  "HMAC-SHA1",
		"SignatureNonce":   a.nonce(),
		"SignatureVersion": "1.0",
		"Timestamp":        a.now().UTC().Format("2006-01-02T15:04:05Z"),
		"Version":          "2017-05-25",
		"PhoneNumbers":     strings.TrimPrefix(msg.Phone, "+86"),
		"SignName":         a.sign(msg),
		"TemplateCode":     tpl,
		"TemplateParam":    string(tpJSON),
	}
	params["Signature"] = AliyunSignature(http.MethodPost, params, a.Secret)

	form := url.Values{}
	for k, v := range params {
		form.Set(k, v)
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.Endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := a.client().Do(req)
	if err != nil {
		return fmt.Errorf("aliyun SMS: %w", err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(res.Body, 64<<10))
	var body struct{ Code, Message, RequestId, BizId string }
	if err := json.Unmarshal(raw, &body); err != nil {
		return fmt.Errorf("aliyun SMS answered %d: %.300s", res.StatusCode, raw)
	}
	if body.Code != "OK" {
		return &GatewayError{Provider: "aliyun", Code: body.Code, Message: body.Message, RequestID: body.RequestId}
	}
	return nil
}

// AliyunSignature is the RPC signature of params (without Signature) for
// an HTTP method, per Alibaba Cloud's documented algorithm:
//
//	CanonicalizedQueryString = the pairs sorted by name,
//	    percentEncode(name) "=" percentEncode(value), joined by "&"
//	StringToSign = method "&" percentEncode("/") "&" percentEncode(CanonicalizedQueryString)
//	Signature    = base64(HMAC-SHA1(AccessKeySecret "&", StringToSign))
func AliyunSignature(method string, params map[string]string, secret string) string {
	mac := hmac.New(sha1.New, []byte(secret+"&"))
	mac.Write([]byte(AliyunStringToSign(method, params)))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// AliyunStringToSign is the string the RPC signature signs.
func AliyunStringToSign(method string, params map[string]string) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		if k != "Signature" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	pairs := make([]string, len(keys))
	for i, k := range keys {
		pairs[i] = aliyunEncode(k) + "=" + aliyunEncode(params[k])
	}
	return method + "&" + aliyunEncode("/") + "&" + aliyunEncode(strings.Join(pairs, "&"))
}

// aliyunEncode is RFC 3986 percent-encoding as Alibaba Cloud specifies:
// unreserved characters (A-Z a-z 0-9 - _ . ~) stay, everything else is
// %XX in upper case, space included (%20, not +).
func aliyunEncode(s string) string {
	e := url.QueryEscape(s)
	return strings.NewReplacer("+", "%20", "*", "%2A", "%7E", "~").Replace(e)
}
