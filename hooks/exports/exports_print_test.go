package exports_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// TestPrint renders the 订单确认单 and the 服务券凭证 per role.
func TestPrint(t *testing.T) {
	w := newWorld(t)
	f := w.f
	m := w.market()
	order := "/api/smedx/print/orders/" + m.paidOrder.Id
	voucher := "/api/smedx/print/vouchers/" + m.voucherA

	contains := func(t *testing.T, body []byte, want ...string) {
		t.Helper()
		for _, s := range want {
			if !strings.Contains(string(body), s) {
				t.Errorf("the page lacks %q", s)
			}
		}
	}
	lacks := func(t *testing.T, body []byte, unwanted ...string) {
		t.Helper()
		for _, s := range unwanted {
			if strings.Contains(string(body), s) {
				t.Errorf("the page shows %q", s)
			}
		}
	}

	t.Run("order confirmation", func(t *testing.T) {
		res := w.Do("GET", order, f.Operator, nil).Status(t, 200)
		if ct := res.Head.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") || res.Head.Get("Cache-Control") != "no-store" {
			t.Errorf("headers %v", res.Head)
		}
		ref := "TX" + m.paidOrder.GetString("order_no")[10:]
		contains(t, res.Body, "订单确认单", m.paidOrder.GetString("order_no"), "济南甲机械制造有限公司", "甲数字科技有限公司",
			"智能制造MES系统", "按年", "1,250.50", "¥2,501.00", "人民币贰仟伍佰零壹元整", // total
			"¥1,000.00", "人民币壹仟元整", // deduction
			"¥1,501.00", "人民币壹仟伍佰零壹元整", // payable, paid
			"通用券1", "线下对公转账", "已确认到账", ref, "@media print", "已交付")

		for _, u := range []*core.Record{f.EnterpriseA.Admin, f.EnterpriseA.Staff, f.Department} {
			w.Do("GET", order, u, nil).Status(t, 200)
		}
		// The provider prints it too, without the buyer's vouchers and bank reference.
		res = w.Do("GET", order, f.ProviderA.Staff, nil).Status(t, 200)
		contains(t, res.Body, "人民币贰仟伍佰零壹元整", "下单抵扣")
		lacks(t, res.Body, "通用券1", ref)

		for _, u := range []*core.Record{f.EnterpriseB.Admin, f.ProviderB.Admin} {
			w.Do("GET", order, u, nil).Status(t, 403)
		}
		w.Do("GET", order, nil, nil).Status(t, 401)
		w.Do("GET", "/api/smedx/print/orders/nosuchorder1234", f.Operator, nil).Status(t, 404)

		// A new tab sends no header: the token rides in the query.
		token, _ := f.EnterpriseA.Admin.NewAuthToken()
		w.Do("GET", order+"?token="+token, nil, nil).Status(t, 200)
		w.Do("GET", order+"?token=forged", nil, nil).Status(t, 401)

		res = w.Do("GET", "/api/smedx/print/orders/"+m.cancelled.Id, f.EnterpriseA.Admin, nil).Status(t, 200)
		contains(t, res.Body, `<div class="stamp">已取消</div>`, "取消原因：预算调整", "取消退回", "人民币贰佰伍拾元零伍角") // payable 250.50
		res = w.Do("GET", "/api/smedx/print/orders/"+m.other.Id, f.EnterpriseB.Admin, nil).Status(t, 200)
		contains(t, res.Body, "人民币玖佰玖拾玖元玖角玖分", "暂无支付记录")
	})

	t.Run("voucher certificate", func(t *testing.T) {
		res := w.Do("GET", voucher, f.EnterpriseA.Staff, nil).Status(t, 200)
		contains(t, res.Body, "服务券凭证", strings.ToUpper(m.voucherA), "通用券1", "2026年创新服务券第1期", "济南甲机械制造有限公司",
			"¥1,000.00", "人民币壹仟元整", "人民币零元整", // face, balance
			m.paidOrder.GetString("order_no"), "下单抵扣", "-1,000.00", `<div class="stamp">已用完</div>`)
		w.Do("GET", voucher, f.Operator, nil).Status(t, 200)
		w.Do("GET", voucher, f.Department, nil).Status(t, 200)
		for _, u := range []*core.Record{f.EnterpriseB.Admin, f.ProviderA.Admin} {
			w.Do("GET", voucher, u, nil).Status(t, 403)
		}
		w.Do("GET", voucher, nil, nil).Status(t, 401)
		res = w.Do("GET", "/api/smedx/print/vouchers/"+m.voucherA2, f.EnterpriseA.Admin, nil).Status(t, 200)
		contains(t, res.Body, "取消退回", "人民币壹仟元整")
		lacks(t, res.Body, `class="stamp"`)
	})
}
