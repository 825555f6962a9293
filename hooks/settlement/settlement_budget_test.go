package settlement_test

import (
	"sync"
	"testing"
	"time"
)

func TestBudgetRefusesBatchesPastIt(t *testing.T) {
	w := newWorld(t)
	act := w.activity(t, 100000, time.Time{}) // 1000 元
	b := w.batch(t, act, 10000, 6)            // 600 元

	// A second batch that does not fit: refused naming quantity, nothing saved.
	res := w.batchReq(act, 10000, 5)
	wantError(t, res, 400, "超出活动预算", "1000.00", "600.00", "400.00")
	if res.FieldError("quantity") == "" {
		t.Fatalf("no quantity error: %s", res.Body)
	}
	if n := count(t, w, "voucher_batches", "activity = {:a}", map[string]any{"a": act.Id}); n != 1 {
		t.Fatalf("%d batches after the refusal, want 1", n)
	}
	w.batch(t, act, 10000, 4) // exactly the rest fits

	// Growing a batch past the budget is refused on the records API too.
	wantError(t, w.Do("PATCH", "/api/collections/voucher_batches/records/"+b.Id, w.f.Operator, map[string]any{"quantity": 7}), 400, "超出活动预算")
	// The budget cannot go below what is committed, nor be removed.
	wantError(t, w.Do("PATCH", "/api/collections/voucher_activities/records/"+act.Id, w.f.Operator, map[string]any{"budget_fen": 99999}), 400, "1000.00")
	wantError(t, w.Do("PATCH", "/api/collections/voucher_activities/records/"+act.Id, w.f.Operator, map[string]any{"budget_fen": 0}), 400, "不能取消")
	// Raising it makes room.
	w.Do("PATCH", "/api/collections/voucher_activities/records/"+act.Id, w.f.Operator, map[string]any{"budget_fen": 200000}).Status(t, 200)
	w.Do("PATCH", "/api/collections/voucher_batches/records/"+b.Id, w.f.Operator, map[string]any{"quantity": 16}).Status(t, 200)

	// Go code (the dashboard's model path) obeys too.
	b = w.rec(t, "voucher_batches", b.Id)
	b.Set("quantity", 17)
	if err := w.Save(b); err == nil {
		t.Fatal("model save past the budget accepted")
	}

	// A face value is fixed once vouchers of the batch exist.
	w.claim(t, w.f.EnterpriseA, b)
	wantError(t, w.Do("PATCH", "/api/collections/voucher_batches/records/"+b.Id, w.f.Operator, map[string]any{"face_value_fen": 5000, "quantity": 16}), 400, "面值不能再修改")

	// Legacy activities without a budget stay unlimited.
	free := w.activity(t, 0, time.Time{})
	w.batch(t, free, 1000000, 1000)

	// The settlement deadline is not before the activity's end.
	res = w.Do("PATCH", "/api/collections/voucher_activities/records/"+act.Id, w.f.Operator, map[string]any{"settle_deadline": time.Now()})
	if res.Status(t, 400).FieldError("settle_deadline") == "" {
		t.Fatalf("no settle_deadline error: %s", res.Body)
	}
	// Enterprises cannot touch budgets.
	w.Do("PATCH", "/api/collections/voucher_activities/records/"+act.Id, w.f.EnterpriseA.Admin, map[string]any{"budget_fen": 1}).Status(t, 404)
}

// TestBudgetConcurrentBatches: 12 operators' requests race for a budget
// that holds 5 batches; exactly 5 are created and the budget holds.
func TestBudgetConcurrentBatches(t *testing.T) {
	w := newWorld(t)
	act := w.activity(t, 50000, time.Time{})
	var wg sync.WaitGroup
	codes := make([]int, 12)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i] = w.batchReq(act, 1000, 10).Code
		}()
	}
	wg.Wait()
	ok, refused := 0, 0
	for _, c := range codes {
		switch c {
		case 200:
			ok++
		case 400:
			refused++
		default:
			t.Errorf("unexpected status %d", c)
		}
	}
	if ok != 5 || refused != 7 {
		t.Fatalf("%d created, %d refused; want 5 and 7", ok, refused)
	}
	var committed int
	if err := w.DB().NewQuery("SELECT SUM(face_value_fen * quantity) FROM voucher_batches WHERE activity = {:a}").
		Bind(map[string]any{"a": act.Id}).Row(&committed); err != nil || committed != 50000 {
		t.Fatalf("committed %d (%v), want 50000", committed, err)
	}
}
