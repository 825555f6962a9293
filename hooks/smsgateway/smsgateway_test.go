package smsgateway

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Alibaba Cloud's worked example of the RPC signature ("Request
// signatures" / 签名机制, ECS DescribeRegions): AccessKeyId testid,
// AccessKeySecret testsecret, signed with "testsecret&".
func TestAliyunSignatureDocExampleDescribeRegions(t *testing.T) {
	params := map[string]string{
		"Timestamp": "2016-02-23T12:46:24Z", "Format": "XML", "AccessKeyId": "testid", "Action": "DescribeRegions",
		"SignatureMethod": "HMAC-SHA1", "SignatureNonce": "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
		"Version": "2014-05-26", "SignatureVersion": "1.0",
	}
	wantSTS := "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML" +
		"%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf" +
		"%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26"
	if got := AliyunStringToSign("GET", params); got != wantSTS {
		t.Errorf("StringToSign\n got %s\nwant %s", got, wantSTS)
	}
	if got := AliyunSignature("GET", params, "testsecret"); got != "OLeaidS1JvxuMvnyHOwuJ+uX5qY=" {
		t.Errorf("Signature = %s, want OLeaidS1JvxuMvnyHOwuJ+uX5qY=", got)
	}
}

// Alibaba Cloud SMS's own worked example (SendSms, signature 阿里云短信测试专用,
// template SMS_71390007, AccessKeyId testId, secret testSecret): Chinese
// signature name and a JSON template parameter, both percent-encoded twice.
func TestAliyunSignatureDocExampleSendSms(t *testing.T) {
	params := map[string]string{
		"AccessKeyId": "testId", "Action": "SendSms", "Format": "XML", "OutId": "123", "PhoneNumbers": "15300000001",
		"RegionId": "cn-hangzhou", "SignName": "阿里云短信测试专用", "SignatureMethod": "HMAC-SHA1",
		"SignatureNonce": "45e25e9b-0a6f-4070-8c85-2956eda1b466", "SignatureVersion": "1.0",
		"TemplateCode": "SMS_71390007", "TemplateParam": `{"customer":"test"}`,
		"Timestamp": "2017-07-12T02:42:19Z", "Version": "2017-05-25",
	}
	if got := AliyunSignature("GET", params, "testSecret"); got != "zJDF+Lrzhj/ThnlvIToysFRq6t4=" {
		t.Errorf("Signature = %s, want zJDF+Lrzhj/ThnlvIToysFRq6t4=", got)
	}
	if !strings.Contains(AliyunStringToSign("GET", params), "SignName%3D%25E9%2598%25BF") {
		t.Error("the signature name is not encoded twice in the string to sign")
	}
}

// Tencent Cloud's worked example of TC3-HMAC-SHA256 ("Signature v3",
// CVM DescribeInstances, SecretId AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE,
// SecretKey Gu5t9xGARNpq86cd98joQYCN3EXAMPLE, timestamp 1551113065): every
// intermediate value the documentation prints.
func TestTC3DocExample(t *testing.T) {
	payload := []byte(`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`)
	const host, ts = "cvm.tencentcloudapi.com", 1551113065
	if got := sha256Hex(payload); got != "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064" {
		t.Errorf("HashedRequestPayload = %s", got)
	}
	wantCR := "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n" +
		"35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
	if got := TC3CanonicalRequest(host, tencentContentType, payload); got != wantCR {
		t.Errorf("CanonicalRequest\n got %q\nwant %q", got, wantCR)
	}
	wantSTS := "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"
	if got := TC3StringToSign("cvm", host, tencentContentType, ts, payload); got != wantSTS {
		t.Errorf("StringToSign\n got %q\nwant %q", got, wantSTS)
	}
	want := "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, " +
		"SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
	if got := TC3Authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "cvm", host, tencentContentType, ts, payload); got != want {
		t.Errorf("Authorization\n got %s\nwant %s", got, want)
	}
}

var fixedNow = time.Date(2026, 5, 1, 1, 2, 3, 0, time.UTC)

func testConfig(endpoint string) Config {
	return Config{
		KeyID: "kid", Secret: "ksecret", SignName: "山东省中小企业数字化转型平台",
		Templates:      map[string]string{"": "SMS_100", "reset": "SMS_200"},
		TemplateParams: []string{"code", "minutes"},
		Endpoint:       endpoint, AppID: "1400000001",
		Now: func() time.Time { return fixedNow }, Nonce: func() string { return "nonce-1" },
	}
}

func codeMsg(purpose string) Message {
	return Message{Phone: "13800000001", Purpose: purpose, Content: "验证码 123456", Params: map[string]string{"code": "123456", "minutes": "5"}}
}

// The Alibaba Cloud request as the service sees it: a signed form whose
// signature the stub recomputes from what it received.
func TestAliyunSendsSignedSendSms(t *testing.T) {
	var reply string
	var got url.Values
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
			t.Errorf("%s with %s", r.Method, r.Header.Get("Content-Type"))
		}
		if err := r.ParseForm(); err != nil {
			t.Fatal(err)
		}
		got = r.PostForm
		params := map[string]string{}
		for k := range got {
			params[k] = got.Get(k)
		}
		if sig := AliyunSignature(http.MethodPost, params, "ksecret"); sig != got.Get("Signature") {
			reply = `{"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation.","RequestId":"R0"}`
		}
		io.WriteString(w, reply)
	}))
	defer srv.Close()
	a := NewAliyun(testConfig(srv.URL + "/"))

	reply = `{"Message":"OK","RequestId":"R1","BizId":"B1","Code":"OK"}`
	if err := a.Send(context.Background(), codeMsg("login")); err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]string{
		"Action": "SendSms", "Version": "2017-05-25", "RegionId": "cn-hangzhou", "PhoneNumbers": "13800000001",
		"SignName": "山东省中小企业数字化转型平台", "TemplateCode": "SMS_100", "TemplateParam": `{"code":"123456","minutes":"5"}`,
		"Timestamp": "2026-05-01T01:02:03Z", "SignatureNonce": "nonce-1", "AccessKeyId": "kid", "Format": "JSON",
	} {
		if got.Get(k) != v {
			t.Errorf("%s = %q, want %q", k, got.Get(k), v)
		}
	}
	reply = `{"Message":"OK","Code":"OK"}`
	if err := a.Send(context.Background(), codeMsg("reset")); err != nil || got.Get("TemplateCode") != "SMS_200" {
		t.Errorf("reset template: %v %s", err, got.Get("TemplateCode"))
	}

	reply = `{"Message":"触发小时级流控Permits:5","RequestId":"R2","Code":"isv.BUSINESS_LIMIT_CONTROL"}`
	err := a.Send(context.Background(), codeMsg("login"))
	if !IsGatewayError(err) || !strings.Contains(err.Error(), "isv.BUSINESS_LIMIT_CONTROL") {
		t.Errorf("refusal: %v", err)
	}
	wrong := NewAliyun(testConfig(srv.URL + "/"))
	wrong.Secret = "other"
	if err := wrong.Send(context.Background(), codeMsg("login")); err == nil || !strings.Contains(err.Error(), "SignatureDoesNotMatch") {
		t.Errorf("a wrong secret must be refused by the stub: %v", err)
	}
	missing := codeMsg("login")
	delete(missing.Params, "minutes")
	if err := a.Send(context.Background(), missing); err == nil || !strings.Contains(err.Error(), "minutes") {
		t.Errorf("missing variable: %v", err)
	}
}

// The Tencent Cloud request: headers, JSON body, and an Authorization the
// stub recomputes from the received body and Host.
func TestTencentSendsSignedSendSms(t *testing.T) {
	var reply string
	var body map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		_ = json.Unmarshal(raw, &body)
		for k, v := range map[string]string{"Content-Type": tencentContentType, "X-TC-Action": "SendSms",
			"X-TC-Version": "2021-01-11", "X-TC-Region": "ap-guangzhou", "X-TC-Timestamp": strconv.FormatInt(fixedNow.Unix(), 10)} {
			if r.Header.Get(k) != v {
				t.Errorf("header %s = %q, want %q", k, r.Header.Get(k), v)
			}
		}
		ts, _ := strconv.ParseInt(r.Header.Get("X-TC-Timestamp"), 10, 64)
		if want := TC3Authorization("kid", "ksecret", "sms", r.Host, r.Header.Get("Content-Type"), ts, raw); r.Header.Get("Authorization") != want {
			reply = `{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"R0"}}`
		}
		io.WriteString(w, reply)
	}))
	defer srv.Close()
	tc := NewTencent(testConfig(srv.URL))

	reply = `{"Response":{"SendStatusSet":[{"SerialNo":"S1","PhoneNumber":"+8613800000001","Fee":1,"Code":"Ok","Message":"send success","IsoCode":"CN"}],"RequestId":"R1"}}`
	if err := tc.Send(context.Background(), codeMsg("register")); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(body)
	want := `{"PhoneNumberSet":["+8613800000001"],"SignName":"山东省中小企业数字化转型平台","SmsSdkAppId":"1400000001","TemplateId":"SMS_100","TemplateParamSet":["123456","5"]}`
	if string(b) != want {
		t.Errorf("body\n got %s\nwant %s", b, want)
	}

	reply = `{"Response":{"SendStatusSet":[{"PhoneNumber":"+8613800000001","Code":"LimitExceeded.PhoneNumberDailyLimit","Message":"the number of sms messages sent from a single mobile number every day exceeds the upper limit"}],"RequestId":"R2"}}`
	if err := tc.Send(context.Background(), codeMsg("login")); !IsGatewayError(err) || !strings.Contains(err.Error(), "PhoneNumberDailyLimit") {
		t.Errorf("per-number refusal: %v", err)
	}
	wrong := NewTencent(testConfig(srv.URL))
	wrong.Secret = "other"
	if err := wrong.Send(context.Background(), codeMsg("login")); !IsGatewayError(err) || !strings.Contains(err.Error(), "AuthFailure.SignatureFailure") {
		t.Errorf("a wrong secret must be refused by the stub: %v", err)
	}
}

func TestFromEnv(t *testing.T) {
	env := map[string]string{}
	get := func(k string) string { return env[k] }

	env["SMEDX_SMS_PROVIDER"] = "tencent"
	_, err := FromEnv(get)
	for _, name := range []string{"SMEDX_SMS_KEY", "SMEDX_SMS_SECRET", "SMEDX_SMS_SIGN", "SMEDX_SMS_TEMPLATE", "SMEDX_SMS_APP_ID"} {
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("missing %s not named: %v", name, err)
		}
	}
	env = map[string]string{"SMEDX_SMS_PROVIDER": "aliyun", "SMEDX_SMS_KEY": "k", "SMEDX_SMS_SECRET": "s",
		"SMEDX_SMS_SIGN": "签名", "SMEDX_SMS_TEMPLATE_LOGIN": "SMS_1", "SMEDX_SMS_TEMPLATE_REGISTER": "SMS_2"}
	if _, err := FromEnv(get); err == nil || !strings.Contains(err.Error(), "SMEDX_SMS_TEMPLATE_RESET") {
		t.Errorf("a purpose without template: %v", err)
	}
	env["SMEDX_SMS_TEMPLATE"] = "SMS_9"
	env["SMEDX_SMS_TEMPLATE_PARAMS"] = "code, minutes"
	s, err := FromEnv(get)
	if err != nil || s.Name() != "aliyun" || s.KeepsContent() {
		t.Fatalf("aliyun: %v", err)
	}
	a := s.(*Aliyun)
	if tp, _ := a.template("reset"); tp != "SMS_9" {
		t.Errorf("reset falls back to SMEDX_SMS_TEMPLATE, got %s", tp)
	}
	if tp, _ := a.template("login"); tp != "SMS_1" {
		t.Errorf("login template %s", tp)
	}
	if strings.Join(a.TemplateParams, ",") != "code,minutes" || a.Region != "cn-hangzhou" || a.Endpoint != "https://dysmsapi.aliyuncs.com/" {
		t.Errorf("config %+v", a.Config)
	}
	env["SMEDX_SMS_TEMPLATE_PARAMS"] = "code,amount"
	if _, err := FromEnv(get); err == nil || !strings.Contains(err.Error(), "amount") {
		t.Errorf("unknown variable: %v", err)
	}
	env["SMEDX_SMS_PROVIDER"] = "huawei"
	if _, err := FromEnv(get); err == nil {
		t.Error("unknown provider accepted")
	}
}
