package smsgateway

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Tencent sends through Tencent Cloud SMS (API 3.0, SendSms, version
// 2021-01-11), signed with TC3-HMAC-SHA256.
type Tencent struct{ Config }

const tencentContentType = "application/json; charset=utf-8"

// NewTencent returns the Tencent Cloud sender (region ap-guangzhou and
// https://sms.tencentcloudapi.com unless configured).
func NewTencent(c Config) *Tencent {
	if c.Region == "" {
		c.Region = "ap-guangzhou"
	}
	if c.Endpoint == "" {
		c.Endpoint = "https://sms.tencentcloudapi.com"
	}
	return &Tencent{c}
}

func (t *Tencent) Name() string       { return "tencent" }
func (t *Tencent) KeepsContent() bool { return false }

// Send calls SendSms for msg.Phone (+86 added to an 11-digit number) with
// the purpose's template; the variables go in order as TemplateParamSet.
func (t *Tencent) Send(ctx context.Context, msg Message) error {
	tpl, err := t.template(msg.Purpose)
	if err != nil {
		return err
	}
	vals, err := t.values(msg)
	if err != nil {
		return err
	}
	phone := msg.Phone
	if !strings.HasPrefix(phone, "+") {
		phone = "+86" + phone
	}
	payload, err := json.Marshal(map[string]any{
		"PhoneNumberSet":   []string{phone},
		"SmsSdkAppId":      t.AppID,
		"SignName":         t.sign(msg),
		"TemplateId":       tpl,
		"TemplateParamSet": vals,
	})
	if err != nil {
		return err
	}
	u, err := url.Parse(t.Endpoint)
	if err != nil {
		return err
	}
	ts := t.now().Unix()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.Endpoint, bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", tencentContentType)
	req.Header.Set("X-TC-Action", "SendSms")
	req.Header.Set("X-TC-Version", "2021-01-11")
	req.Header.Set("X-TC-Timestamp", strconv.FormatInt(ts, 10))
	req.Header.Set("X-TC-Region", t.Region)
	req.Header.Set("Authorization", TC3Authorization(t.KeyID, t.Secret, "sms", u.Host, tencentContentType, ts, payload))

	res, err := t.client().Do(req)
	if err != nil {
		return fmt.Errorf("tencent SMS: %w", err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(res.Body, 64<<10))
	var body struct {
		Response struct {
			Error *struct{ Code, Message string }
			// One status per number: the service may accept the call
			// and still refuse the number.
			SendStatusSet []struct{ Code, Message, PhoneNumber string }
			RequestId     string
		}
	}
	if err := json.Unmarshal(raw, &body); err != nil {
		return fmt.Errorf("tencent SMS answered %d: %.300s", res.StatusCode, raw)
	}
	r := body.Response
	if r.Error != nil {
		return &GatewayError{Provider: "tencent", Code: r.Error.Code, Message: r.Error.Message, RequestID: r.RequestId}
	}
	if len(r.SendStatusSet) != 1 {
		return fmt.Errorf("tencent SMS answered %d without a send status: %.300s", res.StatusCode, raw)
	}
	if st := r.SendStatusSet[0]; !strings.EqualFold(st.Code, "Ok") {
		return &GatewayError{Provider: "tencent", Code: st.Code, Message: st.Message, RequestID: r.RequestId}
	}
	return nil
}

// TC3Authorization is the Authorization header of a Tencent Cloud API 3.0
// POST with a JSON body, per the documented TC3-HMAC-SHA256 algorithm
// (signed headers content-type and host):
//
//	CanonicalRequest = "POST\n/\n\n" "content-type:" ct "\nhost:" host "\n\n"
//	                   "content-type;host\n" hex(SHA256(payload))
//	StringToSign     = "TC3-HMAC-SHA256\n" timestamp "\n" date "/" service "/tc3_request\n"
//	                   hex(SHA256(CanonicalRequest))
//	SecretSigning    = HMAC(HMAC(HMAC("TC3" SecretKey, date), service), "tc3_request")
//	Signature        = hex(HMAC(SecretSigning, StringToSign))
//
// date is the UTC date of timestamp.
func TC3Authorization(secretID, secretKey, service, host, contentType string, timestamp int64, payload []byte) string {
	date := time.Unix(timestamp, 0).UTC().Format("2006-01-02")
	scope := date + "/" + service + "/tc3_request"
	sts := TC3StringToSign(service, host, contentType, timestamp, payload)
	k := hmacSHA256([]byte("TC3"+secretKey), date)
	k = hmacSHA256(k, service)
	k = hmacSHA256(k, "tc3_request")
	sig := hex.EncodeToString(hmacSHA256(k, sts))
	return "TC3-HMAC-SHA256 Credential=" + secretID + "/" + scope + ", SignedHeaders=content-type;host, Signature=" + sig
}

// TC3CanonicalRequest is step 1 of TC3-HMAC-SHA256 for a POST to "/".
func TC3CanonicalRequest(host, contentType string, payload []byte) string {
	return "POST\n/\n\n" +
		"content-type:" + strings.ToLower(contentType) + "\nhost:" + strings.ToLower(host) + "\n\n" +
		"content-type;host\n" + sha256Hex(payload)
}

// TC3StringToSign is step 2.
func TC3StringToSign(service, host, contentType string, timestamp int64, payload []byte) string {
	date := time.Unix(timestamp, 0).UTC().Format("2006-01-02")
	return "TC3-HMAC-SHA256\n" + strconv.FormatInt(timestamp, 10) + "\n" + date + "/" + service + "/tc3_request\n" +
		sha256Hex([]byte(TC3CanonicalRequest(host, contentType, payload)))
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func hmacSHA256(key []byte, msg string) []byte {
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(msg))
	return mac.Sum(nil)
}
