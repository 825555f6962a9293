package review_test

import (
	"net/url"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

func total(t *testing.T, a *smedxtest.App, user *core.Record, collection, filter string) int {
	t.Helper()
	q := "?perPage=200"
	if filter != "" {
		q += "&filter=" + url.QueryEscape(filter)
	}
	res := a.Do("GET", "/api/collections/"+collection+"/records"+q, user, nil).Status(t, 200)
	return int(res.JSON(t)["totalItems"].(float64))
}

// Finding 8: the department and experts read what their reviews need —
// the applications at (or decided at) their stage and their subjects —
// and preview a draft only while it waits at their stage.
func TestDepartmentAndExpertReadsFollowTheirReviews(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	dept := f.Department
	p := reviewProduct(t, a, f.ProviderA, "边缘计算方案", "draft")
	smedxtest.SaveRecord(t, a, "demand_surveys", map[string]any{"company_name": "某企业", "city": "济南市", "enterprise_type": "制造业", "contact_name": "张三", "contact_phone": "13900009999"})
	// 发布预览 is the product read through the records API rules.
	preview := func(user *core.Record) int {
		return a.Do("GET", "/api/collections/products/records/"+p.Id, user, nil).Code
	}

	// Nothing at the department yet: no users but himself, no tenant, no
	// order, no survey, no expert row, no certification application.
	if n := total(t, a, dept, "users", ""); n != 1 {
		t.Errorf("department lists %d users, want only himself", n)
	}
	// The phone filter cannot tell anything either.
	if hit, miss := total(t, a, dept, "users", "id != '"+dept.Id+"' && phone ~ '139'"), total(t, a, dept, "users", "id != '"+dept.Id+"' && phone ~ '888'"); hit != 0 || miss != 0 {
		t.Errorf("phone oracle: %d vs %d", hit, miss)
	}
	for _, c := range []string{"enterprises", "orders", "demand_surveys", "experts", "applications", "products"} {
		if n := total(t, a, dept, c, ""); n != 0 {
			t.Errorf("department lists %d %s", n, c)
		}
	}
	a.Do("GET", "/api/collections/users/records/"+f.EnterpriseA.Admin.Id, dept, nil).Status(t, 404)
	if n := total(t, a, f.Operator, "demand_surveys", ""); n != 1 {
		t.Errorf("operator lists %d surveys", n)
	}
	// Experts' public profile is the view; the base rows are not theirs to read.
	if n := total(t, a, f.ExpertB, "experts", ""); n != 1 {
		t.Errorf("an expert lists %d experts rows, want his own", n)
	}
	if preview(dept) != 404 || preview(f.ExpertB) != 404 {
		t.Error("a draft previewed by a reviewer without an application at his stage")
	}

	// Submitted, passed by the operator to expert B.
	app := appOf(t, a, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200))
	approve(a, app.Id, f.Operator, map[string]any{"experts": []string{f.ExpertB.Id}}).Status(t, 200)
	if preview(f.ExpertB) != 200 || preview(dept) != 404 || preview(outsideExpert(t, a, "陈工")) != 404 {
		t.Error("expert stage preview: only the assigned expert")
	}
	if n := total(t, a, dept, "applications", ""); n != 0 {
		t.Errorf("department sees %d applications at the expert stage", n)
	}
	// At the department's stage: the application, its product, tenant,
	// applicant and experts; still no orders or surveys.
	approve(a, app.Id, f.ExpertB, nil).Status(t, 200)
	// The expert keeps reading what he reviewed: his 已审批 list opens it.
	if d, e := preview(dept), preview(f.ExpertB); d != 200 || e != 200 {
		t.Errorf("department stage preview: department %d, expert %d", d, e)
	}
	if n := total(t, a, dept, "applications", ""); n != 1 {
		t.Errorf("department sees %d applications at its stage", n)
	}
	a.Do("GET", "/api/collections/products/records/"+p.Id, dept, nil).Status(t, 200)
	a.Do("GET", "/api/collections/enterprises/records/"+f.ProviderA.Enterprise.Id, dept, nil).Status(t, 200)
	a.Do("GET", "/api/collections/users/records/"+f.ProviderA.Staff.Id, dept, nil).Status(t, 200)
	a.Do("GET", "/api/collections/users/records/"+f.ExpertB.Id, dept, nil).Status(t, 200)
	a.Do("GET", "/api/collections/enterprises/records/"+f.EnterpriseA.Enterprise.Id, dept, nil).Status(t, 404)
	// Decided: the department keeps its history of the application.
	approve(a, app.Id, dept, nil).Status(t, 200)
	if n := total(t, a, dept, "applications", ""); n != 1 {
		t.Errorf("department lost the application it decided: %d", n)
	}
	if n := total(t, a, dept, "review_records", ""); n != 3 {
		t.Errorf("department sees %d review records of it", n)
	}
}
