package review_test

import (
	"testing"

	"github.com/pocketbase/dbx"

	"smedx/smedxtest"
)

func submitPath(id string) string { return "/api/smedx/products/" + id + "/submit" }

func TestProductReviewThreeStages(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	expertC := outsideExpert(t, a, "赵工")
	idle := outsideExpert(t, a, "陈工") // an expert nobody assigns
	p := reviewProduct(t, a, f.ProviderA, "设备上云方案", "draft")

	// Who may submit.
	wantRefused(t, a.Do("POST", submitPath(p.Id), f.EnterpriseA.Admin, nil), 403, "")
	wantRefused(t, a.Do("POST", submitPath(p.Id), f.ProviderB.Admin, nil), 403, "本企业")
	pending := reviewProduct(t, a, f.ProviderPending, "未认证方案", "draft")
	wantRefused(t, a.Do("POST", submitPath(pending.Id), f.ProviderPending.Admin, nil), 403, "企业认证通过后才能")
	wantState(t, a, pending, "status", "draft")

	app := appOf(t, a, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200))
	wantState(t, a, p, "status", "pending")
	if app.GetString("type") != "product_publish" || app.GetString("product") != p.Id || app.GetString("stage") != "operator" {
		t.Fatalf("application %v", app.FieldsData())
	}
	wantRefused(t, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil), 400, "审核中")
	if count(t, a, "notifications", dbx.HashExp{"user": f.Operator.Id, "ref_id": app.Id, "kind": "review_todo"}) != 1 {
		t.Fatal("operator not notified")
	}

	// Stage 1: only operators; experts 1–5, real experts, no conflict of interest.
	wantRefused(t, approve(a, app.Id, f.Department, map[string]any{"comment": "x", "experts": []string{f.ExpertB.Id}}), 403, "运营初审")
	wantRefused(t, approve(a, app.Id, f.ProviderA.Admin, map[string]any{"experts": []string{f.ExpertB.Id}}), 403, "")
	wantRefused(t, approve(a, app.Id, f.ProviderA.Staff, map[string]any{"experts": []string{f.ExpertB.Id}}), 403, "自己")
	for name, experts := range map[string][]string{
		"none":       nil,
		"six":        {f.ExpertB.Id, expertC.Id, outsideExpert(t, a, "钱工").Id, outsideExpert(t, a, "孙工").Id, outsideExpert(t, a, "周工").Id, outsideExpert(t, a, "吴工").Id},
		"same ent":   {f.ExpertB.Id, f.ExpertA.Id},
		"non-expert": {f.ProviderB.Admin.Id},
		"operator":   {f.Operator.Id},
		"not a user": {"nosuchuser00001"},
	} {
		res := approve(a, app.Id, f.Operator, map[string]any{"comment": "ok", "experts": experts})
		if res.Status(t, 400).FieldError("experts") == "" {
			t.Fatalf("%s: no experts error: %s", name, res.Body)
		}
	}
	// An expert whose profile is inactive is no expert.
	inactive := outsideExpert(t, a, "郑工")
	prof, _ := a.FindFirstRecordByFilter("experts", "user = {:u}", dbx.Params{"u": inactive.Id})
	prof.Set("active", false)
	if err := a.Save(prof); err != nil {
		t.Fatal(err)
	}
	approve(a, app.Id, f.Operator, map[string]any{"experts": []string{inactive.Id}}).Status(t, 400)
	wantState(t, a, app, "stage", "operator")
	if count(t, a, "review_records", dbx.HashExp{"application": app.Id}) != 0 {
		t.Fatal("refused decisions were recorded")
	}

	todo := a.Do("GET", "/api/smedx/applications/todo", f.Operator, nil).Status(t, 200).Items(t)
	if len(todo) != 1 || todo[0]["id"] != app.Id {
		t.Fatalf("operator todo %v", todo)
	}

	approve(a, app.Id, f.Operator, map[string]any{"comment": "材料齐全", "experts": []string{f.ExpertB.Id, expertC.Id, f.ExpertB.Id}}).Status(t, 200)
	app = a.Reload(app)
	if app.GetString("stage") != "expert" || len(app.GetStringSlice("experts")) != 2 {
		t.Fatalf("after stage 1: %v", app.FieldsData())
	}
	for _, ex := range []string{f.ExpertB.Id, expertC.Id} {
		if count(t, a, "notifications", dbx.HashExp{"user": ex, "ref_id": app.Id, "kind": "review_todo"}) != 1 {
			t.Fatal("assigned expert not notified")
		}
	}
	if n := len(a.Do("GET", "/api/smedx/applications/todo", f.Operator, nil).Items(t)); n != 0 {
		t.Fatalf("operator todo still has %d", n)
	}
	if n := len(a.Do("GET", "/api/smedx/applications/todo", f.ExpertB, nil).Items(t)); n != 1 {
		t.Fatalf("expert todo %d", n)
	}
	if n := len(a.Do("GET", "/api/smedx/applications/todo", idle, nil).Items(t)); n != 0 {
		t.Fatalf("unassigned expert todo %d", n)
	}

	// Stage 2: the assigned experts only, once each.
	wantRefused(t, approve(a, app.Id, idle, nil), 403, "指派")
	wantRefused(t, approve(a, app.Id, f.ExpertA, nil), 403, "") // the applicant himself
	wantRefused(t, approve(a, app.Id, f.Operator, nil), 403, "专家评审")
	wantRefused(t, approve(a, app.Id, f.Department, nil), 403, "")
	approve(a, app.Id, f.ExpertB, map[string]any{"comment": "方案可行"}).Status(t, 200)
	wantState(t, a, app, "stage", "expert")
	wantRefused(t, approve(a, app.Id, f.ExpertB, nil), 409, "")
	if n := len(a.Do("GET", "/api/smedx/applications/todo", f.ExpertB, nil).Items(t)); n != 0 {
		t.Fatalf("decided expert still has %d to do", n)
	}
	approve(a, app.Id, expertC, map[string]any{"comment": "同意"}).Status(t, 200)
	wantState(t, a, app, "stage", "department")
	if count(t, a, "notifications", dbx.HashExp{"user": f.Department.Id, "ref_id": app.Id, "kind": "review_todo"}) != 1 {
		t.Fatal("department not notified")
	}

	// Stage 3.
	wantRefused(t, approve(a, app.Id, f.Operator, nil), 403, "工信厅")
	wantRefused(t, approve(a, app.Id, expertC, nil), 403, "")
	if n := len(a.Do("GET", "/api/smedx/applications/todo", f.Department, nil).Items(t)); n != 1 {
		t.Fatalf("department todo %d", n)
	}
	approve(a, app.Id, f.Department, map[string]any{"comment": "准予上架"}).Status(t, 200)
	wantState(t, a, app, "status", "approved")
	wantState(t, a, app, "stage", "done")
	live := a.Reload(p)
	if live.GetString("status") != "listed" || live.GetString("listed_at") == "" {
		t.Fatalf("product after approval: %v", live.FieldsData())
	}
	wantRefused(t, approve(a, app.Id, f.Department, nil), 409, "")

	if n := count(t, a, "review_records", dbx.HashExp{"application": app.Id, "decision": "approve"}); n != 4 {
		t.Fatalf("%d review records, want 4", n)
	}
	if n := count(t, a, "audit_logs", dbx.HashExp{"action": "application_approve", "target_id": app.Id}); n != 4 {
		t.Fatalf("%d audit rows, want 4", n)
	}
	if n := count(t, a, "notifications", dbx.HashExp{"user": f.ProviderA.Staff.Id, "ref_id": app.Id, "kind": "review_decision"}); n != 4 {
		t.Fatalf("applicant got %d decision notifications, want 4", n)
	}
	// The public sees it now (through the public view).
	a.Do("GET", "/api/collections/public_products/records/"+p.Id, nil, nil).Status(t, 200)

	// Detail: full history for the applicant, refused to outsiders.
	det := a.Do("GET", "/api/smedx/applications/"+app.Id, f.ProviderA.Staff, nil).Status(t, 200).JSON(t)
	recs, _ := det["records"].([]any)
	if len(recs) != 4 {
		t.Fatalf("history %v", det["records"])
	}
	first := recs[0].(map[string]any)
	if first["stage"] != "operator" || first["reviewer"] != f.Operator.Id || first["decision"] != "approve" || first["comment"] != "材料齐全" || first["created"] == "" {
		t.Fatalf("first record %v", first)
	}
	if sub, _ := det["subject"].(map[string]any); sub["status"] != "listed" || sub["name"] != "设备上云方案" {
		t.Fatalf("subject %v", det["subject"])
	}
	a.Do("GET", "/api/smedx/applications/"+app.Id, f.ProviderB.Admin, nil).Status(t, 404)
	a.Do("GET", "/api/smedx/applications/"+app.Id, idle, nil).Status(t, 404)
	a.Do("GET", "/api/smedx/applications/"+app.Id, expertC, nil).Status(t, 200)
	a.Do("GET", "/api/smedx/applications/"+app.Id, f.Department, nil).Status(t, 200)

	// The records API lets each party read the history it needs.
	for _, c := range []struct {
		name string
		want int
		res  *smedxtest.Response
	}{
		{"applicant", 4, a.Do("GET", "/api/collections/review_records/records?filter=application%3D%27"+app.Id+"%27", f.ProviderA.Staff, nil)},
		{"tenant admin", 4, a.Do("GET", "/api/collections/review_records/records?filter=application%3D%27"+app.Id+"%27", f.ProviderA.Admin, nil)},
		{"expert", 4, a.Do("GET", "/api/collections/review_records/records?filter=application%3D%27"+app.Id+"%27", expertC, nil)},
		{"other tenant", 0, a.Do("GET", "/api/collections/review_records/records?filter=application%3D%27"+app.Id+"%27", f.ProviderB.Admin, nil)},
		{"unassigned expert", 0, a.Do("GET", "/api/collections/review_records/records?filter=application%3D%27"+app.Id+"%27", idle, nil)},
		{"anonymous", 0, a.Do("GET", "/api/collections/review_records/records?filter=application%3D%27"+app.Id+"%27", nil, nil)},
		{"department", 4, a.Do("GET", "/api/collections/review_records/records?filter=application%3D%27"+app.Id+"%27", f.Department, nil)},
	} {
		if got := len(c.res.Status(t, 200).Items(t)); got != c.want {
			t.Errorf("%s reads %d review records, want %d", c.name, got, c.want)
		}
	}
}

func TestProductRejectRevokeReeditDelist(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	p := reviewProduct(t, a, f.ProviderA, "质量追溯系统", "draft")

	// Revoke while pending, by the applicant's tenant admin.
	app := appOf(t, a, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200))
	wantRefused(t, a.Do("POST", "/api/smedx/applications/"+app.Id+"/revoke", f.ProviderB.Admin, nil), 403, "")
	wantRefused(t, a.Do("POST", "/api/smedx/applications/"+app.Id+"/revoke", f.Operator, nil), 403, "")
	a.Do("POST", "/api/smedx/applications/"+app.Id+"/revoke", f.ProviderA.Admin, nil).Status(t, 200)
	wantState(t, a, p, "status", "revoked")
	wantState(t, a, app, "status", "revoked")
	wantRefused(t, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil), 400, "重新编辑")

	// 重新编辑 through the records API (what the UI does).
	a.Do("PATCH", "/api/collections/products/records/"+p.Id, f.ProviderA.Staff, map[string]any{"status": "draft", "name": "质量追溯系统V2"}).Status(t, 200)
	wantState(t, a, p, "status", "draft")

	// Rejected by an expert: the whole application ends.
	app = appOf(t, a, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200))
	if app.GetString("title") != "质量追溯系统V2" {
		t.Fatalf("title %q", app.GetString("title"))
	}
	expertC := outsideExpert(t, a, "冯工")
	approve(a, app.Id, f.Operator, map[string]any{"experts": []string{f.ExpertB.Id, expertC.Id}}).Status(t, 200)
	// The revoke of an application under expert review is still possible
	// for the applicant, but here an expert rejects first.
	reject(a, app.Id, f.ExpertB, "缺少安全方案").Status(t, 200)
	wantState(t, a, app, "status", "rejected")
	wantState(t, a, p, "status", "rejected")
	wantRefused(t, approve(a, app.Id, expertC, nil), 409, "")
	wantRefused(t, a.Do("POST", "/api/smedx/applications/"+app.Id+"/revoke", f.ProviderA.Staff, nil), 400, "")

	// 重新编辑 through the route; then submit and pass all stages.
	wantRefused(t, a.Do("POST", "/api/smedx/products/"+p.Id+"/reedit", f.ProviderB.Admin, nil), 403, "")
	a.Do("POST", "/api/smedx/products/"+p.Id+"/reedit", f.ProviderA.Staff, nil).Status(t, 200)
	wantState(t, a, p, "status", "draft")
	wantRefused(t, a.Do("POST", "/api/smedx/products/"+p.Id+"/reedit", f.ProviderA.Staff, nil), 400, "")
	app = appOf(t, a, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200))
	approve(a, app.Id, f.Operator, map[string]any{"experts": []string{f.ExpertB.Id}}).Status(t, 200)
	approve(a, app.Id, f.ExpertB, nil).Status(t, 200)
	// Department rejects: product rejected.
	reject(a, app.Id, f.Department, "价格不合理").Status(t, 200)
	wantState(t, a, p, "status", "rejected")
	a.Do("POST", "/api/smedx/products/"+p.Id+"/reedit", f.ProviderA.Staff, nil).Status(t, 200)
	app = appOf(t, a, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200))
	approve(a, app.Id, f.Operator, map[string]any{"experts": []string{f.ExpertB.Id}}).Status(t, 200)
	approve(a, app.Id, f.ExpertB, nil).Status(t, 200)
	approve(a, app.Id, f.Department, nil).Status(t, 200)
	wantState(t, a, p, "status", "listed")

	// Delist: owner provider or operator only.
	wantRefused(t, a.Do("POST", "/api/smedx/products/"+p.Id+"/delist", f.ProviderB.Admin, nil), 403, "")
	wantRefused(t, a.Do("POST", "/api/smedx/products/"+p.Id+"/delist", f.EnterpriseA.Admin, nil), 403, "")
	wantRefused(t, a.Do("POST", "/api/smedx/products/"+p.Id+"/delist", f.Department, nil), 403, "")
	a.Do("POST", "/api/smedx/products/"+p.Id+"/delist", f.ProviderA.Staff, nil).Status(t, 200)
	wantState(t, a, p, "status", "delisted")
	wantRefused(t, a.Do("POST", "/api/smedx/products/"+p.Id+"/delist", f.ProviderA.Staff, nil), 400, "已上架")
	a.Do("GET", "/api/collections/products/records/"+p.Id, nil, nil).Status(t, 404)
	if count(t, a, "audit_logs", dbx.HashExp{"action": "product_delist", "target_id": p.Id}) != 1 {
		t.Fatal("delist not audited")
	}

	// Resubmission of a delisted product; an operator delists it again.
	app = appOf(t, a, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200))
	wantState(t, a, p, "status", "pending")
	approve(a, app.Id, f.Operator, map[string]any{"experts": []string{f.ExpertB.Id}}).Status(t, 200)
	approve(a, app.Id, f.ExpertB, nil).Status(t, 200)
	approve(a, app.Id, f.Department, nil).Status(t, 200)
	wantState(t, a, p, "status", "listed")
	a.Do("POST", "/api/smedx/products/"+p.Id+"/delist", f.Operator, nil).Status(t, 200)
	wantState(t, a, p, "status", "delisted")
	if count(t, a, "notifications", dbx.HashExp{"user": f.ProviderA.Admin.Id, "ref_id": p.Id}) != 1 {
		t.Fatal("provider not told of the operator's delisting")
	}
}

// Reads of what is under review: the assigned expert sees the product and
// its application; anonymous users, other experts and other tenants do not.
func TestReviewReadRules(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	idle := outsideExpert(t, a, "褚工")
	p := reviewProduct(t, a, f.ProviderA, "能耗监测方案", "draft")
	other := reviewProduct(t, a, f.ProviderA, "另一个方案", "draft")
	app := appOf(t, a, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200))
	a.Do("POST", submitPath(other.Id), f.ProviderA.Staff, nil).Status(t, 200)

	if n := len(a.Do("GET", "/api/collections/applications/records", nil, nil).Status(t, 200).Items(t)); n != 0 {
		t.Fatalf("anonymous lists %d applications", n)
	}
	a.Do("GET", "/api/collections/products/records/"+p.Id, nil, nil).Status(t, 404)
	a.Do("GET", "/api/collections/products/records/"+p.Id, f.ExpertB, nil).Status(t, 404)

	approve(a, app.Id, f.Operator, map[string]any{"experts": []string{f.ExpertB.Id}}).Status(t, 200)
	a.Do("GET", "/api/collections/products/records/"+p.Id, f.ExpertB, nil).Status(t, 200)
	a.Do("GET", "/api/collections/applications/records/"+app.Id, f.ExpertB, nil).Status(t, 200)
	// Assigned to one product, not to the other one of the same tenant.
	a.Do("GET", "/api/collections/products/records/"+other.Id, f.ExpertB, nil).Status(t, 404)
	a.Do("GET", "/api/collections/products/records/"+p.Id, idle, nil).Status(t, 404)
	a.Do("GET", "/api/collections/products/records/"+p.Id, nil, nil).Status(t, 404)
	a.Do("GET", "/api/collections/applications/records/"+app.Id, idle, nil).Status(t, 404)
	a.Do("GET", "/api/collections/applications/records/"+app.Id, f.ProviderB.Admin, nil).Status(t, 404)
	if n := len(a.Do("GET", "/api/collections/product_specs/records?filter=product%3D%27"+p.Id+"%27", f.ExpertB, nil).Status(t, 200).Items(t)); n != 1 {
		t.Fatalf("assigned expert sees %d specs", n)
	}
	if n := len(a.Do("GET", "/api/collections/product_specs/records?filter=product%3D%27"+p.Id+"%27", nil, nil).Status(t, 200).Items(t)); n != 0 {
		t.Fatalf("anonymous sees %d specs of a product under review", n)
	}
	// The department sees applications once they reach it.
	a.Do("GET", "/api/collections/applications/records/"+app.Id, f.Department, nil).Status(t, 404)
	approve(a, app.Id, f.ExpertB, nil).Status(t, 200)
	a.Do("GET", "/api/collections/applications/records/"+app.Id, f.Department, nil).Status(t, 200)
}
