package console_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

type page[T any] struct {
	Page       int `json:"page"`
	PerPage    int `json:"perPage"`
	TotalItems int `json:"totalItems"`
	TotalPages int `json:"totalPages"`
	Items      []T `json:"items"`
}

func list[T any](t *testing.T, s *statsFixture, path string, user *core.Record) page[T] {
	t.Helper()
	var p page[T]
	s.get(t, path, user, 200, &p)
	return p
}

// TestConsoleLists checks the management lists on the statistics fixture.
func TestConsoleLists(t *testing.T) {
	s := newStatsFixture(t)
	t.Run("enterprises", func(t *testing.T) { consoleEnterprises(t, s) })
	t.Run("products", func(t *testing.T) { consoleProducts(t, s) })
	t.Run("orders", func(t *testing.T) { consoleOrders(t, s) })
	t.Run("vouchers", func(t *testing.T) { consoleVouchers(t, s) })
	t.Run("staff", func(t *testing.T) { consoleStaff(t, s) })
	t.Run("meta", func(t *testing.T) {
		var meta map[string]any
		s.get(t, "/api/smedx/console/meta", s.f.Department, 200, &meta)
		if len(meta["cities"].([]any)) != 16 || len(meta["activities"].([]any)) != 1 || meta["role"] != "department" {
			t.Fatalf("meta: cities %d activities %v role %v", len(meta["cities"].([]any)), meta["activities"], meta["role"])
		}
		s.a.Do("GET", "/api/smedx/console/meta", s.f.ProviderA.Admin, nil).Status(t, 403)
	})
}

type entRow struct {
	ID              string `json:"id"`
	Name            string `json:"name"`
	Kind            string `json:"kind"`
	KindLabel       string `json:"kind_label"`
	CertStatusLabel string `json:"cert_status_label"`
	City            string `json:"city"`
	CityLabel       string `json:"city_label"`
	IndustryLabel   string `json:"industry_label"`
	AdminName       string `json:"admin_name"`
	AdminPhone      string `json:"admin_phone"`
	UsersCount      int    `json:"users_count"`
	ListedProducts  int    `json:"listed_products"`
}

func consoleEnterprises(t *testing.T, s *statsFixture) {
	f := s.f
	base := "/api/smedx/console/enterprises"
	all := list[entRow](t, s, base, f.Operator)
	if all.TotalItems != 6 || len(all.Items) != 6 {
		t.Fatalf("all enterprises: %d", all.TotalItems)
	}
	p := list[entRow](t, s, base+"?kind=enterprise&city=370100", f.Operator)
	if p.TotalItems != 1 || p.Items[0].ID != f.EnterpriseA.Enterprise.Id {
		t.Fatalf("city filter: %+v", p)
	}
	r := p.Items[0]
	if r.KindLabel != "企业用户" || r.CertStatusLabel != "审批通过" || r.CityLabel != "济南市" || r.IndustryLabel != "制造业" ||
		r.AdminPhone != f.EnterpriseA.Admin.GetString("phone") || r.UsersCount != 2 {
		t.Fatalf("row: %+v", r)
	}
	if p := list[entRow](t, s, base+"?industry=F", f.Operator); p.TotalItems != 1 || p.Items[0].ID != f.EnterpriseB.Enterprise.Id {
		t.Fatalf("industry filter: %+v", p)
	}
	if p := list[entRow](t, s, base+"?kind=provider&sort=-listed_products&perPage=1", f.Operator); p.TotalItems != 3 || p.TotalPages != 3 ||
		p.Items[0].ID != f.ProviderA.Enterprise.Id || p.Items[0].ListedProducts != 2 {
		t.Fatalf("sort by listed products: %+v", p)
	}
	if p := list[entRow](t, s, base+"?q="+f.EnterpriseB.Enterprise.GetString("credit_code"), f.Operator); p.TotalItems != 1 {
		t.Fatalf("search by credit code: %d", p.TotalItems)
	}
	if p := list[entRow](t, s, base+"?q=%25", f.Operator); p.TotalItems != 0 {
		t.Fatalf("%% is searched literally, got %d", p.TotalItems)
	}
	if p := list[entRow](t, s, base+"?cert_status=pending", f.Operator); p.TotalItems != 2 {
		t.Fatalf("cert_status filter: %d", p.TotalItems)
	}
	s.a.Do("GET", base+"?sort=password", f.Operator, nil).Status(t, 400)

	// The department reads the tenants, not the people.
	d := list[entRow](t, s, base+"?kind=enterprise&city=370100", f.Department)
	if d.Items[0].AdminPhone != "" || d.Items[0].AdminName == "" {
		t.Fatalf("department row: %+v", d.Items[0])
	}
	for _, u := range []*core.Record{f.ProviderA.Admin, f.EnterpriseA.Admin} {
		s.a.Do("GET", base, u, nil).Status(t, 403)
	}
	var detail map[string]any
	s.get(t, base+"/"+f.ProviderA.Enterprise.Id, f.Operator, 200, &detail)
	if acc, _ := detail["accounts"].([]any); len(acc) != 2 { // the admin and the staff user (an expert)
		t.Fatalf("operator detail accounts: %v", detail["accounts"])
	}
	var deptDetail map[string]any
	s.get(t, base+"/"+f.ProviderA.Enterprise.Id, f.Department, 200, &deptDetail)
	if _, ok := deptDetail["accounts"]; ok {
		t.Fatal("department detail lists the accounts")
	}
	s.a.Do("GET", base+"/missing", f.Operator, nil).Status(t, 404)
}

type prodRow struct {
	ID             string   `json:"id"`
	ProviderName   string   `json:"provider_name"`
	Status         string   `json:"status"`
	StatusLabel    string   `json:"status_label"`
	TypeLabel      string   `json:"type_label"`
	CategoryLabels []string `json:"category_labels"`
}

func consoleProducts(t *testing.T, s *statsFixture) {
	f := s.f
	base := "/api/smedx/console/products"
	if p := list[prodRow](t, s, base, f.Operator); p.TotalItems != 6 {
		t.Fatalf("all products: %d", p.TotalItems)
	}
	p := list[prodRow](t, s, base+"?category=production", f.Operator)
	if p.TotalItems != 2 {
		t.Fatalf("category filter: %d", p.TotalItems)
	}
	p = list[prodRow](t, s, base+"?status=listed&provider="+f.ProviderB.Enterprise.Id, f.Operator)
	if p.TotalItems != 1 || p.Items[0].ID != s.ids["p6"] || p.Items[0].ProviderName != f.ProviderB.Enterprise.GetString("name") ||
		p.Items[0].TypeLabel != "工业软件" || strings.Join(p.Items[0].CategoryLabels, ",") != "研发设计类" {
		t.Fatalf("provider filter: %+v", p.Items)
	}
	for _, u := range []*core.Record{f.Department, f.ProviderA.Admin} {
		s.a.Do("GET", base, u, nil).Status(t, 403)
		s.a.Do("POST", base+"/"+s.ids["p1"]+"/delist", u, map[string]any{"reason": "x"}).Status(t, 403)
	}

	// 强制下架: a reason is required, only listed products, the provider is told.
	if r := s.a.Do("POST", base+"/"+s.ids["p1"]+"/delist", f.Operator, map[string]any{"reason": ""}); r.Code != 400 || r.FieldError("reason") == "" {
		t.Fatalf("no reason: %d %s", r.Code, r.Body)
	}
	s.a.Do("POST", base+"/"+s.ids["p3"]+"/delist", f.Operator, map[string]any{"reason": "违规"}).Status(t, 400)
	s.a.Do("POST", base+"/missing/delist", f.Operator, map[string]any{"reason": "违规"}).Status(t, 404)
	r := s.a.Do("POST", base+"/"+s.ids["p1"]+"/delist", f.Operator, map[string]any{"reason": "宣传内容与实际不符"}).Status(t, 200)
	if r.JSON(t)["status"] != "delisted" {
		t.Fatalf("delist answer %s", r.Body)
	}
	if notifications(t, s.a, f.ProviderA.Admin, "宣传内容与实际不符") != 1 {
		t.Fatal("provider admin not notified with the reason")
	}
	var detail struct {
		Product    prodRow `json:"product"`
		LastDelist struct {
			Reason string `json:"reason"`
		} `json:"last_delist"`
		Orders struct {
			Count  int `json:"count"`
			GMVFen int `json:"gmv_fen"`
		} `json:"orders"`
	}
	s.get(t, base+"/"+s.ids["p1"], f.Operator, 200, &detail)
	if detail.Product.StatusLabel != "已下架" || detail.LastDelist.Reason != "宣传内容与实际不符" || detail.Orders.Count != 2 || detail.Orders.GMVFen != 150000 {
		t.Fatalf("detail after delist: %+v", detail)
	}
}

type ordRow struct {
	ID             string `json:"id"`
	OrderNo        string `json:"order_no"`
	ProviderName   string `json:"provider_name"`
	StatusLabel    string `json:"status_label"`
	PayStatusLabel string `json:"pay_status_label"`
}

func consoleOrders(t *testing.T, s *statsFixture) {
	f := s.f
	base := "/api/smedx/console/orders"
	var withSums struct {
		page[ordRow]
		Sums struct {
			TotalFen     int `json:"total_fen"`
			DeductionFen int `json:"deduction_fen"`
		} `json:"sums"`
	}
	s.get(t, base+"?voucher=yes", f.Operator, 200, &withSums)
	// o1, o2, o5 used vouchers.
	if withSums.TotalItems != 3 || withSums.Sums.DeductionFen != 90000 || withSums.Sums.TotalFen != 190000 {
		t.Fatalf("voucher=yes: %d items, sums %+v", withSums.TotalItems, withSums.Sums)
	}
	if p := list[ordRow](t, s, base+"?voucher=no&status=completed", f.Operator); p.TotalItems != 3 {
		t.Fatalf("voucher=no&status=completed: %d", p.TotalItems)
	}
	// The date range is in China time: o8 (00:30 on 1 Jan) is in, o7 (23:00 on 31 Dec) is not.
	if p := list[ordRow](t, s, base+"?from=2025-01-01&to=2025-01-31", f.Operator); p.TotalItems != 2 {
		t.Fatalf("January: %d", p.TotalItems)
	}
	p := list[ordRow](t, s, base+"?provider="+f.ProviderB.Enterprise.Id+"&buyer="+f.EnterpriseA.Enterprise.Id, f.Operator)
	if p.TotalItems != 1 || p.Items[0].ID != s.ids["o6"] || p.Items[0].ProviderName != f.ProviderB.Enterprise.GetString("name") ||
		p.Items[0].StatusLabel != "已完成" || p.Items[0].PayStatusLabel != "已支付" {
		t.Fatalf("provider+buyer filter: %+v", p.Items)
	}
	if p := list[ordRow](t, s, base+"?q="+url.QueryEscape("买方o4"), f.Operator); p.TotalItems != 1 {
		t.Fatalf("search: %d", p.TotalItems)
	}
	s.a.Do("GET", base+"?voucher=maybe", f.Operator, nil).Status(t, 400)
	s.a.Do("GET", base+"?from=yesterday", f.Operator, nil).Status(t, 400)
	for _, u := range []*core.Record{f.Department, f.EnterpriseA.Admin} {
		s.a.Do("GET", base, u, nil).Status(t, 403)
		s.a.Do("GET", base+"/"+s.ids["o1"], u, nil).Status(t, 403)
	}
	var detail struct {
		Order  ordRow `json:"order"`
		Ledger []struct {
			VoucherName string `json:"voucher_name"`
			BatchName   string `json:"batch_name"`
			DeltaFen    int    `json:"delta_fen"`
			ReasonLabel string `json:"reason_label"`
		} `json:"ledger"`
	}
	s.get(t, base+"/"+s.ids["o5"], f.Operator, 200, &detail)
	if len(detail.Ledger) != 2 || detail.Ledger[0].DeltaFen+detail.Ledger[1].DeltaFen != 0 || detail.Ledger[0].BatchName != "申请批次" {
		t.Fatalf("o5 ledger: %+v", detail.Ledger)
	}
}

func consoleVouchers(t *testing.T, s *statsFixture) {
	f := s.f
	type batch struct {
		ID          string `json:"id"`
		ModeLabel   string `json:"mode_label"`
		IssuedCount int    `json:"issued_count"`
		UsedFen     int    `json:"used_fen"`
		ExpiredFen  int    `json:"expired_fen"`
	}
	b := list[batch](t, s, "/api/smedx/console/voucher-batches?sort=-used_fen", f.Department)
	if b.TotalItems != 2 || b.Items[0].ID != s.ids["b1"] || b.Items[0].UsedFen != 80000 || b.Items[0].ModeLabel != "抢券" || b.Items[1].ExpiredFen != 20000 {
		t.Fatalf("batches: %+v", b.Items)
	}
	s.a.Do("GET", "/api/smedx/console/voucher-batches", f.EnterpriseA.Admin, nil).Status(t, 403)
	type voucher struct {
		ID             string `json:"id"`
		EnterpriseName string `json:"enterprise_name"`
		UsedFen        int    `json:"used_fen"`
		StatusLabel    string `json:"status_label"`
	}
	v := list[voucher](t, s, "/api/smedx/console/vouchers?status=expired", f.Operator)
	if v.TotalItems != 1 || v.Items[0].ID != s.ids["v3"] || v.Items[0].StatusLabel != "已过期" || v.Items[0].EnterpriseName != f.EnterpriseB.Enterprise.GetString("name") {
		t.Fatalf("expired vouchers: %+v", v.Items)
	}
	if v := list[voucher](t, s, "/api/smedx/console/vouchers?batch="+s.ids["b1"]+"&sort=-used_fen", f.Operator); v.TotalItems != 2 || v.Items[0].UsedFen != 50000 {
		t.Fatalf("vouchers of b1: %+v", v.Items)
	}
	// Vouchers name enterprises and holders: operators only.
	s.a.Do("GET", "/api/smedx/console/vouchers", f.Department, nil).Status(t, 403)
}

func consoleStaff(t *testing.T, s *statsFixture) {
	f, a := s.f, s.a
	base := "/api/smedx/console/staff"
	good := map[string]any{"role": "department", "username": "dept_wang", "name": "王审核", "phone": "13700000001",
		"password": "Dept@2026ok", "passwordConfirm": "Dept@2026ok"}
	with := func(k string, v any) map[string]any {
		m := map[string]any{}
		for kk, vv := range good {
			m[kk] = vv
		}
		m[k] = v
		return m
	}
	for _, c := range []struct {
		body  map[string]any
		field string
	}{
		{with("role", "provider"), "role"},
		{with("name", ""), "name"},
		{with("passwordConfirm", "Other@2026ok"), "passwordConfirm"},
		{func() map[string]any { m := with("password", "abc"); m["passwordConfirm"] = "abc"; return m }(), "password"},
		{with("username", "ab"), "username"},
		{with("username", f.Operator.GetString("username")), "username"},
		{with("phone", f.EnterpriseA.Admin.GetString("phone")), "phone"},
		{with("phone", "12345"), "phone"},
	} {
		r := a.Do("POST", base, f.Operator, c.body)
		if r.Code != 400 || r.FieldError(c.field) == "" {
			t.Fatalf("%s=%v: %d %s", c.field, c.body[c.field], r.Code, r.Body)
		}
	}
	for _, u := range []*core.Record{f.Department, f.ProviderA.Admin} {
		a.Do("POST", base, u, good).Status(t, 403)
		a.Do("GET", base, u, nil).Status(t, 403)
	}
	var created struct {
		ID        string `json:"id"`
		RoleLabel string `json:"role_label"`
	}
	a.Do("POST", base, f.Operator, good).Status(t, 200).Decode(t, &created)
	if created.RoleLabel != "工信厅" {
		t.Fatalf("created %+v", created)
	}
	login(a, "dept_wang", "Dept@2026ok").Status(t, 200)
	if p := list[struct {
		Username string `json:"username"`
	}](t, s, base+"?role=department&q=wang", f.Operator); p.TotalItems != 1 || p.Items[0].Username != "dept_wang" {
		t.Fatalf("staff list: %+v", p)
	}
	if p := list[struct{}](t, s, base, f.Operator); p.TotalItems != 3 { // fixture operator and department, and dept_wang
		t.Fatalf("staff total %d", p.TotalItems)
	}

	// 重置密码: the rules and the history apply; not for oneself, not for tenants.
	reset := base + "/" + created.ID + "/reset-password"
	if r := a.Do("POST", reset, f.Operator, map[string]any{"password": "Dept@2026ok", "passwordConfirm": "Dept@2026ok"}); r.Code != 400 || r.FieldError("password") == "" {
		t.Fatalf("reset to the same password: %d %s", r.Code, r.Body)
	}
	if r := a.Do("POST", reset, f.Operator, map[string]any{"password": "dept_wang@A1", "passwordConfirm": "dept_wang@A1"}); r.Code != 400 {
		t.Fatalf("reset to a password with the username: %d %s", r.Code, r.Body)
	}
	a.Do("POST", base+"/"+f.Operator.Id+"/reset-password", f.Operator, map[string]any{"password": "New@2026abc", "passwordConfirm": "New@2026abc"}).Status(t, 400)
	a.Do("POST", base+"/"+f.EnterpriseA.Admin.Id+"/reset-password", f.Operator, map[string]any{"password": "New@2026abc", "passwordConfirm": "New@2026abc"}).Status(t, 404)
	a.Do("POST", reset, f.Department, map[string]any{"password": "New@2026abc", "passwordConfirm": "New@2026abc"}).Status(t, 403)
	a.Do("POST", reset, f.Operator, map[string]any{"password": "New@2026abc", "passwordConfirm": "New@2026abc"}).Status(t, 200)
	login(a, "dept_wang", "Dept@2026ok").Status(t, 400)
	login(a, "dept_wang", "New@2026abc").Status(t, 200)
	if _, err := a.FindFirstRecordByFilter("audit_logs", "action = 'password_reset' && target_id = {:id}", map[string]any{"id": created.ID}); err != nil {
		t.Fatal("reset not audited")
	}
	_ = smedxtest.Password
}
