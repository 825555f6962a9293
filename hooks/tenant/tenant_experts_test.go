package tenant_test

import (
	"encoding/json"
	"strings"
	"testing"

	"smedx/hooks/tenant"
	"smedx/smedxtest"
)

func expertBody() map[string]any {
	return map[string]any{
		"name": "赵工", "position": "技术总监", "major": "机械工程", "professional_title": "senior",
		"region":   []string{"370000", "370100", "370102"},
		"years_ii": "10to20", "years_industry": "gt20",
		"ii_domains": []string{"industrial_service", "software"}, "industry_domains": []string{"general_equipment"},
		"operating_domains": []string{"rnd"},
		"intro":             "长期从事制造业数字化转型咨询。", "work_experience": "二十年装备制造信息化经验。",
		"project_experience": "主持多个智能工厂项目。",
	}
}

func TestParseExpertInput(t *testing.T) {
	in, errs := tenant.ParseExpertInput(expertBody())
	if len(errs) != 0 || in.Region[2] != "370102" || len(in.IIDomains) != 2 {
		t.Fatalf("valid body: %v %+v", errs, in)
	}
	// Multipart bodies: numbers inferred, lists as JSON strings.
	b := expertBody()
	b["region"] = `["370000","370100"]`
	b["ii_domains"] = "platform"
	b["years_ii"] = 5.0
	if in, errs := tenant.ParseExpertInput(b); len(errs) != 0 || len(in.Region) != 2 || in.IIDomains[0] != "platform" || in.YearsII != "5" {
		t.Fatalf("multipart shapes: %v %+v", errs, in)
	}
	for field, v := range map[string]any{
		"intro": strings.Repeat("字", 501), "work_experience": strings.Repeat("a", 501),
		"project_experience": strings.Repeat("项", 501), "name": "", "major": " ",
		"region": []string{"370000", "x"}, "ii_domains": []string{}, "operating_domains": nil,
	} {
		b := expertBody()
		b[field] = v
		_, errs := tenant.ParseExpertInput(b)
		if errs[field] == nil || len(errs) != 1 {
			t.Errorf("%s=%v: errors %v", field, v, errs)
		}
	}
	b = expertBody()
	b["intro"] = strings.Repeat("字", 500)
	if _, errs := tenant.ParseExpertInput(b); len(errs) != 0 {
		t.Fatalf("500 characters are allowed: %v", errs)
	}
}

func TestSetExpert(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin := f.ProviderA.Admin
	user := a.NewUser("future_expert", "provider", f.ProviderA.Enterprise, false)
	path := "/api/smedx/tenant/users/" + user.Id + "/expert"

	// Prefill from what he registered.
	var pre struct {
		Expert  map[string]any `json:"expert"`
		Prefill map[string]any `json:"prefill"`
	}
	a.Do("GET", path, admin, nil).Status(t, 200).Decode(t, &pre)
	if pre.Expert != nil || pre.Prefill["name"] != "future_expert" {
		t.Fatalf("prefill: %+v", pre)
	}

	// JSON body.
	a.Do("POST", path, admin, expertBody()).Status(t, 200)
	u := a.Reload(user)
	x, err := a.FindFirstRecordByFilter("experts", "user = {:u}", map[string]any{"u": user.Id})
	if err != nil {
		t.Fatal(err)
	}
	if !u.GetBool("is_expert") || !x.GetBool("active") || x.GetString("enterprise") != f.ProviderA.Enterprise.Id ||
		x.GetString("major") != "机械工程" || x.GetString("region") != `["370000","370100","370102"]` ||
		x.GetString("region_text") != "山东省/济南市/历下区" {
		t.Fatalf("expert not saved: %v / %v", u.PublicExport(), x.PublicExport())
	}
	if a.AuditCount(t, "expert_set", x.Id) != 1 {
		t.Fatal("no audit row")
	}
	// On the public expert team.
	res := a.Do("GET", "/api/collections/public_experts/records?filter=name%3D%22%E8%B5%B5%E5%B7%A5%22", nil, nil).Status(t, 200)
	if len(res.Items(t)) != 1 {
		t.Fatalf("public expert team: %s", res.Body)
	}
	// Multipart update with a photo; the same row is updated.
	fields := map[string]string{}
	for k, v := range expertBody() {
		raw, _ := json.Marshal(v)
		if s, ok := v.(string); ok {
			fields[k] = s
		} else {
			fields[k] = string(raw)
		}
	}
	fields["position"] = "首席专家"
	a.Upload("POST", path, admin, fields, map[string]smedxtest.File{"photo": {Name: "me.png", Data: smedxtest.PNG(t)}}).Status(t, 200)
	x2 := a.Reload(x)
	if x2.GetString("position") != "首席专家" || x2.GetString("photo") == "" {
		t.Fatalf("multipart update: %v", x2.PublicExport())
	}
	if n, _ := a.CountRecords("experts"); n != 3 { // ExpertA, ExpertB and him
		t.Fatalf("%d experts rows", n)
	}
	a.Do("GET", path, admin, nil).Status(t, 200).Decode(t, &pre)
	if pre.Expert == nil || pre.Prefill["position"] != "首席专家" || pre.Expert["photo_url"] == nil {
		t.Fatalf("prefill of an expert: %+v", pre)
	}

	// Cancel.
	a.Do("DELETE", path, admin, nil).Status(t, 200)
	if a.Reload(user).GetBool("is_expert") || a.Reload(x).GetBool("active") {
		t.Fatal("expert not cancelled")
	}
	if a.AuditCount(t, "expert_cancel", user.Id) != 1 {
		t.Fatal("no audit row for the cancel")
	}
	if res := a.Do("GET", "/api/collections/public_experts/records?filter=name%3D%22%E8%B5%B5%E5%B7%A5%22", nil, nil).Status(t, 200); len(res.Items(t)) != 0 {
		t.Fatal("cancelled expert still public")
	}
	a.Do("DELETE", path, admin, nil).Status(t, 400) // not an expert any more
}

func TestSetExpertRefusals(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin := f.ProviderA.Admin
	user := a.NewUser("expert_refused", "provider", f.ProviderA.Enterprise, false)
	path := "/api/smedx/tenant/users/" + user.Id + "/expert"

	long := expertBody()
	long["intro"] = strings.Repeat("字", 501)
	res := a.Do("POST", path, admin, long).Status(t, 400)
	if msg := res.FieldError("intro"); !strings.Contains(msg, "专家介绍") || !strings.Contains(msg, "500") {
		t.Fatalf("501-char intro: %s", res.Body)
	}
	missing := expertBody()
	delete(missing, "industry_domains")
	if msg := a.Do("POST", path, admin, missing).Status(t, 400).FieldError("industry_domains"); !strings.Contains(msg, "工业行业领域") {
		t.Fatalf("missing domains: %q", msg)
	}
	for field, v := range map[string]any{
		"ii_domains": []string{"platform", "bogus"}, "industry_domains": []string{"工业"}, "operating_domains": []string{"x"},
		"years_ii": "99年", "professional_title": "院士", "region": []string{"370000", "999999"},
	} {
		b := expertBody()
		b[field] = v
		if a.Do("POST", path, admin, b).Status(t, 400).FieldError(field) == "" {
			t.Errorf("%s=%v accepted", field, v)
		}
	}
	fields := map[string]string{"name": "赵工", "major": "机械", "region": "370000", "years_ii": "lte5", "years_industry": "lte5",
		"ii_domains": "platform", "industry_domains": "food", "operating_domains": "production", "intro": "介绍"}
	res = a.Upload("POST", path, admin, fields, map[string]smedxtest.File{"photo": {Name: "me.gif", Data: []byte("GIF89a")}}).Status(t, 400)
	if res.FieldError("photo") == "" {
		t.Fatalf("gif photo: %s", res.Body)
	}
	big := append(smedxtest.PNG(t), make([]byte, 2<<20)...)
	res = a.Upload("POST", path, admin, fields, map[string]smedxtest.File{"photo": {Name: "big.png", Data: big}}).Status(t, 400)
	if !strings.Contains(res.FieldError("photo"), "2MB") {
		t.Fatalf("big photo: %s", res.Body)
	}

	a.Do("POST", path, f.ProviderB.Admin, expertBody()).Status(t, 404) // other tenant guessing the id
	a.Do("POST", path, f.ProviderA.Staff, expertBody()).Status(t, 403) // not an admin
	a.Do("GET", path, f.ProviderB.Admin, nil).Status(t, 404)
	pending := f.ProviderPending
	a.Do("POST", "/api/smedx/tenant/users/"+pending.Staff.Id+"/expert", pending.Admin, expertBody()).Status(t, 403)
	// Enterprise tenants have no experts.
	a.Do("POST", "/api/smedx/tenant/users/"+f.EnterpriseA.Staff.Id+"/expert", f.EnterpriseA.Admin, expertBody()).Status(t, 400)
	if a.Reload(user).GetBool("is_expert") || a.Reload(pending.Staff).GetBool("is_expert") || a.Reload(f.EnterpriseA.Staff).GetBool("is_expert") {
		t.Fatal("a refused request made an expert")
	}
	if n, _ := a.CountRecords("experts"); n != 2 {
		t.Fatalf("refused requests left %d experts rows", n)
	}
}

func TestCancelExpertWithPendingAssignment(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	expert := f.ExpertA // of ProviderA, reviewing a product of ProviderB
	product := tnProduct(t, a, f.ProviderB.Enterprise, "pending")
	app := tnSaveRow(t, a, "applications", map[string]any{
		"type": "product_publish", "title": "商品上架", "enterprise": f.ProviderB.Enterprise.Id,
		"applicant": f.ProviderB.Admin.Id, "product": product.Id, "stage": "expert", "status": "pending",
		"experts": []string{expert.Id, f.ExpertB.Id},
	})
	path := "/api/smedx/tenant/users/" + expert.Id + "/expert"

	res := a.Do("DELETE", path, f.ProviderA.Admin, nil).Status(t, 400)
	if !res.Contains("待评审") {
		t.Fatalf("message: %s", res.Body)
	}
	// Nor can he be deleted meanwhile.
	a.Do("DELETE", "/api/collections/users/records/"+expert.Id, f.ProviderA.Admin, nil).Status(t, 400)
	if !a.Reload(expert).GetBool("is_expert") {
		t.Fatal("refused cancel changed the flag")
	}
	var pre struct {
		Pending int `json:"pending_assignments"`
	}
	a.Do("GET", path, f.ProviderA.Admin, nil).Status(t, 200).Decode(t, &pre)
	if pre.Pending != 1 {
		t.Fatalf("pending assignments %d", pre.Pending)
	}

	// Once he has decided, he may go.
	tnSaveRow(t, a, "review_records", map[string]any{
		"application": app.Id, "stage": "expert", "reviewer": expert.Id, "decision": "approve", "comment": "同意",
	})
	a.Do("DELETE", path, f.ProviderA.Admin, nil).Status(t, 200)
	if a.Reload(expert).GetBool("is_expert") {
		t.Fatal("not cancelled")
	}
	a.Do("DELETE", "/api/collections/users/records/"+expert.Id, f.ProviderA.Admin, nil).Status(t, 204)
}
