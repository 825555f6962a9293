package review_test

import (
	"testing"

	"smedx/demo"
	"smedx/smedxtest"
)

// The demo's applications are consistent with the workflow: each waits in
// the right reviewer's 待我审批 and can be decided through the routes.
func TestDemoApplicationsFollowTheWorkflow(t *testing.T) {
	a := smedxtest.New(t)
	if _, err := demo.Load(a); err != nil {
		t.Fatal(err)
	}
	for _, username := range []string{"demo_operator", "demo_department", "demo_expert3"} {
		u, err := a.FindFirstRecordByData("users", "username", username)
		if err != nil {
			t.Fatal(err)
		}
		items := a.Do("GET", "/api/smedx/applications/todo", u, nil).Status(t, 200).JSON(t)["items"].([]any)
		if len(items) == 0 {
			t.Fatalf("%s has nothing to review in the demo", username)
		}
		first := items[0].(map[string]any)
		a.Do("POST", "/api/smedx/applications/"+first["id"].(string)+"/reject", u, map[string]any{"comment": "演示驳回"}).Status(t, 200)
	}
	// Every pending product has exactly one pending application.
	var bad int
	err := a.DB().NewQuery(`SELECT count(*) FROM products p WHERE p.status = 'pending' AND
		(SELECT count(*) FROM applications x WHERE x.product = p.id AND x.status = 'pending') != 1`).Row(&bad)
	if err != nil || bad != 0 {
		t.Fatalf("%d pending products without exactly one pending application (%v)", bad, err)
	}
}
