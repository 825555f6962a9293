package hooks_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

// The access matrix (issue 12): every identity × every collection of the
// live schema × every action, each cell's expectation in ONE table below.
//
// Identities cover every users.role of the live schema plus the
// distinctions the rules make (tenant admin / clerk, expert, uncertified
// tenant, anonymous). Actions, all through the HTTP API:
//
//	L  list   GET …/records shows the collection's sample row
//	V  view   GET …/records/{sample} answers 200
//	C  create POST {} gets past the API rule and the access hooks (200, or a
//	          400 naming fields; a 400 without field errors is the create
//	          rule refusing, 403 the menu guard or a nil rule)
//	U  update PATCH {} likewise (404 is the update rule refusing)
//	D  delete DELETE is refused over HTTP for every identity the table
//	          denies; for those it allows the delete rule is evaluated on
//	          the sample (deleting it would spoil the other cells)
//	F  filter a filter on the collection's probe field (a column some
//	          identities may not read) tells a right guess from a wrong one
//
// A cell lists the identities allowed ("*" everyone, "-" no one). A
// collection or an identity missing from the table fails the test: a new
// collection (settlements, …) must be added here with its expectations.
// PocketBase's own system collections (_superusers, _mfas, …) are
// PocketBase's to test; superusers pass every rule.

var matrixIdentities = []string{"anon", "padm", "pclk", "pexp", "eadm", "eclk", "unc", "op", "dept"}

// identityRoles: which users.role each identity covers (the test fails
// when the live schema has a role no identity covers).
var identityRoles = map[string]string{"padm": "provider", "pclk": "provider", "pexp": "provider", "eadm": "enterprise",
	"eclk": "enterprise", "unc": "provider", "op": "operator", "dept": "department"}

type matrixRow struct {
	probe            string // the field of the F column ("" = none)
	L, V, C, U, D, F string
}

var accessMatrix = map[string]matrixRow{
	// C is probed with an empty body: collections whose create rule reads
	// @request.body (cart_items, reviews, products, enterprises) refuse it
	// for everyone; their creators are tested in their own areas.
	"announcements":  {probe: "", L: "*", V: "*", C: "op", U: "op", D: "op", F: "-"},
	"applications":   {probe: "applicant", L: "padm,pexp,op", V: "padm,pexp,op", C: "-", U: "-", D: "-", F: "padm,pexp,op"},
	"audit_logs":     {probe: "ip", L: "op", V: "op", C: "-", U: "-", D: "-", F: "op"},
	"cart_items":     {probe: "quantity", L: "eadm", V: "eadm", C: "-", U: "eadm", D: "eadm", F: "eadm"},
	"demand_surveys": {probe: "contact_phone", L: "op", V: "op", C: "*", U: "-", D: "-", F: "op"},
	"dicts":          {probe: "", L: "*", V: "*", C: "-", U: "-", D: "-", F: "-"},
	"enterprises":    {probe: "credit_code", L: "eadm,eclk,op", V: "eadm,eclk,op", C: "-", U: "-", D: "-", F: "eadm,eclk,op"},
	"experts":        {probe: "user", L: "padm,op", V: "padm,op", C: "-", U: "-", D: "-", F: "padm,op"},
	"login_attempts": {probe: "ip", L: "-", V: "-", C: "-", U: "-", D: "-", F: "-"},
	// The payee (收款账户) and other run-time settings: only their routes read them.
	"platform_settings": {probe: "value", L: "-", V: "-", C: "-", U: "-", D: "-", F: "-"},
	"notifications":     {probe: "link", L: "eadm", V: "eadm", C: "-", U: "eadm", D: "eadm", F: "eadm"},
	// The sample order is in a submitted settlement: the department reads
	// it there (兑付审批), no other order.
	"orders":               {probe: "buyer", L: "padm,pclk,eadm,eclk,op,dept", V: "padm,pclk,eadm,eclk,op,dept", C: "-", U: "-", D: "-", F: "padm,pclk,eadm,eclk,op,dept"},
	"payments":             {probe: "amount_fen", L: "eadm,eclk,op", V: "eadm,eclk,op", C: "-", U: "-", D: "-", F: "eadm,eclk,op"},
	"product_cases":        {probe: "contact_info", L: "padm,pclk,op", V: "padm,pclk,op", C: "-", U: "-", D: "padm,pclk", F: "padm,pclk,op"},
	"product_revisions":    {probe: "author", L: "padm,pclk,op", V: "padm,pclk,op", C: "-", U: "-", D: "-", F: "padm,pclk,op"},
	"product_specs":        {probe: "price_fen", L: "padm,pclk,op", V: "padm,pclk,op", C: "-", U: "-", D: "padm,pclk", F: "padm,pclk,op"},
	"products":             {probe: "contact_phone", L: "padm,pclk,op", V: "padm,pclk,op", C: "-", U: "-", D: "-", F: "padm,pclk,op"},
	"public_experts":       {probe: "user", L: "*", V: "*", C: "-", U: "-", D: "-", F: "-"},
	"public_product_cases": {probe: "contact_info", L: "*", V: "*", C: "-", U: "-", D: "-", F: "-"},
	"public_product_specs": {probe: "", L: "*", V: "*", C: "-", U: "-", D: "-", F: "-"},
	"public_products":      {probe: "contact_phone", L: "*", V: "*", C: "-", U: "-", D: "-", F: "-"},
	"review_records":       {probe: "reviewer", L: "padm,pexp,op", V: "padm,pexp,op", C: "-", U: "-", D: "-", F: "padm,pexp,op"},
	// The tenants of the order and operators; the public reads the view.
	"reviews":        {probe: "user", L: "padm,pclk,eadm,eclk,op", V: "padm,pclk,eadm,eclk,op", C: "-", U: "-", D: "-", F: "padm,pclk,eadm,eclk,op"},
	"public_reviews": {probe: "user", L: "*", V: "*", C: "-", U: "-", D: "-", F: "-"},
	// A rejected settlement of provider A: its users (clerks with 兑付管理)
	// and the reviewers read it, its admin may fix and resubmit or delete
	// it; the claim table is the server's.
	"settlements":        {probe: "invoice_no", L: "padm,pclk,op,dept", V: "padm,pclk,op,dept", C: "-", U: "padm", D: "padm", F: "padm,pclk,op,dept"},
	"settlement_orders":  {probe: "amount_fen", L: "-", V: "-", C: "-", U: "-", D: "-", F: "-"},
	"sms_codes":          {probe: "phone", L: "-", V: "-", C: "-", U: "-", D: "-", F: "-"},
	"sms_outbox":         {probe: "phone", L: "-", V: "-", C: "-", U: "-", D: "-", F: "-"},
	"users":              {probe: "phone", L: "eadm,eclk,op", V: "eadm,eclk,op", C: "anon,padm,eadm", U: "eadm,eclk", D: "eadm", F: "eadm,eclk,op"},
	"voucher_activities": {probe: "", L: "*", V: "*", C: "op", U: "op", D: "op", F: "-"},
	"voucher_batches":    {probe: "", L: "*", V: "*", C: "op", U: "op", D: "op", F: "-"},
	"voucher_ledger":     {probe: "balance_after_fen", L: "eadm,eclk,op", V: "eadm,eclk,op", C: "-", U: "-", D: "-", F: "eadm,eclk,op"},
	"vouchers":           {probe: "balance_fen", L: "eadm,eclk,op", V: "eadm,eclk,op", C: "-", U: "-", D: "-", F: "eadm,eclk,op"},
}

func TestAccessMatrix(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	ids, samples := matrixScenario(t, a, f)

	// Every role of the live schema is covered.
	users, _ := a.FindCollectionByNameOrId("users")
	for _, role := range users.Fields.GetByName("role").(*core.SelectField).Values {
		covered := false
		for _, r := range identityRoles {
			covered = covered || r == role
		}
		if !covered {
			t.Errorf("users.role %q has no identity in the access matrix: add one to matrixIdentities", role)
		}
	}

	cols, err := a.FindAllCollections()
	if err != nil {
		t.Fatal(err)
	}
	var observed []string
	for _, c := range cols {
		if c.System {
			continue
		}
		row, ok := accessMatrix[c.Name]
		if !ok {
			t.Errorf("collection %q has no row in the access matrix (hooks/access_matrix_test.go): add its expectations", c.Name)
			continue
		}
		sample := samples[c.Name]
		if sample == nil {
			t.Errorf("collection %q has no sample row in matrixScenario", c.Name)
			continue
		}
		got := map[string][]string{}
		for _, id := range matrixIdentities {
			user := ids[id]
			base := "/api/collections/" + c.Name + "/records"
			// Up to three filtered lists per cell find nothing; past three
			// PocketBase would sleep (see ForgetListThrottle).
			a.ForgetListThrottle()
			res := a.Do("GET", base+"?perPage=500&filter="+url.QueryEscape("id = '"+sample.Id+"'"), user, nil)
			if res.Code == 200 && res.Contains(`"`+sample.Id+`"`) {
				got["L"] = append(got["L"], id)
			}
			if a.Do("GET", base+"/"+sample.Id, user, nil).Code == 200 {
				got["V"] = append(got["V"], id)
			}
			if c.Type != core.CollectionTypeView {
				if passed(a.Do("POST", base, user, map[string]any{})) {
					got["C"] = append(got["C"], id)
				}
				if passed(a.Do("PATCH", base+"/"+sample.Id, user, map[string]any{})) {
					got["U"] = append(got["U"], id)
				}
				if allows(row.D, id) {
					if c.DeleteRule != nil && user != nil {
						info := &core.RequestInfo{Auth: user, Method: "DELETE", Context: core.RequestInfoContextDefault}
						if ok, _ := a.CanAccessRecord(a.Reload(sample), info, c.DeleteRule); ok {
							got["D"] = append(got["D"], id)
						}
					} else if c.DeleteRule != nil && *c.DeleteRule == "" {
						got["D"] = append(got["D"], id)
					}
				} else if r := a.Do("DELETE", base+"/"+sample.Id, user, nil); r.Code == 204 {
					got["D"] = append(got["D"], id)
					t.Errorf("%s deleted the %s sample", id, c.Name)
				}
			}
			if row.probe != "" {
				value := fmt.Sprint(a.Reload(sample).Get(row.probe))
				q := func(v string) *smedxtest.Response {
					return a.Do("GET", base+"?filter="+url.QueryEscape(fmt.Sprintf("id = '%s' && %s = '%s'", sample.Id, row.probe, v)), user, nil)
				}
				hit, miss := q(value), q(value+"#")
				if hit.Code == 200 && hit.Contains(sample.Id) && !miss.Contains(sample.Id) {
					got["F"] = append(got["F"], id)
				}
			}
		}
		want := map[string]string{"L": row.L, "V": row.V, "C": row.C, "U": row.U, "D": row.D, "F": row.F}
		if c.Type == core.CollectionTypeView {
			want["C"], want["U"], want["D"] = "-", "-", "-"
		}
		if row.probe == "" {
			want["F"] = "-"
		}
		line := fmt.Sprintf("%q: {probe: %q", c.Name, row.probe)
		for _, act := range []string{"L", "V", "C", "U", "D", "F"} {
			g := cell(got[act])
			line += fmt.Sprintf(", %s: %q", act, g)
			if g != normCell(want[act]) {
				t.Errorf("%s %s: allowed %s, the matrix expects %s", c.Name, act, g, normCell(want[act]))
			}
		}
		observed = append(observed, line+"},")
	}
	if t.Failed() {
		sort.Strings(observed)
		t.Logf("observed matrix:\n%s", strings.Join(observed, "\n"))
	}
}

// passed: the request got past the API rule and the access hooks.
func passed(r *smedxtest.Response) bool {
	if r.Code == 200 || r.Code == 204 {
		return true
	}
	if r.Code != 400 {
		return false
	}
	var e struct {
		Data map[string]any `json:"data"`
	}
	_ = jsonUnmarshal(r.Body, &e)
	return len(e.Data) > 0
}

func allows(c, id string) bool {
	if c == "*" {
		return true
	}
	for _, x := range strings.Split(c, ",") {
		if strings.TrimSpace(x) == id {
			return true
		}
	}
	return false
}

func cell(ids []string) string {
	if len(ids) == 0 {
		return "-"
	}
	if len(ids) == len(matrixIdentities) {
		return "*"
	}
	return strings.Join(ids, ",")
}

// normCell orders a cell like matrixIdentities.
func normCell(c string) string {
	if c == "" || c == "-" || c == "*" {
		if c == "" {
			return "-"
		}
		return c
	}
	var out []string
	for _, id := range matrixIdentities {
		if allows(c, id) {
			out = append(out, id)
		}
	}
	return cell(out)
}

// matrixScenario builds the identities and one sample row per collection,
// owned by provider A / enterprise A where ownership applies; the
// publication application waits at the expert stage with pexp assigned.
func matrixScenario(t *testing.T, a *smedxtest.App, f *smedxtest.Fixtures) (map[string]*core.Record, map[string]*core.Record) {
	t.Helper()
	pclk := a.NewUser("matrix_pclk", "provider", f.ProviderA.Enterprise, false)
	ids := map[string]*core.Record{"anon": nil, "padm": f.ProviderA.Admin, "pclk": pclk, "pexp": f.ExpertB,
		"eadm": f.EnterpriseA.Admin, "eclk": f.EnterpriseA.Staff, "unc": f.ProviderPending.Admin, "op": f.Operator, "dept": f.Department}
	s := map[string]*core.Record{}
	one := func(col, filter string, params dbx.Params) *core.Record {
		r, err := a.FindFirstRecordByFilter(col, filter, params)
		if err != nil {
			t.Fatalf("sample %s: %v", col, err)
		}
		return r
	}

	// A listed product with a free and a paid spec and three cases.
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "矩阵方案", nil, 0, 50000)
	p.Set("contact_phone", "13912345678")
	if err := a.Save(p); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		smedxtest.SaveRecord(t, a, "product_cases", map[string]any{"product": p.Id, "idx": i, "customer": fmt.Sprintf("客户%d", i),
			"contact_name": "李经理", "contact_info": "13900002222"})
	}
	s["products"], s["public_products"] = p, p
	s["product_specs"], s["public_product_specs"] = specs[1], specs[1]
	s["product_cases"] = one("product_cases", "product = {:p} && idx = 1", dbx.Params{"p": p.Id})
	s["public_product_cases"] = s["product_cases"]
	s["product_revisions"] = smedxtest.SaveRecord(t, a, "product_revisions", map[string]any{"product": p.Id, "author": f.ProviderA.Admin.Id, "data": map[string]any{"name": "新名"}, "status": "draft"})

	// An application at the expert stage, expert B assigned.
	q, _ := smedxtest.ProductIn(t, a, "draft", f.ProviderA.Enterprise, "评审中方案", nil, 10000)
	_ = q
	app := smedxtest.SaveRecord(t, a, "applications", map[string]any{"type": "product_publish", "title": "评审中方案", "enterprise": f.ProviderA.Enterprise.Id,
		"applicant": f.ProviderA.Admin.Id, "applicant_name": "甲", "product": q.Id, "stage": "expert", "status": "pending", "experts": []string{f.ExpertB.Id}})
	s["applications"] = app
	s["review_records"] = smedxtest.SaveRecord(t, a, "review_records", map[string]any{"application": app.Id, "stage": "operator",
		"reviewer": f.Operator.Id, "reviewer_name": "运营", "decision": "approve", "comment": "通过"})

	// Commerce: a voucher, an order paid partly by it, a pending payment,
	// a completed free order with its review, a cart item.
	batch := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 10000})
	vid := smedxtest.ClaimVoucher(t, a, f.EnterpriseA.Admin, batch)
	res := a.Do("POST", "/api/smedx/orders/checkout", f.EnterpriseA.Admin, map[string]any{"items": smedxtest.CartItems(p, specs[1], 1), "vouchers": []string{vid}}).Status(t, 200)
	oid := res.JSON(t)["orders"].([]any)[0].(map[string]any)["id"].(string)
	a.Do("POST", "/api/smedx/orders/"+oid+"/pay", f.EnterpriseA.Admin, nil).Status(t, 200)
	s["payments"] = one("payments", "order = {:o}", dbx.Params{"o": oid})
	s["vouchers"] = one("vouchers", "id = {:v}", dbx.Params{"v": vid})
	s["voucher_ledger"] = one("voucher_ledger", "voucher = {:v}", dbx.Params{"v": vid})
	s["voucher_batches"] = batch
	s["voucher_activities"] = one("voucher_activities", "id = {:a}", dbx.Params{"a": batch.GetString("activity")})
	free := a.Do("POST", "/api/smedx/orders/checkout", f.EnterpriseA.Admin, map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}).Status(t, 200)
	fid := free.JSON(t)["orders"].([]any)[0].(map[string]any)["id"].(string)
	a.Do("POST", "/api/smedx/orders/"+fid+"/deliver", f.ProviderA.Admin, map[string]any{}).Status(t, 200)
	a.Do("POST", "/api/smedx/orders/"+fid+"/confirm", f.EnterpriseA.Admin, map[string]any{}).Status(t, 200)
	a.Do("POST", "/api/smedx/orders/"+fid+"/rate", f.EnterpriseA.Admin, map[string]any{"rating": 5, "content": "好"}).Status(t, 200)
	s["reviews"] = one("reviews", "order = {:o}", dbx.Params{"o": fid})
	s["public_reviews"] = s["reviews"]

	// An order paid in full by a voucher, completed and settled: provider
	// A asks to be paid for it, the operator rejects the request (readable
	// by the reviewers, still the provider's admin's to fix or delete).
	full := smedxtest.VoucherBatch(t, a, smedxtest.BatchOpts{Face: 50000, MaxRatio: 1})
	fv := smedxtest.ClaimVoucher(t, a, f.EnterpriseA.Admin, full)
	res = a.Do("POST", "/api/smedx/orders/checkout", f.EnterpriseA.Admin, map[string]any{"items": smedxtest.CartItems(p, specs[1], 1), "vouchers": []string{fv}}).Status(t, 200)
	sold := res.JSON(t)["orders"].([]any)[0].(map[string]any)["id"].(string)
	a.Do("POST", "/api/smedx/orders/"+sold+"/deliver", f.ProviderA.Admin, map[string]any{}).Status(t, 200)
	a.Do("POST", "/api/smedx/orders/"+sold+"/confirm", f.EnterpriseA.Admin, map[string]any{}).Status(t, 200)
	sid := a.Do("POST", "/api/smedx/settlements", f.ProviderA.Admin, map[string]any{"orders": []string{sold}}).Status(t, 200).JSON(t)["id"].(string)
	pdf := []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
	a.Upload("PATCH", "/api/collections/settlements/records/"+sid, f.ProviderA.Admin, map[string]string{"invoice_no": "04400123"},
		map[string]smedxtest.File{"invoice": {Name: "fapiao.pdf", Data: pdf}, "documents": {Name: "yanshou.pdf", Data: pdf}}).Status(t, 200)
	a.Do("POST", "/api/smedx/settlements/"+sid+"/submit", f.ProviderA.Admin, nil).Status(t, 200)
	a.Do("POST", "/api/smedx/settlements/"+sid+"/reject", f.Operator, map[string]any{"comment": "发票抬头有误"}).Status(t, 200)
	s["orders"] = one("orders", "id = {:o}", dbx.Params{"o": sold})
	s["settlements"] = one("settlements", "id = {:s}", dbx.Params{"s": sid})
	s["settlement_orders"] = one("settlement_orders", "order = {:o}", dbx.Params{"o": sold})
	s["cart_items"] = smedxtest.SaveRecord(t, a, "cart_items", map[string]any{"user": f.EnterpriseA.Admin.Id, "enterprise": f.EnterpriseA.Enterprise.Id,
		"product": p.Id, "spec": specs[1].Id, "quantity": 1})

	// Accounts, content and platform rows.
	s["users"] = f.EnterpriseA.Staff
	s["enterprises"] = f.EnterpriseA.Enterprise
	s["experts"] = one("experts", "user = {:u}", dbx.Params{"u": f.ExpertA.Id})
	s["public_experts"] = s["experts"]
	s["announcements"] = smedxtest.SaveRecord(t, a, "announcements", map[string]any{"title": "公告", "content": "<p>正文</p>", "published": true})
	s["demand_surveys"] = smedxtest.SaveRecord(t, a, "demand_surveys", map[string]any{"company_name": "某企业", "city": "济南市",
		"enterprise_type": "制造业", "contact_name": "张三", "contact_phone": "13900009999"})
	s["notifications"] = smedxtest.SaveRecord(t, a, "notifications", map[string]any{"user": f.EnterpriseA.Admin.Id, "title": "通知", "link": "/workbench"})
	s["audit_logs"] = one("audit_logs", "action != ''", nil)
	s["dicts"] = one("dicts", "type != ''", nil)
	s["sms_codes"] = smedxtest.SaveRecord(t, a, "sms_codes", map[string]any{"phone": "13900001111", "purpose": "login", "code_hash": "x", "expires_at": "2030-01-01 00:00:00.000Z"})
	s["sms_outbox"] = smedxtest.SaveRecord(t, a, "sms_outbox", map[string]any{"phone": "13900001111", "purpose": "login", "content": "******"})
	s["login_attempts"] = smedxtest.SaveRecord(t, a, "login_attempts", map[string]any{"account": "i:nobody", "ip": "203.0.113.9", "failures": 1,
		"last_failed_at": time.Now()}) // recent: the hourly prune (accounts) keeps it
	s["platform_settings"] = smedxtest.SaveRecord(t, a, "platform_settings", map[string]any{"key": "matrix_probe", "value": map[string]any{"name": "某单位"}})
	return ids, s
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }
