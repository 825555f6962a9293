package hooks_test

import (
	"testing"

	"smedx/smedxtest"
)

// The department reads the orders of a submitted settlement — 兑付审批
// shows them through expand=orders — and no other order (issue 12,
// finding 8 with the settlements of issue 15).
func TestDepartmentReadsSettledOrdersOnly(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	_, s := matrixScenario(t, a, f)
	sid, oid := s["settlements"].Id, s["orders"].Id

	res := a.Do("GET", "/api/collections/settlements/records/"+sid+"?expand=orders", f.Department, nil).Status(t, 200).JSON(t)
	exp, _ := res["expand"].(map[string]any)
	orders, _ := exp["orders"].([]any)
	if len(orders) != 1 || orders[0].(map[string]any)["id"] != oid {
		t.Fatalf("the department's settlement detail lacks its order: %v", res)
	}
	items := a.Do("GET", "/api/collections/orders/records?perPage=100", f.Department, nil).Status(t, 200).Items(t)
	if len(items) != 1 || items[0]["id"] != oid {
		t.Fatalf("the department lists %d orders, want only the settled one", len(items))
	}
	if n := len(a.Do("GET", "/api/collections/orders/records?perPage=100", f.Operator, nil).Status(t, 200).Items(t)); n < 3 {
		t.Fatalf("the scenario has %d orders", n)
	}
}
