package accounts

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"strings"
	"text/template"
	"time"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
	"smedx/templates"
)

// SMS codes (DESIGN §4): 6 digits, kept only as an HMAC, valid 5 minutes,
// burnt after 5 wrong tries or one use, at most one send per phone per
// minute, 10 per phone per Beijing day and SMSPerIPHour per client IP per
// hour (PocketBase's rate limiter adds a per-minute cap on the route).
//
// Account enumeration: for login and reset the answer says
// "该手机号未注册", for register "该手机号已注册", as Chinese government
// portals do; the per-IP caps bound how fast anyone can probe numbers.
const (
	SMSCodeTTL         = 5 * time.Minute
	SMSCodeMaxAttempts = 5
	SMSResendInterval  = 60 * time.Second
	SMSPerPhoneDay     = 10
	SMSPerIPHour       = 20
)

var smsPurposes = map[string]string{"login": "登录", "register": "注册", "reset": "找回密码"}

var smsTemplate = template.Must(template.ParseFS(templates.FS, "mail/sms_code.txt"))

func registerSMS(app core.App) {
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		if _, ok := e.App.Store().Get(smsSenderStoreKey).(SMSSender); !ok {
			s, err := NewSMSSenderFromEnv(e.App, os.Getenv)
			if err != nil {
				return err
			}
			if s.Name() == "log" {
				warning, err := checkLogSMSAllowed(e.App, os.Getenv)
				if err != nil {
					return err
				}
				e.App.Logger().Warn(warning)
				fmt.Fprintln(os.Stderr, "警告："+warning)
			}
			SetSMSSender(e.App, s)
		}
		e.Router.POST("/api/smedx/sms/code", sendSMSCode)
		e.Router.POST("/api/smedx/auth/sms", smsLogin)
		e.Router.POST("/api/smedx/auth/sms-reset", smsResetPassword)
		return e.Next()
	})
}

// smsCodeHash keys the code to its row and the server secret, so a leaked
// sms_codes table alone does not give codes away.
func smsCodeHash(app core.App, rowID, phone, code string) string {
	secret := "smedx"
	if users, err := app.FindCachedCollectionByNameOrId("users"); err == nil {
		secret = users.AuthToken.Secret
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(rowID + "|" + phone + "|" + code))
	return hex.EncodeToString(mac.Sum(nil))
}

func newSMSCode() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

func beijingMidnightUTC(now time.Time) time.Time {
	l := now.In(platform.China)
	return time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, platform.China).UTC()
}

func dbTime(t time.Time) string {
	dt, _ := types.ParseDateTime(t)
	return dt.String()
}

func findUserByPhone(app core.App, phone string) *core.Record {
	rec, err := app.FindFirstRecordByData("users", "phone", phone)
	if err != nil {
		return nil
	}
	return rec
}

func tooMany(msg string) error { return platform.Error(http.StatusTooManyRequests, msg) }

// sendSMSCode is POST /api/smedx/sms/code {phone, purpose}.
func sendSMSCode(e *core.RequestEvent) error {
	var body struct {
		Phone   string `json:"phone"`
		Purpose string `json:"purpose"`
	}
	if err := e.BindBody(&body); err != nil {
		return platform.Error(400, "无法读取提交的数据")
	}
	body.Phone = strings.TrimSpace(body.Phone)
	if body.Purpose == "" {
		body.Purpose = "login"
	}
	errs := validation.Errors{}
	if err := ValidatePhone(body.Phone); err != nil {
		errs["phone"] = err
	}
	purposeName, ok := smsPurposes[body.Purpose]
	if !ok {
		errs["purpose"] = platform.Invalid("purpose_invalid", "验证码用途无效，应为 login、register 或 reset")
	}
	if len(errs) > 0 {
		return platform.BadRequest(errs)
	}

	user := findUserByPhone(e.App, body.Phone)
	switch {
	case body.Purpose == "register" && user != nil:
		return platform.FieldError("phone", "phone_taken", "该手机号已注册，请直接登录")
	case body.Purpose != "register" && user == nil:
		return platform.FieldError("phone", "phone_unknown", "该手机号未注册")
	}

	code, err := newSMSCode()
	if err != nil {
		return err
	}
	ip := e.RealIP()
	now := time.Now()
	var row *core.Record
	err = e.App.RunInTransaction(func(tx core.App) error {
		var last struct {
			Created types.DateTime `db:"created"`
		}
		err := tx.DB().Select("created").From("sms_codes").Where(dbx.HashExp{"phone": body.Phone}).
			OrderBy("created DESC").Limit(1).One(&last)
		if err == nil && now.Sub(last.Created.Time()) < SMSResendInterval {
			wait := int((SMSResendInterval - now.Sub(last.Created.Time())).Seconds()) + 1
			return tooMany(fmt.Sprintf("验证码发送过于频繁，请 %d 秒后再试", wait))
		}
		var n int
		if err := tx.DB().Select("count(*)").From("sms_codes").
			Where(dbx.HashExp{"phone": body.Phone}).
			AndWhere(dbx.NewExp("created >= {:since}", dbx.Params{"since": dbTime(beijingMidnightUTC(now))})).
			Row(&n); err != nil {
			return err
		}
		if n >= SMSPerPhoneDay {
			return tooMany(fmt.Sprintf("该手机号今日获取验证码次数已达上限（%d 次），请明天再试", SMSPerPhoneDay))
		}
		if err := tx.DB().Select("count(*)").From("sms_codes").
			Where(dbx.HashExp{"ip": ip}).
			AndWhere(dbx.NewExp("created >= {:since}", dbx.Params{"since": dbTime(now.Add(-time.Hour))})).
			Row(&n); err != nil {
			return err
		}
		if n >= SMSPerIPHour {
			return tooMany("当前网络获取验证码过于频繁，请 1 小时后再试")
		}
		// Only the newest code of a phone and purpose is valid.
		if _, err := tx.DB().Update("sms_codes", dbx.Params{"used": true},
			dbx.HashExp{"phone": body.Phone, "purpose": body.Purpose, "used": false}).Execute(); err != nil {
			return err
		}
		col, err := tx.FindCachedCollectionByNameOrId("sms_codes")
		if err != nil {
			return err
		}
		row = core.NewRecord(col)
		row.Id = core.GenerateDefaultRandomId()
		row.Set("phone", body.Phone)
		row.Set("purpose", body.Purpose)
		row.Set("code_hash", smsCodeHash(tx, row.Id, body.Phone, code))
		row.Set("expires_at", now.Add(SMSCodeTTL))
		row.Set("attempts", 0)
		row.Set("used", false)
		row.Set("ip", ip)
		return tx.Save(row)
	})
	if err != nil {
		return err
	}

	sender := smsSender(e.App)
	var text bytes.Buffer
	if err := smsTemplate.Execute(&text, map[string]any{
		"Sign": smsSign(os.Getenv), "Purpose": purposeName, "Code": code, "Minutes": int(SMSCodeTTL.Minutes()),
	}); err != nil {
		return err
	}
	msg := SMSMessage{Phone: body.Phone, Purpose: body.Purpose, Content: text.String(), Sign: smsSign(os.Getenv),
		Code: code, Minutes: int(SMSCodeTTL.Minutes())}
	sendErr := sender.Send(e.Request.Context(), msg)

	outbox := msg.Content
	if !sender.KeepsContent() {
		outbox = strings.ReplaceAll(outbox, code, "******")
	}
	if err := saveOutbox(e.App, msg, outbox, sender.Name(), sendErr); err != nil {
		e.App.Logger().Error("sms outbox", "error", err)
	}
	if sendErr != nil {
		// A code nobody received must not hold the phone's limits.
		_ = e.App.Delete(row)
		e.App.Logger().Error("sms send failed", "provider", sender.Name(), "phone", body.Phone, "error", sendErr)
		return platform.Error(http.StatusBadGateway, "短信发送失败，请稍后再试")
	}
	return e.JSON(http.StatusOK, map[string]any{
		"sent": true, "expiresIn": int(SMSCodeTTL.Seconds()), "resendIn": int(SMSResendInterval.Seconds()),
	})
}

func saveOutbox(app core.App, msg SMSMessage, content, provider string, sendErr error) error {
	col, err := app.FindCachedCollectionByNameOrId("sms_outbox")
	if err != nil {
		return err
	}
	rec := core.NewRecord(col)
	rec.Set("phone", msg.Phone)
	rec.Set("purpose", msg.Purpose)
	rec.Set("content", content)
	rec.Set("provider", provider)
	rec.Set("status", "sent")
	if sendErr != nil {
		rec.Set("status", "failed")
		e := sendErr.Error()
		if len(e) > 500 {
			e = e[:500]
		}
		rec.Set("error", e)
	}
	return app.Save(rec)
}

// codeCheck is the outcome of checking a submitted code.
type codeCheck struct {
	ok      bool
	message string // for the "code" field when !ok
	wrong   bool   // a wrong guess (counts toward the lockout)
	rowID   string // the sms_codes row of a right code
}

// checkSMSCode verifies code for phone and purpose and burns the code on
// success or on the last wrong try. Its writes commit even when the code
// is wrong, so the caller returns the refusal after the transaction.
func checkSMSCode(app core.App, phone, purpose, code string) (codeCheck, error) {
	return verifySMSCode(app, phone, purpose, code, true)
}

// verifySMSCode is checkSMSCode; with burn false a right code stays valid
// (the caller burns it with burnSMSCode once the rest of the request
// passed), wrong tries count and burn it as usual.
func verifySMSCode(app core.App, phone, purpose, code string, burn bool) (codeCheck, error) {
	var res codeCheck
	err := app.RunInTransaction(func(tx core.App) error {
		rows, err := tx.FindRecordsByFilter("sms_codes", "phone = {:phone} && purpose = {:purpose} && used = false",
			"-created", 1, 0, dbx.Params{"phone": phone, "purpose": purpose})
		if err != nil {
			return err
		}
		if len(rows) == 0 || !rows[0].GetDateTime("expires_at").Time().After(time.Now()) {
			res.message = "验证码已失效，请重新获取"
			return nil
		}
		row := rows[0]
		if hmac.Equal([]byte(row.GetString("code_hash")), []byte(smsCodeHash(tx, row.Id, phone, code))) {
			res.ok, res.rowID = true, row.Id
			if !burn {
				return nil
			}
			row.Set("used", true)
			return tx.Save(row)
		}
		attempts := row.GetInt("attempts") + 1
		row.Set("attempts", attempts)
		res.wrong = true
		if attempts >= SMSCodeMaxAttempts {
			row.Set("used", true)
			res.message = "验证码错误次数过多，已失效，请重新获取"
		} else {
			res.message = fmt.Sprintf("验证码错误，还可尝试 %d 次", SMSCodeMaxAttempts-attempts)
		}
		return tx.Save(row)
	})
	return res, err
}

// burnSMSCode marks a verified code used, once: a second request with the
// same code (a race) finds it used and gets the expired answer.
func burnSMSCode(tx core.App, rowID string) error {
	res, err := tx.DB().Update("sms_codes", dbx.Params{"used": true}, dbx.HashExp{"id": rowID, "used": false}).Execute()
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return platform.FieldError("code", "code_expired", "验证码已失效，请重新获取")
	}
	return nil
}

func validateCode(code string) error {
	if code == "" {
		return platform.Invalid("code_required", "请输入验证码")
	}
	if len(code) != 6 || strings.Trim(code, "0123456789") != "" {
		return platform.Invalid("code_invalid", "验证码应为 6 位数字")
	}
	return nil
}

// checkPhoneAndCode is the form check of the routes that take an SMS code
// (login, password reset): both fields' errors at once.
func checkPhoneAndCode(phone, code string) error {
	errs := validation.Errors{}
	if err := ValidatePhone(phone); err != nil {
		errs["phone"] = err
	}
	if err := validateCode(code); err != nil {
		errs["code"] = err
	}
	if len(errs) > 0 {
		return platform.BadRequest(errs)
	}
	return nil
}

// smsLogin is POST /api/smedx/auth/sms {phone, code}; it answers like
// authWithPassword ({token, record}).
func smsLogin(e *core.RequestEvent) error {
	var body struct {
		Phone string `json:"phone"`
		Code  string `json:"code"`
	}
	if err := e.BindBody(&body); err != nil {
		return platform.Error(400, "无法读取提交的数据")
	}
	body.Phone, body.Code = strings.TrimSpace(body.Phone), strings.TrimSpace(body.Code)
	if err := checkPhoneAndCode(body.Phone, body.Code); err != nil {
		return err
	}
	// No lock check: a code sent to the phone is how the holder gets in
	// while someone else guesses passwords (see accounts_lockout.go).
	user := findUserByPhone(e.App, body.Phone)
	if user == nil {
		return loginRefusal(e, nil, attemptKey(nil, body.Phone), "sms", body.Phone, "phone", "该手机号未注册")
	}
	res, err := checkSMSCode(e.App, body.Phone, "login", body.Code)
	if err != nil {
		return err
	}
	if !res.ok {
		if res.wrong {
			return loginRefusal(e, user, attemptKey(user, ""), "sms", body.Phone, "code", res.message)
		}
		return platform.FieldError("code", "code_expired", res.message)
	}
	if err := clearFailures(e.App, attemptKey(user, ""), e.RealIP()); err != nil {
		return err
	}
	if err := loginSuccess(e.App, user); err != nil {
		return err
	}
	_ = platform.Audit(e.App, platform.AuditEntry{Actor: user, Action: "login", Collection: "users", RecordID: user.Id, IP: e.RealIP(),
		Detail: map[string]any{"method": "sms"}})
	return apis.RecordAuthResponse(e, user, core.MFAMethodOTP, nil)
}

// smsResetPassword is 找回密码: POST /api/smedx/auth/sms-reset
// {phone, code, password, passwordConfirm} with a "reset" code; the answer
// logs the user in. Order matters (issue 12, finding 1): the code is
// checked first, so a wrong code gets the same answer whatever the
// password (no oracle on the current or past passwords, and no bcrypt work
// for a guesser); wrong codes count toward the lockout like wrong
// passwords; only then the password rules and history. A right code stays
// valid until the new password is accepted, so a weak password does not
// cost the user a new SMS. An unknown phone gets the answer of a phone
// without a valid code. The route is rate limited per IP.
func smsResetPassword(e *core.RequestEvent) error {
	var body struct {
		Phone           string `json:"phone"`
		Code            string `json:"code"`
		Password        string `json:"password"`
		PasswordConfirm string `json:"passwordConfirm"`
	}
	if err := e.BindBody(&body); err != nil {
		return platform.Error(400, "无法读取提交的数据")
	}
	body.Phone, body.Code = strings.TrimSpace(body.Phone), strings.TrimSpace(body.Code)
	if err := checkPhoneAndCode(body.Phone, body.Code); err != nil {
		return err
	}
	user := findUserByPhone(e.App, body.Phone)
	if user == nil {
		return platform.FieldError("code", "code_expired", "验证码已失效，请重新获取")
	}
	res, err := verifySMSCode(e.App, body.Phone, "reset", body.Code, false)
	if err != nil {
		return err
	}
	if !res.ok {
		if res.wrong {
			return loginRefusal(e, user, attemptKey(user, ""), "sms_reset", body.Phone, "code", res.message)
		}
		return platform.FieldError("code", "code_expired", res.message)
	}

	// The code is right: now the new password.
	errs := validation.Errors{}
	if body.Password == "" {
		errs["password"] = platform.Invalid("password_required", "请输入新密码")
	} else if err := ValidatePassword(body.Password, user.GetString("username"), body.Phone); err != nil {
		errs["password"] = err
	}
	if body.PasswordConfirm != body.Password {
		errs["passwordConfirm"] = platform.Invalid("password_confirm_mismatch", "两次输入的新密码不一致")
	}
	if len(errs) > 0 {
		return platform.BadRequest(errs)
	}
	user.SetPassword(body.Password)
	err = e.App.RunInTransaction(func(tx core.App) error {
		if err := burnSMSCode(tx, res.rowID); err != nil {
			return err
		}
		if err := tx.Save(user); err != nil {
			return err
		}
		return platform.Audit(tx, platform.AuditEntry{Actor: user, Action: "password_reset", Collection: "users", RecordID: user.Id,
			IP: e.RealIP(), Detail: map[string]any{"via": "sms"}})
	})
	if err != nil {
		var verrs validation.Errors
		if errors.As(err, &verrs) {
			return platform.BadRequest(verrs)
		}
		return err
	}
	return apis.RecordAuthResponse(e, user, core.MFAMethodOTP, nil)
}
