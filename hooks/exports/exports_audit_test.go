package exports_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

type historyEvent struct {
	Time      string `json:"time"`
	Kind      string `json:"kind"`
	Title     string `json:"title"`
	Detail    string `json:"detail"`
	Actor     string `json:"actor"`
	IP        string `json:"ip"`
	AmountFen *int   `json:"amount_fen"`
	Result    string `json:"result"`
}

type historyResponse struct {
	Title string         `json:"title"`
	Items []historyEvent `json:"items"`
}

func (w *world) history(user *core.Record, collection, id string) (*historyResponse, int) {
	w.T.Helper()
	res := w.Do("GET", "/api/smedx/audit?collection="+collection+"&record="+id, user, nil)
	if res.Code != 200 {
		return nil, res.Code
	}
	var out historyResponse
	res.Decode(w.T, &out)
	return &out, 200
}

// titles lists "title|actor|amount" of the events, in order, and checks
// they are sorted by time.
func titles(t *testing.T, h *historyResponse) []string {
	t.Helper()
	var out []string
	for i, ev := range h.Items {
		if i > 0 && ev.Time < h.Items[i-1].Time {
			t.Errorf("events out of order: %v", h.Items)
		}
		s := ev.Title
		if ev.AmountFen != nil {
			s += "|" + yuanText(*ev.AmountFen)
		}
		out = append(out, s)
	}
	return out
}

func find(h *historyResponse, title string) *historyEvent {
	for i := range h.Items {
		if h.Items[i].Title == title {
			return &h.Items[i]
		}
	}
	return nil
}

// TestHistory reads one record's history (GET /api/smedx/audit?collection=
// &record=) per role: merged, time ordered, audit rows folded into the
// steps they record, IPs for staff only, refusals for other tenants.
func TestHistory(t *testing.T) {
	w := newWorld(t)
	f := w.f
	m := w.market()
	cert := w.certification()
	buyer := f.EnterpriseA.Admin.GetString("name")

	t.Run("order: payment and voucher spend", func(t *testing.T) {
		h, code := w.history(f.Operator, "orders", m.paidOrder.Id)
		if code != 200 {
			t.Fatalf("status %d", code)
		}
		want := []string{"下单", "服务券下单抵扣：通用券1|-1000.00", "提交支付（线下对公转账）|1501.00", "确认到账|1501.00", "订单已支付", "服务商已交付"}
		if got := titles(t, h); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("order history\n got  %q\n want %q", got, want)
		}
		if h.Title != "订单 "+m.paidOrder.GetString("order_no") {
			t.Errorf("title %q", h.Title)
		}
		// The audit rows of 确认到账 and 发货 gave those steps their actor and IP.
		if ev := find(h, "确认到账"); ev.Actor != "t_operator" || ev.IP == "" {
			t.Errorf("确认到账: %+v", ev)
		}
		if ev := find(h, "服务商已交付"); ev.Actor != f.ProviderA.Admin.GetString("username") || ev.IP == "" {
			t.Errorf("发货: %+v", ev)
		}
		if ev := find(h, "下单"); ev.Actor != buyer || !strings.Contains(ev.Detail, "服务券抵扣 ¥1,000.00") {
			t.Errorf("下单: %+v", ev)
		}

		h, _ = w.history(f.Department, "orders", m.cancelled.Id)
		want = []string{"下单", "服务券下单抵扣：通用券1|-1000.00", "订单已取消", "服务券取消退回：通用券1|1000.00"}
		got := titles(t, h)
		if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
			t.Errorf("cancelled order history %q", got)
		}
		for _, s := range want {
			if !strings.Contains(strings.Join(got, ","), s) {
				t.Errorf("cancelled order history %q lacks %q", got, s)
			}
		}
		if ev := find(h, "订单已取消"); ev.Detail != "原因：预算调整" || ev.Actor != f.EnterpriseA.Admin.GetString("username") {
			t.Errorf("取消: %+v", ev)
		}
	})

	t.Run("order: owners on both sides, nobody else", func(t *testing.T) {
		for _, u := range []*core.Record{f.EnterpriseA.Admin, f.EnterpriseA.Staff} {
			h, code := w.history(u, "orders", m.paidOrder.Id)
			if code != 200 {
				t.Fatalf("%s: %d", u.GetString("username"), code)
			}
			for _, ev := range h.Items {
				if ev.IP != "" {
					t.Errorf("a tenant sees an IP: %+v", ev)
				}
			}
			if find(h, "服务券下单抵扣：通用券1") == nil {
				t.Errorf("the buyer sees which voucher paid: %q", titles(t, h))
			}
		}
		h, code := w.history(f.ProviderA.Staff, "orders", m.paidOrder.Id)
		if code != 200 || find(h, "服务券下单抵扣") == nil || find(h, "确认到账") == nil {
			t.Errorf("provider: %d %v", code, h)
		}
		for _, u := range []*core.Record{f.EnterpriseB.Admin, f.ProviderB.Admin, f.ExpertB} {
			if _, code := w.history(u, "orders", m.paidOrder.Id); code != 403 {
				t.Errorf("%s reads another tenant's order history: %d", u.GetString("username"), code)
			}
		}
		if _, code := w.history(nil, "orders", m.paidOrder.Id); code != 401 {
			t.Errorf("anonymous: %d", code)
		}
	})

	t.Run("voucher", func(t *testing.T) {
		h, code := w.history(f.EnterpriseA.Staff, "vouchers", m.voucherA2)
		if code != 200 {
			t.Fatalf("status %d", code)
		}
		no := m.cancelled.GetString("order_no")
		want := []string{"领取服务券", "服务券下单抵扣（订单 " + no + "）|-1000.00", "服务券取消退回（订单 " + no + "）|1000.00"}
		if got := titles(t, h); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("voucher history\n got  %q\n want %q", got, want)
		}
		if _, code := w.history(f.EnterpriseB.Admin, "vouchers", m.voucherA2); code != 403 {
			t.Errorf("other tenant: %d", code)
		}
		if _, code := w.history(f.ProviderA.Admin, "vouchers", m.voucherA2); code != 403 {
			t.Errorf("the provider reads the buyer's voucher: %d", code)
		}
	})

	t.Run("applications and enterprise", func(t *testing.T) {
		apps, _ := w.FindRecordsByFilter("applications", `enterprise = "`+cert.Enterprise.Id+`"`, "created", 0, 0)
		h, code := w.history(f.Operator, "applications", apps[0].Id)
		if code != 200 {
			t.Fatalf("status %d", code)
		}
		if got := titles(t, h); strings.Join(got, ",") != "提交企业认证申请,运营初审 驳回" {
			t.Errorf("rejected application: %q", got)
		}
		if ev := find(h, "提交企业认证申请"); ev.IP == "" || ev.Actor != cert.Admin.GetString("username") {
			t.Errorf("the submission's audit row was not folded in: %+v", ev)
		}
		if ev := find(h, "运营初审 驳回"); ev.Detail != "营业执照不清晰" || ev.Result != "failure" || ev.IP == "" {
			t.Errorf("decision: %+v", ev)
		}

		h, code = w.history(cert.Admin, "enterprises", cert.Enterprise.Id)
		if code != 200 {
			t.Fatalf("owner: %d", code)
		}
		want := "注册企业用户,提交企业认证申请,运营初审 驳回,提交企业认证申请,运营初审 通过"
		if got := titles(t, h); strings.Join(got, ",") != want {
			t.Errorf("enterprise history %q", got)
		}
		if _, code := w.history(f.EnterpriseA.Admin, "enterprises", cert.Enterprise.Id); code != 403 {
			t.Errorf("another tenant: %d", code)
		}
		// A user of the tenant who is not its admin reads what the
		// applications rule lets him read: not the admin's applications.
		if _, code := w.history(cert.Staff, "applications", apps[0].Id); code != 403 {
			t.Errorf("a tenant user reads the admin's application history: %d", code)
		}
		w.Do("GET", "/api/collections/applications/records/"+apps[0].Id, cert.Staff, nil).Status(t, 404)
		h, code = w.history(cert.Staff, "enterprises", cert.Enterprise.Id)
		if code != 200 || find(h, "运营初审 驳回") != nil || find(h, "注册企业用户") == nil {
			t.Errorf("tenant user's enterprise history: %d %q", code, titles(t, h))
		}
		if _, code := w.history(f.Department, "applications", apps[1].Id); code != 200 {
			t.Errorf("department: %d", code)
		}
	})

	t.Run("product", func(t *testing.T) {
		p, _ := w.FindFirstRecordByData("products", "name", "智能制造MES系统")
		h, code := w.history(f.ProviderA.Staff, "products", p.Id)
		if code != 200 || strings.Join(titles(t, h), ",") != "创建商品,商品已上架" {
			t.Errorf("product history %d %v", code, h)
		}
		if _, code := w.history(f.ProviderB.Admin, "products", p.Id); code != 403 {
			t.Errorf("another provider: %d", code)
		}
	})

	t.Run("bad requests", func(t *testing.T) {
		w.Do("GET", "/api/smedx/audit?collection=users&record="+f.Operator.Id, f.Operator, nil).Status(t, 400)
		w.Do("GET", "/api/smedx/audit?record="+m.paidOrder.Id, f.Operator, nil).Status(t, 400)
		w.Do("GET", "/api/smedx/audit?collection=orders&record=nosuchorder1234", f.Operator, nil).Status(t, 404)
	})
}

type logResponse struct {
	TotalItems int `json:"totalItems"`
	Items      []struct {
		ID              string `json:"id"`
		ActorName       string `json:"actor_name"`
		ActorRoleLabel  string `json:"actor_role_label"`
		Action          string `json:"action"`
		ActionLabel     string `json:"action_label"`
		Collection      string `json:"collection"`
		CollectionLabel string `json:"collection_label"`
		Record          string `json:"record"`
		RecordLabel     string `json:"record_label"`
		IP              string `json:"ip"`
		Result          string `json:"result"`
		ResultLabel     string `json:"result_label"`
		Summary         string `json:"summary"`
		Time            string `json:"time"`
	} `json:"items"`
	Actions []struct {
		Code  string `json:"code"`
		Label string `json:"label"`
	} `json:"actions"`
}

// TestOperationLog drives the 操作日志 (GET /api/smedx/audit with filters).
func TestOperationLog(t *testing.T) {
	w := newWorld(t)
	f := w.f
	m := w.market()
	w.certification()
	// A refused export: an audit row whose result is a failure.
	w.Do("GET", "/api/smedx/exports/vouchers.xlsx", f.EnterpriseA.Admin, nil).Status(t, 403)

	get := func(user *core.Record, params url.Values) (*logResponse, int, string) {
		res := w.Do("GET", "/api/smedx/audit?"+params.Encode(), user, nil)
		if res.Code != 200 {
			return nil, res.Code, string(res.Body)
		}
		var out logResponse
		res.Decode(t, &out)
		return &out, 200, ""
	}

	all, code, _ := get(f.Operator, url.Values{})
	if code != 200 || all.TotalItems != 8 || len(all.Items) != 8 {
		t.Fatalf("log: %d %+v", code, all)
	}
	for i := 1; i < len(all.Items); i++ {
		if all.Items[i].Time > all.Items[i-1].Time {
			t.Errorf("not newest first")
		}
	}
	oldest, _, _ := get(f.Operator, url.Values{"sort": {"created"}})
	if oldest == nil || len(oldest.Items) != 8 || oldest.Items[0].ID != all.Items[7].ID || oldest.Items[7].ID != all.Items[0].ID {
		t.Errorf("sort=created is not oldest first")
	}
	if other, _, _ := get(f.Operator, url.Values{"sort": {"ip"}}); other == nil || other.Items[0].ID != all.Items[0].ID {
		t.Errorf("a sort other than created must fall back to newest first")
	}
	if _, code, _ := get(f.Department, url.Values{}); code != 200 {
		t.Errorf("department: %d", code)
	}
	for _, u := range []*core.Record{f.EnterpriseA.Admin, f.ProviderA.Admin, f.ExpertA} {
		if _, code, _ := get(u, url.Values{}); code != 403 {
			t.Errorf("%s reads the log: %d", u.GetString("username"), code)
		}
	}
	if _, code, _ := get(nil, url.Values{}); code != 401 {
		t.Errorf("anonymous: %d", code)
	}

	cancel, _, _ := get(f.Operator, url.Values{"action": {"order_cancel"}})
	if cancel.TotalItems != 1 {
		t.Fatalf("action filter: %+v", cancel)
	}
	c := cancel.Items[0]
	if c.ActionLabel != "取消订单" || c.CollectionLabel != "订单" || c.RecordLabel != m.cancelled.GetString("order_no") ||
		c.Record != m.cancelled.Id || c.ActorRoleLabel != "企业用户" || c.IP == "" || c.ResultLabel != "成功" || c.Summary != "原因：预算调整" {
		t.Errorf("order_cancel entry: %+v", c)
	}
	pay, _, _ := get(f.Operator, url.Values{"collection": {"payments"}})
	if pay.TotalItems != 1 || pay.Items[0].RecordLabel != m.paidOrder.GetString("order_no") || pay.Items[0].Summary != "金额 ¥1,501.00" {
		t.Errorf("collection filter: %+v", pay)
	}
	ops, _, _ := get(f.Operator, url.Values{"actor": {f.Operator.Id}})
	byName, _, _ := get(f.Operator, url.Values{"actor": {"operat"}})
	if ops.TotalItems != 3 || byName.TotalItems != 3 { // 确认到账, 驳回, 通过
		t.Errorf("actor filter: %d by id, %d by name", ops.TotalItems, byName.TotalItems)
	}
	failed, _, _ := get(f.Operator, url.Values{"result": {"failure"}})
	if failed.TotalItems != 1 || failed.Items[0].Action != "export" || failed.Items[0].ResultLabel != "失败" {
		t.Errorf("result filter: %+v", failed)
	}
	two, _, _ := get(f.Operator, url.Values{"action": {"certification_submit,application_approve,application_reject"}, "perPage": {"2"}, "page": {"2"}})
	if two.TotalItems != 4 || len(two.Items) != 2 {
		t.Errorf("paging: %d total, %d items", two.TotalItems, len(two.Items))
	}

	china := time.FixedZone("CST", 8*3600)
	today := time.Now().In(china).Format("2006-01-02")
	tomorrow := time.Now().In(china).AddDate(0, 0, 1).Format("2006-01-02")
	yesterday := time.Now().In(china).AddDate(0, 0, -1).Format("2006-01-02")
	for _, c := range []struct {
		from, to string
		want     int
	}{{today, today, 8}, {tomorrow, "", 0}, {"", yesterday, 0}, {yesterday, tomorrow, 8}} {
		got, code, body := get(f.Operator, url.Values{"from": {c.from}, "to": {c.to}})
		if code != 200 || got.TotalItems != c.want {
			t.Errorf("from %q to %q: %d %v %s", c.from, c.to, code, got, body)
		}
	}
	for _, c := range []struct{ params, field string }{
		{"from=2026-13-01", "from"}, {"to=昨天", "to"}, {"from=" + today + "&to=" + yesterday, "to"}, {"result=maybe", "result"},
	} {
		res := w.Do("GET", "/api/smedx/audit?"+c.params, f.Operator, nil)
		if res.Code != 400 {
			t.Errorf("%s: status %d", c.params, res.Code)
			continue
		}
		if msg := res.FieldError(c.field); msg == "" {
			t.Errorf("%s: %s", c.params, res.Body)
		}
	}
	found := false
	for _, a := range all.Actions {
		found = found || (a.Code == "payment_confirm" && a.Label == "确认到账")
	}
	if !found {
		t.Errorf("actions: %v", all.Actions)
	}
}
