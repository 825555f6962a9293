package review_test

import (
	"testing"

	"github.com/pocketbase/dbx"

	"smedx/smedxtest"
)

func TestCertificationSubmitApproveReject(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	tenant := a.NewTenant("provider", "丁智能装备有限公司", "draft")
	ent := tenant.Enterprise
	path := "/api/smedx/enterprises/" + ent.Id + "/submit"

	// Only the tenant's admin submits.
	wantRefused(t, a.Do("POST", path, tenant.Staff, nil), 403, "管理员")
	wantRefused(t, a.Do("POST", path, f.ProviderA.Admin, nil), 403, "")
	wantRefused(t, a.Do("POST", path, nil, nil), 401, "")
	wantState(t, a, ent, "cert_status", "draft")

	res := a.Do("POST", path, tenant.Admin, nil).Status(t, 200)
	app := appOf(t, a, res)
	if app.GetString("type") != "certification" || app.GetString("stage") != "operator" || app.GetString("status") != "pending" ||
		app.GetString("applicant") != tenant.Admin.Id || app.GetString("enterprise") != ent.Id {
		t.Fatalf("application %v", app.FieldsData())
	}
	wantState(t, a, ent, "cert_status", "pending")
	if count(t, a, "notifications", dbx.HashExp{"user": f.Operator.Id, "ref_id": app.Id}) != 1 {
		t.Fatal("operators are not told of the new certification")
	}
	wantRefused(t, a.Do("POST", path, tenant.Admin, nil), 400, "审核中")

	// Wrong reviewers.
	wantRefused(t, approve(a, app.Id, f.Department, nil), 403, "运营初审")
	wantRefused(t, approve(a, app.Id, f.EnterpriseA.Admin, nil), 403, "")
	wantRefused(t, approve(a, app.Id, f.ExpertA, nil), 403, "")
	wantRefused(t, approve(a, app.Id, tenant.Admin, nil), 403, "自己")
	wantRefused(t, approve(a, app.Id, tenant.Staff, nil), 403, "本企业")
	wantRefused(t, approve(a, app.Id, f.Operator, map[string]any{"comment": "ok", "experts": []string{f.ExpertB.Id}}), 400, "")
	if res := reject(a, app.Id, f.Operator, "  "); res.Status(t, 400).FieldError("comment") == "" {
		t.Fatalf("reject without comment: %s", res.Body)
	}
	wantState(t, a, ent, "cert_status", "pending")
	if count(t, a, "review_records", dbx.HashExp{"application": app.Id}) != 0 {
		t.Fatal("refused decisions left records")
	}

	// Reject with a comment; the tenant sees why, edits and resubmits.
	reject(a, app.Id, f.Operator, "营业执照不清晰").Status(t, 200)
	wantState(t, a, app, "status", "rejected")
	fresh := a.Reload(ent)
	if fresh.GetString("cert_status") != "rejected" || fresh.GetString("cert_comment") != "营业执照不清晰" {
		t.Fatalf("enterprise after reject: %v", fresh.FieldsData())
	}
	if count(t, a, "review_records", dbx.HashExp{"application": app.Id, "decision": "reject", "reviewer": f.Operator.Id, "stage": "operator"}) != 1 {
		t.Fatal("no review record")
	}
	if count(t, a, "audit_logs", dbx.HashExp{"action": "application_reject", "target_id": app.Id, "actor": f.Operator.Id}) != 1 {
		t.Fatal("no audit row")
	}
	if count(t, a, "notifications", dbx.HashExp{"user": tenant.Admin.Id, "ref_id": app.Id, "kind": "review_decision"}) != 1 {
		t.Fatal("applicant not notified")
	}
	// A second decision on the decided stage.
	wantRefused(t, approve(a, app.Id, f.Operator, nil), 409, "")
	wantState(t, a, ent, "cert_status", "rejected")

	// Rejected: the admin edits (records API) and resubmits.
	a.Do("PATCH", "/api/collections/enterprises/records/"+ent.Id, tenant.Admin, map[string]any{"name": "丁智能装备股份有限公司"}).Status(t, 200)
	app2 := appOf(t, a, a.Do("POST", path, tenant.Admin, nil).Status(t, 200))
	if app2.Id == app.Id {
		t.Fatal("resubmission reused the application")
	}
	// Not certified yet: the gating holds.
	p := reviewProduct(t, a, tenant, "未认证商品", "draft")
	wantRefused(t, a.Do("POST", "/api/smedx/products/"+p.Id+"/submit", tenant.Admin, nil), 403, "企业认证通过后才能")

	approve(a, app2.Id, f.Operator, map[string]any{"comment": "材料齐全"}).Status(t, 200)
	wantState(t, a, ent, "cert_status", "approved")
	wantState(t, a, app2, "stage", "done")
	wantState(t, a, app2, "status", "approved")
	if a.Reload(ent).GetString("certified_at") == "" {
		t.Fatal("certified_at not set")
	}
	// Certified: the provider may now submit.
	a.Do("POST", "/api/smedx/products/"+p.Id+"/submit", tenant.Admin, nil).Status(t, 200)
	wantRefused(t, a.Do("POST", path, tenant.Admin, nil), 400, "已通过认证")
}

func TestCertificationRevoke(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	tenant := a.NewTenant("enterprise", "戊纺织有限公司", "draft")
	app := appOf(t, a, a.Do("POST", "/api/smedx/enterprises/"+tenant.Enterprise.Id+"/submit", tenant.Admin, nil).Status(t, 200))

	wantRefused(t, a.Do("POST", "/api/smedx/applications/"+app.Id+"/revoke", f.Operator, nil), 403, "申请人")
	wantRefused(t, a.Do("POST", "/api/smedx/applications/"+app.Id+"/revoke", f.EnterpriseA.Admin, nil), 403, "")
	a.Do("POST", "/api/smedx/applications/"+app.Id+"/revoke", tenant.Admin, nil).Status(t, 200)
	wantState(t, a, app, "status", "revoked")
	wantState(t, a, tenant.Enterprise, "cert_status", "draft")
	wantRefused(t, a.Do("POST", "/api/smedx/applications/"+app.Id+"/revoke", tenant.Admin, nil), 400, "待审批")
	wantRefused(t, approve(a, app.Id, f.Operator, nil), 409, "")
	if count(t, a, "audit_logs", dbx.HashExp{"action": "application_revoke", "target_id": app.Id}) != 1 {
		t.Fatal("revoke not audited")
	}
	// The draft may be submitted again.
	a.Do("POST", "/api/smedx/enterprises/"+tenant.Enterprise.Id+"/submit", tenant.Admin, nil).Status(t, 200)
}

// An incomplete profile cannot enter review (the forms area's validator on
// cert_status → pending): 400 naming the fields, nothing written.
func TestCertificationIncompleteProfile(t *testing.T) {
	a := smedxtest.New(t)
	a.Fixtures()
	tenant := a.NewTenant("provider", "己信息技术有限公司", "draft")
	ent := a.Reload(tenant.Enterprise)
	ent.Set("profile", map[string]any{})
	if err := a.Save(ent); err != nil {
		t.Fatalf("a draft may be incomplete: %v", err)
	}
	res := a.Do("POST", "/api/smedx/enterprises/"+ent.Id+"/submit", tenant.Admin, nil).Status(t, 400)
	if len(res.JSON(t)["data"].(map[string]any)) == 0 {
		t.Fatalf("no field named: %s", res.Body)
	}
	wantState(t, a, ent, "cert_status", "draft")
	if n := count(t, a, "applications", dbx.HashExp{"enterprise": ent.Id}); n != 0 {
		t.Fatalf("%d applications left behind", n)
	}
	if n := count(t, a, "notifications", dbx.HashExp{}); n != 0 {
		t.Fatalf("%d notifications left behind", n)
	}
}
