package forms_test

import (
	"testing"

	"smedx/hooks/forms"
	"smedx/smedxtest"
)

// experts.region_text comes from the region codes on every save path: the
// 设为专家 route ignores the client's text, a direct save is corrected,
// an unknown code is refused, and a region retired later does not lock
// the row for other edits.
func TestExpertRegionTextFromCodes(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	user := a.NewUser("region_expert", "provider", f.ProviderA.Enterprise, false)
	body := map[string]any{
		"name": "赵工", "position": "技术总监", "major": "机械工程", "professional_title": "senior",
		"region": []string{"370000", "370800", "370811"}, "region_text": "370000370800370811",
		"years_ii": "10to20", "years_industry": "gt20",
		"ii_domains": []string{"industrial_service"}, "industry_domains": []string{"general_equipment"},
		"operating_domains": []string{"rnd"}, "intro": "长期从事制造业数字化转型咨询。",
	}
	// Another tenant's admin and the user himself cannot set it.
	a.Do("POST", "/api/smedx/tenant/users/"+user.Id+"/expert", f.ProviderB.Admin, body).Status(t, 404)
	a.Do("POST", "/api/smedx/tenant/users/"+user.Id+"/expert", user, body).Status(t, 403)
	a.Do("POST", "/api/smedx/tenant/users/"+user.Id+"/expert", f.ProviderA.Admin, body).Status(t, 200)
	x, err := a.FindFirstRecordByData("experts", "user", user.Id)
	if err != nil {
		t.Fatal(err)
	}
	if got := x.GetString("region_text"); got != "山东省/济宁市/任城区" {
		t.Fatalf("region_text from the route %q", got)
	}
	res := a.Do("GET", "/api/collections/public_experts/records?filter=name%3D%22%E8%B5%B5%E5%B7%A5%22", nil, nil).Status(t, 200).Items(t)
	if len(res) != 1 || res[0]["region_text"] != "山东省/济宁市/任城区" {
		t.Fatalf("public expert %v", res)
	}

	// A direct save (dashboard, Go code) is corrected too.
	x.Set("region", []string{"370000", "370100", "370102"})
	x.Set("region_text", "随便写的")
	if err := a.Save(x); err != nil {
		t.Fatal(err)
	}
	if got := a.Reload(x).GetString("region_text"); got != "山东省/济南市/历下区" {
		t.Fatalf("region_text after a direct save %q", got)
	}

	// An unknown code is refused with the field named.
	x.Set("region", []string{"370000", "999999"})
	if err := a.Save(x); err == nil {
		t.Fatal("unknown region code saved")
	}

	// A region retired after the save keeps its text on other edits.
	x = a.Reload(x)
	if _, err := a.DB().NewQuery("UPDATE dicts SET enabled = FALSE WHERE type = 'region' AND code = '370102'").Execute(); err != nil {
		t.Fatal(err)
	}
	forms.InvalidateDicts(a)
	x.Set("major", "自动化")
	if err := a.Save(x); err != nil {
		t.Fatalf("edit of an expert with a retired region: %v", err)
	}
	if got := a.Reload(x).GetString("region_text"); got != "山东省/济南市/历下区" {
		t.Fatalf("retired region text %q", got)
	}
}
