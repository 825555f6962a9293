package forms_test

import (
	"encoding/json"
	"strings"
	"testing"

	"smedx/hooks/forms"
	"smedx/smedxtest"
)

func TestFormSchemaRoute(t *testing.T) {
	a := smedxtest.New(t)
	for kind, sections := range map[string]int{"provider": 1, "enterprise": 12} {
		res := a.Do("GET", "/api/smedx/forms/"+kind, nil, nil).Status(t, 200)
		var form forms.Form
		res.Decode(t, &form)
		if form.Kind != kind || len(form.Sections) != sections {
			t.Fatalf("%s: kind %q with %d sections", kind, form.Kind, len(form.Sections))
		}
		// Served normalized: the defaults the server applies are stated.
		for _, fl := range form.Sections[0].Fields {
			if fl.Type == forms.TypeMoneyWan && (fl.Decimals == nil || *fl.Decimals != 2 || fl.Unit != "万元") {
				t.Errorf("%s %s: money field served without decimals/unit", kind, fl.Key)
			}
			if fl.Type == forms.TypeText && fl.MaxLength == 0 {
				t.Errorf("%s %s: text served without maxLength", kind, fl.Key)
			}
		}
		etag := res.Head.Get("ETag")
		if etag == "" || !strings.Contains(res.Head.Get("Cache-Control"), "max-age") {
			t.Fatalf("cache headers: %v", res.Head)
		}
		a.DoWith("GET", "/api/smedx/forms/"+kind, nil, nil, map[string]string{"If-None-Match": etag}).Status(t, 304)
	}
	res := a.Do("GET", "/api/smedx/forms/orders", nil, nil).Status(t, 404)
	if !res.Contains("表单不存在") {
		t.Errorf("404 body: %s", res.Body)
	}
}

func TestEnterpriseProfileValidatedOnSave(t *testing.T) {
	a := smedxtest.New(t)
	draft := a.NewTenant("enterprise", "济南草稿机械有限公司", "draft")
	path := "/api/collections/enterprises/records/" + draft.Enterprise.Id
	admin := draft.Admin

	// The autosave of an incomplete draft is accepted.
	a.Do("PATCH", path, admin, map[string]any{"profile": map[string]any{"legal_rep": "赵建国"}}).Status(t, 200)
	if got := a.Reload(draft.Enterprise).Get("profile"); !strings.Contains(toJSON(got), "赵建国") {
		t.Fatalf("draft not saved: %s", toJSON(got))
	}

	bad := []struct {
		profile map[string]any
		field   string
		msg     string
	}{
		{map[string]any{"legal_rep": "赵建国", "legal_rep_phone": "1390531"}, "profile.legal_rep_phone", "法定代表人手机号码格式不正确"},
		{map[string]any{"registered_capital": 12.345}, "profile.registered_capital", "注册资本最多保留2位小数"},
		{map[string]any{"rd_ratio": 120}, "profile.rd_ratio", "研发投入占比不能大于100"},
		{map[string]any{"listed": "maybe"}, "profile.listed", "是否已上市的选项无效，请重新选择"},
		{map[string]any{"region": []any{"370000", "999999"}}, "profile.region", "所在地区格式不正确，请重新选择"},
		{map[string]any{"staff_total": 10, "staff_rd": 11}, "profile.staff_rd", "研发人员数不能大于从业人员总数"},
		{map[string]any{"favourite_colour": "red"}, "profile.favourite_colour", "企业信息含有未知字段：favourite_colour"},
		{map[string]any{"company_name": "别处的名称"}, "profile.company_name", "企业名称应填写在对应栏目中，不能放在企业信息里"},
	}
	for _, c := range bad {
		res := a.Do("PATCH", path, admin, map[string]any{"name": "改了名", "profile": c.profile}).Status(t, 400)
		if got := res.FieldError(c.field); got != c.msg {
			t.Errorf("%v: %s = %q, want %q; body %s", c.profile, c.field, got, c.msg, res.Body)
		}
		// The top-level message is the field's, for a toast.
		if msg, _ := res.JSON(t)["message"].(string); msg != c.msg {
			t.Errorf("top message %q, want %q", msg, c.msg)
		}
	}
	// Nothing of the refused saves was written.
	if rec := a.Reload(draft.Enterprise); rec.GetString("name") == "改了名" || strings.Contains(toJSON(rec.Get("profile")), "1390531") {
		t.Fatalf("refused save was written: %s %s", rec.GetString("name"), toJSON(rec.Get("profile")))
	}

	// Not an object.
	res := a.Do("PATCH", path, admin, map[string]any{"profile": []any{1, 2}}).Status(t, 400)
	if res.FieldError("profile") != "企业信息格式不正确" {
		t.Errorf("array profile: %s", res.Body)
	}
	// The credit code column is checked too.
	res = a.Do("PATCH", path, admin, map[string]any{"credit_code": "91350100M000100Y42"}).Status(t, 400)
	if got := res.FieldError("credit_code"); got != "统一社会信用代码校验位不正确，请核对" {
		t.Errorf("credit_code: %q %s", got, res.Body)
	}
	a.Do("PATCH", path, admin, map[string]any{"credit_code": "91350100M000100Y43"}).Status(t, 200)
}

func TestEnterpriseProfileCompleteWhenSubmitted(t *testing.T) {
	a := smedxtest.New(t)
	for _, kind := range forms.FormKinds {
		tn := a.NewTenant(kind, "待提交企业"+kind, "draft")
		ent := a.Reload(tn.Enterprise)
		ent.Set("profile", map[string]any{"intro": "只填了简介"})
		if err := a.Save(ent); err != nil {
			t.Fatalf("%s: incomplete draft refused: %v", kind, err)
		}
		// Entering review needs every required answer.
		ent.Set("cert_status", "pending")
		err := a.Save(ent)
		if err == nil || !strings.Contains(err.Error(), "profile.industry_1") || !strings.Contains(err.Error(), "请选择所属行业1") {
			t.Fatalf("%s: incomplete submission: %v", kind, err)
		}
		// A missing name column is reported on the column.
		ent = a.Reload(tn.Enterprise)
		ent.Set("profile", forms.SampleProfileFor(a, kind))
		ent.Set("name", "")
		ent.Set("cert_status", "pending")
		if err := a.Save(ent); err == nil || !strings.Contains(err.Error(), "请填写企业名称") {
			t.Fatalf("%s: nameless submission: %v", kind, err)
		}
		ent.Set("name", "待提交企业"+kind)
		if err := a.Save(ent); err != nil {
			t.Fatalf("%s: complete submission refused: %v", kind, err)
		}
	}

	// A certified tenant: saves that leave the answers alone pass (so a
	// schema that later grows a required field does not lock it out) ...
	f := a.Fixtures()
	ent := a.Reload(f.EnterpriseA.Enterprise)
	ent.Set("cert_comment", "复核通过")
	if err := a.Save(ent); err != nil {
		t.Fatalf("comment on certified tenant: %v", err)
	}
	// ... but changed answers must stay complete.
	p := forms.SampleProfileFor(a, "enterprise")
	delete(p, "rd_ratio")
	ent.Set("profile", p)
	if err := a.Save(ent); err == nil || !strings.Contains(err.Error(), "请填写研发投入占比") {
		t.Fatalf("incomplete change of certified profile: %v", err)
	}
}

// Dict-backed answers must be enabled codes of the seeded option lists.
func TestEnterpriseProfileDictMembership(t *testing.T) {
	a := smedxtest.New(t)
	tn := a.NewTenant("enterprise", "字典校验机械有限公司", "draft")
	path := "/api/collections/enterprises/records/" + tn.Enterprise.Id
	patch := func(profile map[string]any) *smedxtest.Response {
		return a.Do("PATCH", path, tn.Admin, map[string]any{"profile": profile})
	}
	res := patch(map[string]any{"industry_1": "ZZ_NOT_A_CODE"}).Status(t, 400)
	if got := res.FieldError("profile.industry_1"); got != "所属行业1的选项无效，请重新选择" {
		t.Errorf("unknown industry: %q", got)
	}
	patch(map[string]any{
		"industry_1": "C34", "industry_2": "C35", "registration_type": "170", "tax_credit_level": "A",
		"listed": "unlisted", "key_industry_chain": "equipment_cnc", "enterprise_type": "private",
		"region": []any{"370000", "370100", "370112"}, "transform_needs": []any{"production_control", "quality"},
	}).Status(t, 200)
	// A label is not a code.
	res = patch(map[string]any{"enterprise_type": "私营企业"}).Status(t, 400)
	if res.FieldError("profile.enterprise_type") == "" {
		t.Errorf("label accepted as code: %s", res.Body)
	}
	// An option the operator disabled is no longer valid.
	opt, err := a.FindFirstRecordByFilter("dicts", "type = 'industry' && code = 'C35'")
	if err != nil {
		t.Fatal(err)
	}
	opt.Set("enabled", false)
	if err := a.Save(opt); err != nil {
		t.Fatal(err)
	}
	patch(map[string]any{"industry_1": "C35"}).Status(t, 400)

	// Samples for fixtures take their codes from the lists.
	p := forms.SampleProfileFor(a, "enterprise")
	if p["industry_1"] != "C34" || toJSON(p["region"]) != `["370000","370100","370102"]` {
		t.Errorf("sample industry_1 = %v, region = %v", p["industry_1"], p["region"])
	}
	patch(p).Status(t, 200)
}

func toJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
