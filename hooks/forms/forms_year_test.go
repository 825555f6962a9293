package forms_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"smedx/hooks/forms"
	"smedx/hooks/platform"
	"smedx/smedxtest"
)

// Figures of a year are labelled relative to the current year and carry
// the year they are for (issue 13): the schema says so, a save without a
// year gets the default one, a bad year is refused naming the field, an
// unchanged value keeps its year, and messages name the year.
func TestProfileFiguresCarryTheirYear(t *testing.T) {
	a := smedxtest.New(t)
	lastYear := time.Now().In(platform.China).Year() - 1

	var schema forms.Form
	a.Do("GET", "/api/smedx/forms/enterprise", nil, nil).Status(t, 200).Decode(t, &schema)
	var revenue *forms.Field
	for _, s := range schema.Sections {
		for _, f := range s.Fields {
			if f.Key == "revenue_2022" {
				revenue = f
			}
		}
	}
	if revenue == nil || revenue.YearOffset == nil || *revenue.YearOffset != -1 || revenue.Label != "营业收入" {
		t.Fatalf("schema field %+v", revenue)
	}

	draft := a.NewTenant("enterprise", "济南年度机械有限公司", "draft")
	other := a.NewTenant("enterprise", "青岛别家食品有限公司", "draft")
	path := "/api/collections/enterprises/records/" + draft.Enterprise.Id
	profile := func() map[string]any {
		p := map[string]any{}
		_ = a.Reload(draft.Enterprise).UnmarshalJSONField("profile", &p)
		return p
	}

	// Another tenant cannot write it.
	a.Do("PATCH", path, other.Admin, map[string]any{"profile": map[string]any{"revenue_2022": 1}}).Status(t, 404)

	// No year sent: the value is for last year.
	a.Do("PATCH", path, draft.Admin, map[string]any{"profile": map[string]any{"revenue_2022": 1200.5, "revenue_2021": 900}}).Status(t, 200)
	p := profile()
	if p["revenue_2022_year"] != float64(lastYear) || p["revenue_2021_year"] != float64(lastYear-1) {
		t.Fatalf("stamped years: %v", p)
	}

	// The UI sends the year it showed; a bad one is refused.
	for _, bad := range []any{1800, lastYear + 2, "二〇二二", 2020.5} {
		res := a.Do("PATCH", path, draft.Admin, map[string]any{"profile": map[string]any{"revenue_2022": 1, "revenue_2022_year": bad}}).Status(t, 400)
		if msg := res.FieldError("profile.revenue_2022_year"); !strings.Contains(msg, "营业收入的年份不正确") {
			t.Errorf("year %v: %q", bad, msg)
		}
	}
	a.Do("PATCH", path, draft.Admin, map[string]any{"profile": map[string]any{"revenue_2022": 1300, "revenue_2022_year": lastYear - 1}}).Status(t, 200)
	if p = profile(); p["revenue_2022_year"] != float64(lastYear-1) || p["revenue_2021_year"] != nil {
		t.Fatalf("year sent by the client, dropped value's year: %v", p)
	}
	// The same value sent again without its year keeps the stored year.
	a.Do("PATCH", path, draft.Admin, map[string]any{"profile": map[string]any{"revenue_2022": 1300}}).Status(t, 200)
	if p = profile(); p["revenue_2022_year"] != float64(lastYear-1) {
		t.Fatalf("year lost on an unchanged value: %v", p)
	}
	// A year without a field of years is an unknown field.
	res := a.Do("PATCH", path, draft.Admin, map[string]any{"profile": map[string]any{"staff_total_year": 2024}}).Status(t, 400)
	if res.FieldError("profile.staff_total_year") == "" {
		t.Errorf("year of a plain field accepted: %s", res.Body)
	}

	// Messages name the year of the value.
	errs := forms.ValidateProfile("enterprise", map[string]any{}, true, nil)
	if msg := errs["profile.revenue_2022"].Error(); msg != "请填写"+strconv.Itoa(lastYear)+"年营业收入" {
		t.Errorf("required message %q", msg)
	}
	errs = forms.ValidateProfile("enterprise", map[string]any{"revenue_2022": 10, "revenue_2022_year": 2023, "export_2022": 20}, false, nil)
	if msg := errs["profile.export_2022"].Error(); msg != strconv.Itoa(lastYear)+"年出口额不能大于2023年营业收入" {
		t.Errorf("lte message %q", msg)
	}
}
