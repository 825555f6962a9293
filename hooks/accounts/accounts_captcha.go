package accounts

import (
	"bytes"
	"net/http"
	"strings"

	"github.com/dchest/captcha"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cast"

	"smedx/hooks/platform"
)

// The image captcha of the password login (see the lockout policy in
// accounts_lockout.go): GET /api/smedx/captcha gives a fresh id and the
// URL of its PNG; the login then sends {captchaId, captcha} with the
// identity and password. Codes live in dchest/captcha's in-memory store
// (10 minutes, one verification each, bounded in size), which suits one
// server process; the per-IP rate limit caps how fast anyone mints them.
const (
	captchaLength = 4
	captchaWidth  = 160
	captchaHeight = 60
)

func registerCaptcha(app core.App) {
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		e.Router.GET("/api/smedx/captcha", newCaptcha)
		e.Router.GET("/api/smedx/captcha/{file}", captchaImage)
		return e.Next()
	})
}

func newCaptcha(e *core.RequestEvent) error {
	id := captcha.NewLen(captchaLength)
	e.Response.Header().Set("Cache-Control", "no-store")
	return e.JSON(http.StatusOK, map[string]string{"id": id, "url": "/api/smedx/captcha/" + id + ".png"})
}

func captchaImage(e *core.RequestEvent) error {
	id := strings.TrimSuffix(e.Request.PathValue("file"), ".png")
	var buf bytes.Buffer
	if err := captcha.WriteImage(&buf, id, captchaWidth, captchaHeight); err != nil {
		return platform.Error(http.StatusNotFound, "图形验证码已失效，请刷新")
	}
	e.Response.Header().Set("Cache-Control", "no-store")
	return e.Blob(http.StatusOK, "image/png", buf.Bytes())
}

// checkCaptcha verifies the captcha of a login body; "" when it is right,
// else the message for the captcha field. A captcha is good for one try.
func checkCaptcha(body map[string]any) string {
	id, digits := cast.ToString(body["captchaId"]), strings.TrimSpace(cast.ToString(body["captcha"]))
	if id == "" || digits == "" {
		return "请输入图形验证码"
	}
	if !captcha.VerifyString(id, digits) {
		return "图形验证码错误，请重新输入"
	}
	return ""
}
