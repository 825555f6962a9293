package exports_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

var allDatasets = []string{"orders", "vouchers", "voucher_ledger", "settlements", "applications", "enterprises", "providers", "products", "audit_logs"}

// TestExportSettlements: the settlements dataset is offered once its
// collection exists (another area brings it), and reads it like the rest.
func TestExportSettlements(t *testing.T) {
	w := newWorld(t)
	f := w.f
	m := w.market()
	if _, err := w.FindCollectionByNameOrId("settlements"); err != nil {
		w.Do("GET", "/api/smedx/exports/settlements.xlsx", f.Operator, nil).Status(t, 404)
		if w.Do("GET", "/api/smedx/exports", f.Operator, nil).Contains(`"settlements"`) {
			t.Error("the catalogue offers settlements without the collection")
		}
		// The collection as DESIGN §3 describes it.
		col := core.NewBaseCollection("settlements")
		enterprises, _ := w.FindCollectionByNameOrId("enterprises")
		activities, _ := w.FindCollectionByNameOrId("voucher_activities")
		col.Fields.Add(
			&core.RelationField{Name: "provider_enterprise", CollectionId: enterprises.Id, MaxSelect: 1},
			&core.RelationField{Name: "activity", CollectionId: activities.Id, MaxSelect: 1},
			&core.JSONField{Name: "orders"}, &core.NumberField{Name: "amount_fen", OnlyInt: true},
			&core.SelectField{Name: "status", Values: []string{"draft", "pending", "approved", "rejected", "paid"}, MaxSelect: 1},
			&core.SelectField{Name: "stage", Values: []string{"operator", "department", "done"}, MaxSelect: 1},
			&core.FileField{Name: "invoice", MaxSelect: 1}, &core.TextField{Name: "payout_ref"}, &core.DateField{Name: "paid_at"},
			&core.AutodateField{Name: "created", OnCreate: true}, &core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true},
		)
		if err := w.Save(col); err != nil {
			t.Fatal(err)
		}
	}
	act, _ := w.FindFirstRecordByFilter("voucher_activities", "id != ''")
	// Rows written directly: the settlement workflow's own hooks are not
	// what this test is about.
	for i, st := range []string{"paid", "pending"} {
		_, err := w.DB().Insert("settlements", dbx.Params{
			"id": fmt.Sprintf("settlement%05d", i), "provider_enterprise": f.ProviderA.Enterprise.Id, "activity": act.Id,
			"orders": `["` + m.paidOrder.Id + `"]`, "amount_fen": 100000, "status": st, "stage": map[string]string{"paid": "done", "pending": "department"}[st],
			"payout_ref": map[string]string{"paid": "PAY-2026-001"}[st], "paid_at": map[string]string{"paid": "2026-03-01 02:00:00.000Z"}[st],
			"created": "2026-02-27 01:00:00.000Z", "updated": "2026-02-27 01:00:00.000Z",
		}).Execute()
		if err != nil {
			t.Fatal(err)
		}
	}
	_, rows, res := w.export(f.Department, "settlements", `status = "paid"`, "")
	res.Status(t, 200)
	want := [][]string{{"2026-02-27 09:00:00", f.ProviderA.Enterprise.GetString("name"), act.GetString("name"), "1", "1000.00", "已兑付", "已完成", "PAY-2026-001", "2026-03-01 10:00:00"}}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("settlements:\n got  %q\n want %q", rows, want)
	}
	for _, u := range []*core.Record{f.EnterpriseA.Admin, f.ProviderA.Admin} {
		w.Do("GET", "/api/smedx/exports/settlements.xlsx", u, nil).Status(t, 403)
	}
}

// TestExports drives GET /api/smedx/exports/{dataset}.xlsx on one
// marketplace: who may export what, filters and sorts honoured (each
// workbook parsed back and its rows compared with what PocketBase's own
// records query returns for the same filter), refusals, the audit trail.
func TestExports(t *testing.T) {
	w := newWorld(t)
	f := w.f
	m := w.market()
	cert := w.certification()

	t.Run("roles", func(t *testing.T) {
		for _, ds := range allDatasets {
			for _, u := range []*core.Record{f.Operator, f.Department} {
				if _, _, res := w.export(u, ds, "", ""); res.Code != 200 {
					t.Errorf("%s exporting %s: %d %s", u.GetString("role"), ds, res.Code, res.Body)
				}
			}
			if ds == "orders" {
				continue
			}
			for _, u := range []*core.Record{f.EnterpriseA.Admin, f.ProviderA.Admin} {
				_, _, res := w.export(u, ds, "", "")
				res.Status(t, 403)
				if !strings.Contains(string(res.Body), "只有运营人员和工信厅可以导出") {
					t.Errorf("%s refusal: %s", ds, res.Body)
				}
			}
		}
		// Tenants: admins of certified tenants, their own orders only.
		for _, u := range []*core.Record{f.EnterpriseA.Staff, f.ExpertB, f.ProviderPending.Admin, f.EnterprisePending.Admin} {
			_, _, res := w.export(u, "orders", "", "")
			res.Status(t, 403)
		}
		_, _, res := w.export(nil, "orders", "", "")
		res.Status(t, 401)
		w.Do("GET", "/api/smedx/exports/secrets.xlsx", f.Operator, nil).Status(t, 404)
		w.Do("GET", "/api/smedx/exports/orders.csv", f.Operator, nil).Status(t, 404)
	})

	t.Run("tenant orders are forced to the tenant", func(t *testing.T) {
		cases := []struct {
			user   *core.Record
			filter string
			want   []string
		}{
			{f.EnterpriseA.Admin, "", []string{m.paidOrder.Id, m.cancelled.Id}},
			// A filter cannot widen the forced condition.
			{f.EnterpriseA.Admin, `buyer_enterprise = "` + f.EnterpriseB.Enterprise.Id + `"`, nil},
			{f.EnterpriseA.Admin, `id != "" || buyer_enterprise != ""`, []string{m.paidOrder.Id, m.cancelled.Id}},
			{f.EnterpriseA.Admin, `status = "cancelled"`, []string{m.cancelled.Id}},
			{f.ProviderA.Admin, "", []string{m.paidOrder.Id, m.cancelled.Id}},
			{f.ProviderB.Admin, "", []string{m.other.Id}},
			{f.EnterpriseB.Admin, `provider_enterprise = "` + f.ProviderA.Enterprise.Id + `"`, nil},
		}
		for _, c := range cases {
			header, rows, res := w.export(c.user, "orders", c.filter, "")
			res.Status(t, 200)
			if got := orderIDs(t, w, header, rows); !sameSet(got, c.want) {
				t.Errorf("%s filter %q: orders %v, want %v", c.user.GetString("username"), c.filter, got, c.want)
			}
		}
	})

	t.Run("orders rows equal the records query", func(t *testing.T) {
		cases := []struct{ filter, sort string }{
			{"", ""},
			{`status = "delivered"`, ""},
			{`deduction_fen > 0`, "order_no"},
			{`deduction_fen > 0 && status != "cancelled"`, "-total_fen"},
			{`buyer_enterprise.name ~ "济南"`, "-created,order_no"},
			{`provider_enterprise = "` + f.ProviderB.Enterprise.Id + `"`, ""},
			{`created >= "2000-01-01 00:00:00" && pay_status = "unpaid"`, "payable_fen"},
			{`product_name ~ "MES" || cancel_reason = "预算调整"`, "created"},
		}
		for _, c := range cases {
			header, rows, res := w.export(f.Department, "orders", c.filter, c.sort)
			res.Status(t, 200)
			want := expectedOrders(t, w, c.filter, c.sort)
			if len(want) == 0 && c.filter == "" {
				t.Fatal("no orders")
			}
			if res.Head.Get("X-Export-Rows") != fmt.Sprint(len(want)) {
				t.Errorf("X-Export-Rows %s, want %d", res.Head.Get("X-Export-Rows"), len(want))
			}
			if c.sort == "" { // the default order is newest first: compare as sets
				sortRows(rows)
				sortRows(want)
			}
			if !reflect.DeepEqual(rows, want) {
				t.Errorf("filter %q sort %q:\n got  %q\n want %q\n header %q", c.filter, c.sort, rows, want, header)
			}
		}
	})

	t.Run("every dataset equals its records", func(t *testing.T) {
		for _, c := range []struct {
			dataset, filter string
			want            func(t *testing.T, w *world, filter string) [][]string
		}{
			{"vouchers", "", expectedVouchers},
			{"vouchers", `status = "active"`, expectedVouchers},
			{"voucher_ledger", "", expectedLedger},
			{"voucher_ledger", `delta_fen < 0 && order = "` + m.paidOrder.Id + `"`, expectedLedger},
			{"applications", "", expectedApplications},
			{"applications", `status = "rejected"`, expectedApplications},
			{"products", "", expectedProducts},
			{"products", `enterprise = "` + f.ProviderA.Enterprise.Id + `"`, expectedProducts},
			{"enterprises", "", expectedEnterprises},
			{"enterprises", `kind = "provider" && cert_status = "approved"`, expectedEnterprises},
			{"providers", "", expectedProviders},
			{"audit_logs", `action != "export"`, expectedAudit},
		} {
			_, rows, res := w.export(f.Operator, c.dataset, c.filter, "")
			res.Status(t, 200)
			want := c.want(t, w, c.filter)
			sortRows(rows)
			sortRows(want)
			if len(want) == 0 {
				t.Errorf("%s %q: no rows expected, the scene is too small", c.dataset, c.filter)
			}
			if !reflect.DeepEqual(rows, want) {
				t.Errorf("%s filter %q:\n got  %q\n want %q", c.dataset, c.filter, rows, want)
			}
		}
		// The applications carry their decisions.
		_, rows, _ := w.export(f.Operator, "applications", `enterprise = "`+cert.Enterprise.Id+`"`, "created")
		if len(rows) != 2 || rows[0][7] != "t_operator 驳回（营业执照不清晰）" || rows[1][7] != "t_operator 通过（材料齐全）" {
			t.Errorf("decisions: %q", rows)
		}
	})

	t.Run("filters name what they refuse", func(t *testing.T) {
		for _, c := range []struct{ dataset, filter, sort, field, want string }{
			{"orders", `idempotency_key != ""`, "", "filter", "「idempotency_key」"},
			{"orders", `@request.auth.id != ""`, "", "filter", "「@request.auth.id」"},
			{"orders", `@collection.users.password != ""`, "", "filter", "「@collection.users.password」"},
			{"orders", `buyer.password != ""`, "", "filter", "「buyer.password」"},
			{"vouchers", `claim_seq > 0`, "", "filter", "「claim_seq」"},
			{"enterprises", `license != ""`, "", "filter", "「license」"},
			{"enterprises", `profile.region.1 = "370100" && secret = 1`, "", "filter", "「secret」"},
			{"orders", "", "-idempotency_key", "sort", "排序字段「idempotency_key」"},
			{"orders", `status = `, "", "filter", "筛选条件格式不正确"},
			{"orders", `status = "paid" &&`, "", "filter", "筛选条件格式不正确"},
		} {
			_, _, res := w.export(f.Operator, c.dataset, c.filter, c.sort)
			res.Status(t, 400)
			if msg := res.FieldError(c.field); !strings.Contains(msg, c.want) {
				t.Errorf("%s %q %q: %s", c.dataset, c.filter, c.sort, res.Body)
			}
		}
		// JSON paths into the questionnaire work as in the records API.
		_, rows, res := w.export(f.Operator, "enterprises", `profile.region.1 = "370100" && kind = "enterprise"`, "")
		res.Status(t, 200)
		if want := expectedEnterprises(t, w, `profile.region.1 = "370100" && kind = "enterprise"`); len(rows) != len(want) || len(rows) == 0 {
			t.Errorf("profile path filter: %d rows, want %d", len(rows), len(want))
		}
	})

	t.Run("every export is audited", func(t *testing.T) {
		filter := `status = "cancelled"`
		w.Do("GET", "/api/smedx/exports/orders.xlsx?filter="+url.QueryEscape(filter)+"&sort=-created", f.Department, nil).Status(t, 200)
		w.Do("GET", "/api/smedx/exports/orders.xlsx", f.EnterpriseA.Staff, nil).Status(t, 403)
		logs, err := w.FindRecordsByFilter("audit_logs", `action = "export"`, "-created", 2, 0)
		if err != nil || len(logs) != 2 {
			t.Fatalf("audit rows: %v %d", err, len(logs))
		}
		refused, done := logs[0], logs[1]
		if done.GetString("actor") != f.Department.Id || done.GetString("target_collection") != "orders" {
			t.Errorf("export audit: %v", done)
		}
		var d map[string]any
		_ = json.Unmarshal([]byte(done.GetString("detail")), &d)
		if d["dataset"] != "orders" || d["filter"] != filter || d["rows"] != float64(1) || d["result"] != "success" || d["sort"] != "-created" {
			t.Errorf("export audit detail: %v", d)
		}
		_ = json.Unmarshal([]byte(refused.GetString("detail")), &d)
		if refused.GetString("actor") != f.EnterpriseA.Staff.Id || d["result"] != "failure" {
			t.Errorf("refused export audit: %v %v", refused, d)
		}
	})

	t.Run("catalogue", func(t *testing.T) {
		var out struct {
			Items []struct {
				Name    string   `json:"name"`
				Columns []string `json:"columns"`
				Fields  []struct {
					Code, Label string
				} `json:"fields"`
			} `json:"items"`
		}
		w.Do("GET", "/api/smedx/exports", f.Operator, nil).Status(t, 200).Decode(t, &out)
		var names []string
		for _, it := range out.Items {
			names = append(names, it.Name)
			if it.Name == "orders" && !containsField(it.Fields, "status", "订单状态") {
				t.Errorf("orders fields %v", it.Fields)
			}
			header, _, _ := w.export(f.Operator, it.Name, "", "")
			if !reflect.DeepEqual(header, it.Columns) {
				t.Errorf("%s: sheet header %q, catalogue %q", it.Name, header, it.Columns)
			}
		}
		if !reflect.DeepEqual(names, allDatasets) {
			t.Errorf("operator datasets %v", names)
		}
		w.Do("GET", "/api/smedx/exports", f.EnterpriseA.Admin, nil).Status(t, 200).Decode(t, &out)
		if len(out.Items) != 1 || out.Items[0].Name != "orders" {
			t.Errorf("tenant admin datasets %v", out.Items)
		}
		w.Do("GET", "/api/smedx/exports", f.EnterpriseA.Staff, nil).Status(t, 200).Decode(t, &out)
		if len(out.Items) != 0 {
			t.Errorf("tenant user datasets %v", out.Items)
		}
		w.Do("GET", "/api/smedx/exports", nil, nil).Status(t, 401)
	})
}

func containsField(fields []struct{ Code, Label string }, code, label string) bool {
	for _, f := range fields {
		if f.Code == code && f.Label == label {
			return true
		}
	}
	return false
}

func orderIDs(t *testing.T, w *world, header []string, rows [][]string) []string {
	col := column(t, header, "订单编号")
	var ids []string
	for _, r := range rows {
		o, err := w.FindFirstRecordByData("orders", "order_no", r[col])
		if err != nil {
			t.Fatalf("order %s: %v", r[col], err)
		}
		ids = append(ids, o.Id)
	}
	return ids
}

func sameSet(a, b []string) bool {
	a, b = append([]string{}, a...), append([]string{}, b...)
	sort.Strings(a)
	sort.Strings(b)
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

func sortRows(rows [][]string) {
	sort.Slice(rows, func(i, j int) bool { return strings.Join(rows[i], "\x00") < strings.Join(rows[j], "\x00") })
}

// records runs filter and sort through PocketBase's own records query.
func records(t *testing.T, w *world, collection, filter, sort string) []*core.Record {
	t.Helper()
	recs, err := w.FindRecordsByFilter(collection, filter, sort, 0, 0)
	if err != nil {
		t.Fatalf("%s %q: %v", collection, filter, err)
	}
	return recs
}

func (w *world) name(collection, id, field string) string {
	if id == "" {
		return ""
	}
	r, err := w.FindRecordById(collection, id)
	if err != nil {
		return ""
	}
	return r.GetString(field)
}

func (w *world) dict(typ, code string) string {
	var label string
	if err := w.DB().NewQuery("SELECT label FROM dicts WHERE type = {:t} AND code = {:c}").Bind(dbx.Params{"t": typ, "c": code}).Row(&label); err != nil {
		return code
	}
	return label
}

var (
	orderStatus   = map[string]string{"pending_payment": "待支付", "paid": "已支付", "delivered": "已交付", "completed": "已完成", "cancelled": "已取消"}
	payStatus     = map[string]string{"unpaid": "未支付", "paid": "已支付", "none": "---", "refunded": "已退款"}
	voucherStatus = map[string]string{"active": "可使用", "used_up": "已用完", "expired": "已过期", "void": "已作废"}
	ledgerReason  = map[string]string{"checkout": "下单抵扣", "cancel_refund": "取消退回"}
	certStatus    = map[string]string{"draft": "草稿", "pending": "待审批", "approved": "审批通过", "rejected": "审批驳回"}
)

func expectedOrders(t *testing.T, w *world, filter, sort string) [][]string {
	var out [][]string
	for _, o := range records(t, w, "orders", filter, sort) {
		out = append(out, []string{
			o.GetString("order_no"), chinaTime(o.GetDateTime("created")),
			w.name("enterprises", o.GetString("buyer_enterprise"), "name"), o.GetString("buyer_name"),
			w.name("enterprises", o.GetString("provider_enterprise"), "name"), o.GetString("product_name"),
			o.GetString("spec_name"), o.GetString("order_type"), fmt.Sprint(o.GetInt("quantity")),
			yuanText(o.GetInt("unit_price_fen")), yuanText(o.GetInt("total_fen")), yuanText(o.GetInt("deduction_fen")),
			yuanText(o.GetInt("payable_fen")), yuanText(o.GetInt("paid_fen")),
			payStatus[o.GetString("pay_status")], orderStatus[o.GetString("status")],
			chinaTime(o.GetDateTime("paid_at")), chinaTime(o.GetDateTime("delivered_at")),
			chinaTime(o.GetDateTime("completed_at")), chinaTime(o.GetDateTime("cancelled_at")), o.GetString("cancel_reason"),
		})
	}
	return out
}

func expectedVouchers(t *testing.T, w *world, filter string) [][]string {
	var out [][]string
	for _, v := range records(t, w, "vouchers", filter, "") {
		batch, _ := w.FindRecordById("voucher_batches", v.GetString("batch"))
		face, bal := v.GetInt("face_value_fen"), v.GetInt("balance_fen")
		out = append(out, []string{
			v.GetString("name"), w.name("voucher_activities", batch.GetString("activity"), "name"), batch.GetString("name"),
			w.name("enterprises", v.GetString("enterprise"), "name"), w.name("users", v.GetString("holder"), "name"),
			chinaTime(v.GetDateTime("created")), yuanText(face), yuanText(face - bal), yuanText(bal),
			chinaTime(v.GetDateTime("valid_from")), chinaTime(v.GetDateTime("valid_to")),
			voucherStatus[v.GetString("status")], v.GetString("billing_mode"),
		})
	}
	return out
}

func expectedLedger(t *testing.T, w *world, filter string) [][]string {
	var out [][]string
	for _, l := range records(t, w, "voucher_ledger", filter, "") {
		v, _ := w.FindRecordById("vouchers", l.GetString("voucher"))
		out = append(out, []string{
			chinaTime(l.GetDateTime("created")), v.GetString("name"), w.name("voucher_batches", v.GetString("batch"), "name"),
			w.name("enterprises", v.GetString("enterprise"), "name"), w.name("orders", l.GetString("order"), "order_no"),
			ledgerReason[l.GetString("reason")], yuanText(l.GetInt("delta_fen")), yuanText(l.GetInt("balance_after_fen")),
		})
	}
	return out
}

func expectedApplications(t *testing.T, w *world, filter string) [][]string {
	stageName := map[string]string{"operator": "运营初审", "expert": "专家评审", "department": "工信厅终审", "done": "已完成"}
	state := map[string]string{"pending/operator": "待运营初审", "approved/done": "审批通过", "rejected/operator": "运营初审驳回"}
	var out [][]string
	for _, a := range records(t, w, "applications", filter, "") {
		decisions := map[string][]string{}
		for _, r := range records(t, w, "review_records", `application = "`+a.Id+`"`, "created") {
			d := map[string]string{"approve": "通过", "reject": "驳回"}[r.GetString("decision")]
			s := r.GetString("reviewer_name") + " " + d
			if c := r.GetString("comment"); c != "" {
				s += "（" + c + "）"
			}
			decisions[r.GetString("stage")] = append(decisions[r.GetString("stage")], s)
		}
		out = append(out, []string{
			chinaTime(a.GetDateTime("created")), map[string]string{"certification": "企业认证", "product_publish": "商品发布"}[a.GetString("type")],
			a.GetString("title"), w.name("enterprises", a.GetString("enterprise"), "name"), a.GetString("applicant_name"),
			state[a.GetString("status")+"/"+a.GetString("stage")], stageName[a.GetString("stage")],
			strings.Join(decisions["operator"], "；"), strings.Join(decisions["expert"], "；"), strings.Join(decisions["department"], "；"),
			a.GetString("comment"), chinaTime(a.GetDateTime("decided_at")),
		})
	}
	return out
}

func expectedProducts(t *testing.T, w *world, filter string) [][]string {
	labels := func(typ string, codes []string) string {
		var l []string
		for _, c := range codes {
			l = append(l, w.dict(typ, c))
		}
		return strings.Join(l, "、")
	}
	var out [][]string
	for _, p := range records(t, w, "products", filter, "") {
		out = append(out, []string{
			p.GetString("name"), w.name("enterprises", p.GetString("enterprise"), "name"), w.dict("product_type", p.GetString("type")),
			labels("solution_category", p.GetStringSlice("categories")), labels("industry", p.GetStringSlice("industries")),
			map[string]string{"listed": "已上架", "draft": "草稿"}[p.GetString("status")],
			yuanText(p.GetInt("price_min_fen")), yuanText(p.GetInt("price_max_fen")), fmt.Sprint(p.GetInt("sales_count")),
			fmt.Sprintf("%.2f", p.GetFloat("rating_avg")), fmt.Sprint(p.GetInt("rating_count")),
			p.GetString("contact_name"), p.GetString("contact_phone"),
			chinaTime(p.GetDateTime("created")), chinaTime(p.GetDateTime("listed_at")),
		})
	}
	return out
}

// tenantRow is the part every tenant export starts with.
func tenantRow(t *testing.T, w *world, e *core.Record) []string {
	var profile map[string]any
	_ = json.Unmarshal([]byte(e.GetString("profile")), &profile)
	str := func(k string) string { s, _ := profile[k].(string); return s }
	region, _ := profile["region"].([]any)
	place := func(i int) string {
		if len(region) <= i {
			return ""
		}
		return w.dict("region", fmt.Sprint(region[i]))
	}
	industry := ""
	if c := str("industry_1"); c != "" {
		industry = w.dict("industry", c)
	}
	admins := records(t, w, "users", `enterprise = "`+e.Id+`" && tenant_admin = true`, "created")
	admin := ""
	if len(admins) > 0 {
		admin = admins[0].GetString("username")
	}
	return []string{
		e.GetString("name"), e.GetString("credit_code"), certStatus[e.GetString("cert_status")], place(1), place(2), industry,
		str("contact"), str("contact_phone"), admin, chinaTime(e.GetDateTime("created")),
		chinaTime(e.GetDateTime("submitted_at")), chinaTime(e.GetDateTime("certified_at")), e.GetString("cert_comment"),
	}
}

func expectedEnterprises(t *testing.T, w *world, filter string) [][]string {
	var out [][]string
	for _, e := range records(t, w, "enterprises", filter, "") {
		kind := map[string]string{"provider": "服务商", "enterprise": "企业用户"}[e.GetString("kind")]
		out = append(out, append([]string{kind}, tenantRow(t, w, e)...))
	}
	return out
}

func expectedProviders(t *testing.T, w *world, filter string) [][]string {
	if filter != "" {
		filter = "(" + filter + ") && "
	}
	var out [][]string
	for _, e := range records(t, w, "enterprises", filter+`kind = "provider"`, "") {
		listed := len(records(t, w, "products", `enterprise = "`+e.Id+`" && status = "listed"`, ""))
		all := len(records(t, w, "products", `enterprise = "`+e.Id+`"`, ""))
		orders := records(t, w, "orders", `provider_enterprise = "`+e.Id+`" && status != "cancelled"`, "")
		total, ded := 0, 0
		for _, o := range orders {
			total += o.GetInt("total_fen")
			ded += o.GetInt("deduction_fen")
		}
		out = append(out, append(tenantRow(t, w, e), fmt.Sprint(listed), fmt.Sprint(all), fmt.Sprint(len(orders)), yuanText(total), yuanText(ded)))
	}
	return out
}

var actionNames = map[string]string{
	"order_deliver": "订单发货", "order_cancel": "取消订单", "payment_confirm": "确认到账",
	"certification_submit": "提交企业认证", "application_approve": "审批通过", "application_reject": "审批驳回",
}

func expectedAudit(t *testing.T, w *world, filter string) [][]string {
	roles := map[string]string{"provider": "服务商", "enterprise": "企业用户", "operator": "运营人员", "department": "工信厅"}
	targets := map[string]string{"orders": "订单", "payments": "支付", "enterprises": "企业", "applications": "审批申请"}
	var out [][]string
	for _, l := range records(t, w, "audit_logs", filter, "") {
		detail := ""
		if raw := l.GetString("detail"); raw != "" && raw != "null" {
			var v any
			_ = json.Unmarshal([]byte(raw), &v)
			b, _ := json.Marshal(v)
			detail = string(b)
		}
		label, ok := actionNames[l.GetString("action")]
		if !ok {
			t.Errorf("the scene wrote an action this test does not know: %s", l.GetString("action"))
		}
		out = append(out, []string{
			chinaTime(l.GetDateTime("created")), l.GetString("actor_name"), roles[w.name("users", l.GetString("actor"), "role")],
			w.name("enterprises", l.GetString("enterprise"), "name"), label, targets[l.GetString("target_collection")],
			l.GetString("target_id"), l.GetString("ip"), "成功", detail,
		})
	}
	return out
}
