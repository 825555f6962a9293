package settlement_test

import (
	"strings"
	"testing"
	"time"

	"smedx/hooks/platform"
)

// TestSettlementWorkflow walks a request from draft to 已兑付 and checks at
// each step who may and who may not act, on the routes and on the records
// API.
func TestSettlementWorkflow(t *testing.T) {
	w := newWorld(t)
	f := w.f
	act := w.activity(t, 10000000, time.Now().Add(60*24*time.Hour))
	orders := w.fundedOrders(t, act, 2, 30000)
	admin := f.ProviderA.Admin

	// Who may ask: the certified provider's admin only.
	wantError(t, w.create(f.ProviderA.Staff, orders[0].Id), 403, "企业管理员")
	wantError(t, w.create(f.EnterpriseA.Admin, orders[0].Id), 403)
	wantError(t, w.create(f.Operator, orders[0].Id), 403)
	wantError(t, w.create(f.ProviderPending.Admin, orders[0].Id), 403, "认证")
	wantError(t, w.create(nil, orders[0].Id), 401)
	// Not someone else's orders (named by the id sent, not its number).
	res := w.create(f.ProviderB.Admin, orders[0].Id)
	wantError(t, res, 400, "不属于本服务商")
	if strings.Contains(string(res.Body), orders[0].GetString("order_no")) {
		t.Fatalf("another provider learned the order number: %s", res.Body)
	}
	wantError(t, w.create(admin), 400, "请选择")

	// Not an order without vouchers, nor one that is not completed.
	freeP, freeSpec := w.product(t, f.ProviderA, 0)
	free := w.order(t, f.EnterpriseA, f.ProviderA, freeP, freeSpec)
	wantError(t, w.create(admin, free.Id), 400, "没有使用服务券抵扣")
	b := w.batch(t, act, 5000, 1)
	p, spec := w.product(t, f.ProviderA, 5000)
	res = w.Do("POST", "/api/smedx/orders/checkout", f.EnterpriseB.Admin, map[string]any{
		"items": []map[string]any{{"product": p.Id, "spec": spec.Id, "quantity": 1}}, "vouchers": []string{w.claim(t, f.EnterpriseB, b)},
	}).Status(t, 200)
	paidOnly := res.JSON(t)["orders"].([]any)[0].(map[string]any)
	wantError(t, w.create(admin, paidOnly["id"].(string)), 400, "尚未完成")

	// The eligible list shows the two orders with their activity.
	var el struct {
		Items []struct {
			ID, Activity, ActivityName, Problem string
			DeductionFen                        int `json:"deduction_fen"`
		} `json:"items"`
	}
	w.Do("GET", "/api/smedx/settlements/eligible", f.ProviderA.Staff, nil).Status(t, 200).Decode(t, &el)
	if len(el.Items) != 2 || el.Items[0].Activity != act.Id || el.Items[0].DeductionFen != 30000 || el.Items[0].Problem != "" {
		t.Fatalf("eligible: %+v", el.Items)
	}
	w.Do("GET", "/api/smedx/settlements/eligible", f.EnterpriseA.Admin, nil).Status(t, 403)

	// A draft: amount = sum of deductions.
	s := w.create(admin, orders[0].Id, orders[1].Id).Status(t, 200).JSON(t)
	id := s["id"].(string)
	if s["amount_fen"].(float64) != 60000 || s["status"] != "draft" || s["stage"] != "operator" || s["state_label"] != "草稿" {
		t.Fatalf("draft: %v", s)
	}
	// The orders are taken: not again, not eligible any more.
	wantError(t, w.create(admin, orders[1].Id), 409, "已在兑付申请中")
	w.Do("GET", "/api/smedx/settlements/eligible", admin, nil).Status(t, 200).Decode(t, &el)
	if len(el.Items) != 0 {
		t.Fatalf("claimed orders still eligible: %+v", el.Items)
	}

	// Drafts are the provider's: reviewers and other tenants see nothing.
	w.Do("GET", "/api/collections/settlements/records/"+id, f.Operator, nil).Status(t, 404)
	w.Do("GET", "/api/collections/settlements/records/"+id, f.ProviderB.Admin, nil).Status(t, 404)
	w.Do("GET", "/api/collections/settlements/records/"+id, f.ProviderA.Staff, nil).Status(t, 200)
	if items := w.Do("GET", "/api/collections/settlements/records", f.Department, nil).Status(t, 200).Items(t); len(items) != 0 {
		t.Fatalf("department lists a draft: %v", items)
	}
	wantError(t, w.step(f.Operator, id, "approve", nil), 404)

	// Submitting needs the invoice and the acceptance documents.
	res = w.step(admin, id, "submit", nil)
	if res.Status(t, 400).FieldError("invoice") == "" {
		t.Fatalf("no invoice error: %s", res.Body)
	}
	// Only the admin uploads; the records API writes nothing else.
	w.attach(f.ProviderA.Staff, id).Status(t, 404)
	w.attach(f.ProviderB.Admin, id).Status(t, 404)
	wantError(t, w.Do("PATCH", "/api/collections/settlements/records/"+id, admin, map[string]any{"status": "paid", "stage": "done"}), 400, "不能由客户端设置")
	wantError(t, w.Do("PATCH", "/api/collections/settlements/records/"+id, admin, map[string]any{"amount_fen": 1}), 400)
	w.Do("POST", "/api/collections/settlements/records", admin, map[string]any{"orders": ids(orders)}).Status(t, 403)
	w.attach(admin, id).Status(t, 200)
	wantError(t, w.step(f.ProviderA.Staff, id, "submit", nil), 403)
	s = w.step(admin, id, "submit", nil).Status(t, 200).JSON(t)
	if s["state_label"] != "待运营审核" || s["submitted_at"] == "" {
		t.Fatalf("submitted: %v", s)
	}
	// Submitted: the attachments are locked, the request cannot be deleted.
	w.attach(admin, id).Status(t, 404)
	w.Do("DELETE", "/api/collections/settlements/records/"+id, admin, nil).Status(t, 404)
	if n := count(t, w, "notifications", "user = {:u} && ref_id = {:s}", map[string]any{"u": f.Operator.Id, "s": id}); n != 1 {
		t.Fatalf("operator notified %d times, want 1", n)
	}

	// Operator review: only the operator, at his stage.
	wantError(t, w.step(f.Department, id, "approve", nil), 403, "运营人员")
	wantError(t, w.step(admin, id, "approve", nil), 403)
	wantError(t, w.step(f.Operator, id, "pay", map[string]any{"payout_ref": "x", "paid_at": "2026-01-01"}), 400, "不能登记付款")
	s = w.step(f.Operator, id, "approve", map[string]any{"comment": "发票与验收材料齐全"}).Status(t, 200).JSON(t)
	if s["state_label"] != "待工信厅审批" {
		t.Fatalf("after the operator: %v", s)
	}
	wantError(t, w.step(f.Operator, id, "approve", nil), 403, "工信厅")
	// The department rejects, with a reason.
	res = w.step(f.Department, id, "reject", map[string]any{"comment": " "})
	if res.Status(t, 400).FieldError("comment") == "" {
		t.Fatalf("no comment error: %s", res.Body)
	}
	s = w.step(f.Department, id, "reject", map[string]any{"comment": "发票抬头有误"}).Status(t, 200).JSON(t)
	if s["state_label"] != "工信厅驳回" || s["comment"] != "发票抬头有误" {
		t.Fatalf("rejected: %v", s)
	}
	if n := count(t, w, "notifications", "user = {:u} && ref_id = {:s} && content ~ '发票抬头有误'", map[string]any{"u": admin.Id, "s": id}); n != 1 {
		t.Fatalf("provider told of the rejection %d times", n)
	}
	// Rejected: the provider fixes the invoice and resubmits; the orders stayed claimed.
	wantError(t, w.create(admin, orders[0].Id), 409)
	w.attach(admin, id).Status(t, 200)
	w.step(admin, id, "submit", nil).Status(t, 200)
	if st := w.state(t, id); st != "pending/operator" {
		t.Fatalf("resubmitted into %s", st)
	}
	w.step(f.Operator, id, "approve", nil).Status(t, 200)
	s = w.step(f.Department, id, "approve", map[string]any{"comment": "同意兑付"}).Status(t, 200).JSON(t)
	if s["state_label"] != "待付款" {
		t.Fatalf("approved: %v", s)
	}
	// Pay: the operator, with a reference and a date not in the future.
	wantError(t, w.step(f.Department, id, "pay", map[string]any{"payout_ref": "HX1", "paid_at": "2026-01-01"}), 403)
	if w.step(f.Operator, id, "pay", map[string]any{"paid_at": time.Now().In(platform.China).Format("2006-01-02")}).Status(t, 400).FieldError("payout_ref") == "" {
		t.Fatal("no payout_ref error")
	}
	if w.step(f.Operator, id, "pay", map[string]any{"payout_ref": "HX1", "paid_at": time.Now().In(platform.China).Add(72 * time.Hour).Format("2006-01-02")}).Status(t, 400).FieldError("paid_at") == "" {
		t.Fatal("no paid_at error for a future date")
	}
	s = w.step(f.Operator, id, "pay", map[string]any{"payout_ref": "HX20260301001", "paid_at": time.Now().In(platform.China).Format("2006-01-02")}).Status(t, 200).JSON(t)
	if s["state_label"] != "已兑付" || s["payout_ref"] != "HX20260301001" {
		t.Fatalf("paid: %v", s)
	}
	// The provider sees 已兑付 on the records API; paid is final.
	got := w.Do("GET", "/api/collections/settlements/records/"+id, admin, nil).Status(t, 200).JSON(t)
	if got["state_label"] != "已兑付" {
		t.Fatalf("provider sees %v", got["state_label"])
	}
	wantError(t, w.step(f.Operator, id, "reject", map[string]any{"comment": "x"}), 400, "已兑付")
	w.Do("DELETE", "/api/collections/settlements/records/"+id, admin, nil).Status(t, 404)
	rec := w.rec(t, "settlements", id)
	if err := w.Delete(rec); err == nil {
		t.Fatal("a paid settlement was deleted at model level")
	}

	// The trail: one history line and one audit row per step.
	hist := rec.Get("history")
	if n := strings.Count(toJSON(t, hist), `"action"`); n != 8 {
		t.Fatalf("history has %d lines, want 8: %s", n, toJSON(t, hist))
	}
	if n := count(t, w, "audit_logs", "target_id = {:s} && action ~ 'settlement_'", map[string]any{"s": id}); n != 10 {
		t.Fatalf("%d audit rows, want 10 (create, 2 uploads, submit, approve, reject, resubmit, approve ×2, pay)", n)
	}

	// Reconciliation sees the money.
	var rep struct {
		Activities []struct {
			ID         string `json:"id"`
			SpentFen   int    `json:"spent_fen"`
			SettledFen int    `json:"settled_fen"`
			Providers  []struct {
				Provider   string `json:"provider"`
				SettledFen int    `json:"settled_fen"`
			} `json:"providers"`
		} `json:"activities"`
		Problems []any `json:"problems"`
	}
	w.Do("GET", "/api/smedx/reconcile", f.Department, nil).Status(t, 200).Decode(t, &rep)
	found := false
	for _, a := range rep.Activities {
		if a.ID == act.Id {
			found = true
			if a.SettledFen != 60000 || a.SpentFen != 65000 || len(a.Providers) != 1 || a.Providers[0].SettledFen != 60000 {
				t.Fatalf("activity figures: %+v", a)
			}
		}
	}
	if !found || len(rep.Problems) != 0 {
		t.Fatalf("report: %+v", rep)
	}
	w.Do("GET", "/api/smedx/reconcile", f.ProviderA.Admin, nil).Status(t, 403)
	w.Do("GET", "/api/smedx/reconcile", f.EnterpriseA.Admin, nil).Status(t, 403)
}
