package commerce_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

// 收款账户: operators set it, buyers and staff read it, and the offline
// pay instructions carry it; everyone else is refused and bad input
// changes nothing.
func TestPayeeSetReadAndPayInstructions(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	const path = "/api/smedx/payee"
	buyer := f.EnterpriseA.Admin

	// Nothing set yet: a 404 that says so, for a reader that may see it.
	a.Do("GET", path, nil, nil).Status(t, 401)
	a.Do("GET", path, f.ProviderA.Admin, nil).Status(t, 403)
	if res := a.Do("GET", path, buyer, nil).Status(t, 404); !res.Contains("尚未设置收款账户") {
		t.Fatalf("unset payee: %s", res.Body)
	}

	good := map[string]any{"name": " 山东省中小企业数字化转型促进中心 ", "bank": "中国工商银行济南历下支行",
		"account": "1602 0012 0910 0123 456", "note": "工作日 16:00 前到账当日确认"}
	// Only operators write it.
	for _, u := range []*core.Record{nil, buyer, f.EnterpriseA.Staff, f.ProviderA.Admin, f.Department, f.ExpertA} {
		code := a.Do("PUT", path, u, good).Code
		if code != 401 && code != 403 {
			t.Fatalf("PUT payee as %v: %d", u, code)
		}
	}

	// Bad input: 400 naming each field in Chinese, nothing stored.
	bad := []struct {
		body        map[string]any
		field, want string
	}{
		{map[string]any{"bank": "工行", "account": "12345678"}, "name", "请填写收款单位"},
		{map[string]any{"name": "中心", "account": "12345678"}, "bank", "请填写开户银行"},
		{map[string]any{"name": "中心", "bank": "工行"}, "account", "请填写收款账号"},
		{map[string]any{"name": "中心", "bank": "工行", "account": "12ab5678"}, "account", "8-40 位数字"},
		{map[string]any{"name": "中心", "bank": "工行", "account": "1234567"}, "account", "8-40 位数字"},
		{map[string]any{"name": strings.Repeat("中", 101), "bank": "工行", "account": "12345678"}, "name", "不能超过 100 个字"},
		{map[string]any{"name": "中心", "bank": "工行", "account": "12345678", "note": strings.Repeat("说", 201)}, "note", "不能超过 200 个字"},
	}
	for _, c := range bad {
		res := a.Do("PUT", path, f.Operator, c.body).Status(t, 400)
		if msg := res.FieldError(c.field); !strings.Contains(msg, c.want) {
			t.Fatalf("%v: %s error %q, want %q (%s)", c.body, c.field, msg, c.want, res.Body)
		}
	}
	if n := smedxtest.CountRecords(t, a, "platform_settings", "", nil); n != 0 {
		t.Fatalf("refused writes stored %d settings", n)
	}

	saved := a.Do("PUT", path, f.Operator, good).Status(t, 200).JSON(t)
	if saved["name"] != "山东省中小企业数字化转型促进中心" || saved["account"] != "1602 0012 0910 0123 456" {
		t.Fatalf("saved payee %v", saved)
	}
	for _, u := range []*core.Record{buyer, f.EnterpriseB.Staff, f.Operator, f.Department} {
		got := a.Do("GET", path, u, nil).Status(t, 200).JSON(t)
		if got["bank"] != "中国工商银行济南历下支行" || got["note"] != "工作日 16:00 前到账当日确认" {
			t.Fatalf("payee read by %s: %v", u.GetString("username"), got)
		}
	}
	// An enterprise user without 订单管理 pays nothing, so reads nothing.
	limited := a.NewUser("payee_limited", "enterprise", f.EnterpriseA.Enterprise, false)
	limited.Set("menus", []string{"my_reviews"})
	if err := a.Save(limited); err != nil {
		t.Fatal(err)
	}
	a.Do("GET", path, limited, nil).Status(t, 403)

	// A second save replaces the first (one row) and both are audited.
	good["account"] = "6222-0200-1234-5678"
	a.Do("PUT", path, f.Operator, good).Status(t, 200)
	if n := smedxtest.CountRecords(t, a, "platform_settings", "key = 'payee'", nil); n != 1 {
		t.Fatalf("%d payee rows", n)
	}
	if n := smedxtest.CountRecords(t, a, "audit_logs", "action = 'payee_update'", nil); n != 2 {
		t.Fatalf("%d payee_update audit rows, want 2", n)
	}
	// The settings collection itself is closed to every SDK path.
	for _, u := range []*core.Record{nil, buyer, f.Operator} {
		res := a.Do("GET", "/api/collections/platform_settings/records", u, nil)
		if res.Code == 200 {
			t.Fatalf("platform_settings listed for %v: %s", u, res.Body)
		}
		res = a.Do("POST", "/api/collections/platform_settings/records", u, map[string]any{"key": "payee", "value": map[string]any{"name": "x", "account": "1"}})
		if res.Code < 400 {
			t.Fatalf("platform_settings created by %v", u)
		}
	}

	// The offline pay instructions carry the account.
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "MES", nil, 30000)
	order := a.Do("POST", "/api/smedx/orders/checkout", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}).
		Status(t, 200).JSON(t)["orders"].([]any)[0].(map[string]any)
	pay := a.Do("POST", "/api/smedx/orders/"+order["id"].(string)+"/pay", buyer, map[string]any{"method": "offline"}).Status(t, 200).JSON(t)
	ins := pay["instructions"].(map[string]any)
	payee, _ := ins["payee"].(map[string]any)
	if payee["account"] != "6222-0200-1234-5678" || payee["name"] != "山东省中小企业数字化转型促进中心" ||
		!strings.Contains(ins["message"].(string), "6222-0200-1234-5678") {
		t.Fatalf("pay instructions %v", ins)
	}
}

// Before an operator sets the account, paying offline still works and the
// instructions say whom to ask.
func TestPayInstructionsWithoutPayee(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	buyer := f.EnterpriseA.Admin
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "MES", nil, 30000)
	order := a.Do("POST", "/api/smedx/orders/checkout", buyer, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}).
		Status(t, 200).JSON(t)["orders"].([]any)[0].(map[string]any)
	ins := a.Do("POST", "/api/smedx/orders/"+order["id"].(string)+"/pay", buyer, nil).Status(t, 200).JSON(t)["instructions"].(map[string]any)
	if ins["payee"] != nil || !strings.Contains(ins["message"].(string), "尚未设置收款账户") {
		t.Fatalf("instructions without a payee %v", ins)
	}
}
