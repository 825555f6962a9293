package content_test

import (
	"testing"

	"smedx/smedxtest"
)

func TestDemandSurveySubmitterIsTheCaller(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	body := func(by string) map[string]any {
		return map[string]any{"company_name": "滨州宏达铝业有限公司", "city": "371600", "enterprise_type": "private", "submitted_by": by}
	}
	// Nobody files in another user's name, signed in or not.
	a.Do("POST", "/api/collections/demand_surveys/records", nil, body(f.EnterpriseA.Admin.Id)).Status(t, 400)
	a.Do("POST", "/api/collections/demand_surveys/records", f.EnterpriseB.Admin, body(f.EnterpriseA.Admin.Id)).Status(t, 400)
	// Anonymous answers and answers in one's own name are accepted.
	a.Do("POST", "/api/collections/demand_surveys/records", nil, body("")).Status(t, 200)
	a.Do("POST", "/api/collections/demand_surveys/records", f.EnterpriseA.Admin, body(f.EnterpriseA.Admin.Id)).Status(t, 200)
	recs, err := a.FindRecordsByFilter("demand_surveys", "submitted_by = {:u}", "", 0, 0, map[string]any{"u": f.EnterpriseA.Admin.Id})
	if err != nil || len(recs) != 1 {
		t.Fatalf("surveys by EnterpriseA admin = %d (%v), want exactly his own one", len(recs), err)
	}
}
