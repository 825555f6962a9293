package commerce

import (
	"database/sql"
	"errors"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
)

// 收款账户 (issue 13, finding 8): the platform's bank account that buyers
// transfer the payable to when they pay offline. An operator sets it on the
// 线下支付确认 page (PUT /api/smedx/payee); buyers read it on the order's
// 线下转账指引 (GET /api/smedx/payee, and instructions.payee of
// orders/{id}/pay). It is one row of platform_settings, written only here,
// so the checks and the audit trail cannot be bypassed except by a
// superuser in the dashboard.

// payeeSettingKey is the platform_settings key of the account.
const payeeSettingKey = "payee"

// Payee is the receiving account shown to buyers who transfer.
type Payee struct {
	Name    string `json:"name"`    // 收款单位
	Bank    string `json:"bank"`    // 开户银行
	Account string `json:"account"` // 收款账号, digits, spaces and dashes as printed on the bank's form
	Note    string `json:"note"`    // 说明, optional (cut-off times, what to write in the memo)
}

// payeeAccountPattern: 8–40 characters, digits grouped by spaces or dashes,
// starting and ending with a digit (the same rule the UI form shows).
var payeeAccountPattern = regexp.MustCompile(`^[0-9][0-9 -]{6,38}[0-9]$`)

// normalize trims what the operator typed; the inner spaces of the account
// are kept because buyers copy it as printed.
func (p *Payee) normalize() {
	p.Name = strings.TrimSpace(p.Name)
	p.Bank = strings.TrimSpace(p.Bank)
	p.Account = strings.TrimSpace(p.Account)
	p.Note = strings.TrimSpace(p.Note)
}

// validate returns the field errors of p, in Chinese, built per call.
func (p Payee) validate() validation.Errors {
	errs := validation.Errors{}
	text := func(field, label, value string, required bool, max int) {
		switch {
		case required && value == "":
			errs[field] = platform.Invalid("required", "请填写"+label)
		case len([]rune(value)) > max:
			errs[field] = platform.Invalid("too_long", label+"不能超过 "+strconv.Itoa(max)+" 个字")
		}
	}
	text("name", "收款单位", p.Name, true, 100)
	text("bank", "开户银行", p.Bank, true, 100)
	text("account", "收款账号", p.Account, true, 40)
	text("note", "说明", p.Note, false, 200)
	if errs["account"] == nil && !payeeAccountPattern.MatchString(p.Account) {
		errs["account"] = platform.Invalid("invalid_account", "收款账号为 8-40 位数字（可含空格或 -）")
	}
	return errs
}

// LoadPayee returns the account set by the operators, or nil when none is
// set yet (a deployment starts without one).
func LoadPayee(app core.App) (*Payee, error) {
	rec, err := app.FindFirstRecordByData("platform_settings", "key", payeeSettingKey)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var p Payee
	if err := rec.UnmarshalJSONField("value", &p); err != nil {
		return nil, err
	}
	if p.Name == "" || p.Account == "" {
		return nil, nil
	}
	return &p, nil
}

func registerPayee(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		// Buyers read it behind 订单管理 (where they pay), operators behind
		// 线下支付确认 (where it is set).
		se.Router.GET("/api/smedx/payee", getPayee).Bind(menus.Require(menus.Orders, menus.Payments))
		se.Router.PUT("/api/smedx/payee", putPayee).Bind(menus.Require(menus.Payments))
		return se.Next()
	})
}

// getPayee: enterprise users (who pay) and platform staff read the
// account; providers never transfer to the platform, so they are refused.
func getPayee(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	if !platform.HasRole(user, platform.RoleEnterprise, platform.RoleOperator, platform.RoleDepartment) {
		return platform.Error(http.StatusForbidden, "只有企业用户和平台人员可以查看收款账户")
	}
	p, err := LoadPayee(e.App)
	if err != nil {
		return err
	}
	if p == nil {
		return platform.Error(http.StatusNotFound, "平台尚未设置收款账户，请联系平台运营人员")
	}
	// The account may change; a cached copy could send money to the old one.
	e.Response.Header().Set("Cache-Control", "no-store")
	return e.JSON(http.StatusOK, p)
}

// putPayee: operators set the account; the change is audited with the
// previous value so a wrong account can be traced.
func putPayee(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	if !platform.HasRole(user, platform.RoleOperator) {
		return platform.Error(http.StatusForbidden, "只有运营人员可以设置收款账户")
	}
	var in Payee
	if err := e.BindBody(&in); err != nil {
		return platform.Error(http.StatusBadRequest, "请求数据格式不正确")
	}
	err = platform.RunTx(e.App, func(tx core.App) error {
		before, rec, err := SavePayee(tx, &in)
		if err != nil {
			return err
		}
		return platform.AuditRequest(tx, e, "payee_update", "platform_settings", rec.Id,
			map[string]any{"before": before, "after": in})
	})
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, in)
}

// SavePayee checks p (trimmed in place) and stores it as the platform's
// account, returning the account it replaced (nil when none). A bad p is a
// 400 naming the fields and stores nothing. The route and the demo data
// both use it, so neither can store an account the form would refuse.
func SavePayee(app core.App, p *Payee) (before *Payee, rec *core.Record, err error) {
	p.normalize()
	if errs := p.validate(); len(errs) > 0 {
		return nil, nil, platform.BadRequest(errs)
	}
	if before, err = LoadPayee(app); err != nil {
		return nil, nil, err
	}
	rec, err = app.FindFirstRecordByData("platform_settings", "key", payeeSettingKey)
	if err != nil {
		col, err := app.FindCachedCollectionByNameOrId("platform_settings")
		if err != nil {
			return nil, nil, err
		}
		rec = core.NewRecord(col)
		rec.Set("key", payeeSettingKey)
	}
	rec.Set("value", p)
	if err := app.Save(rec); err != nil {
		return nil, nil, err
	}
	return before, rec, nil
}
