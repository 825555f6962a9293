package review_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/dbx"

	"smedx/smedxtest"
)

// Finding 10: a revision is checked at submit like a new listing (price
// caps), a spec with orders is retired when a revision drops it (never
// deleted, so the department can approve), and deleting a spec or a user
// with orders is refused with a message that names the orders.
func TestRevisionChecksAndRetiredSpecs(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	p := reviewProduct(t, a, f.ProviderA, "智能仓储方案", "listed")
	sold, _ := a.FindFirstRecordByFilter("product_specs", "product = {:p}", dbx.Params{"p": p.Id})
	buyer := f.EnterpriseA.Staff
	a.Do("POST", "/api/smedx/orders/checkout", buyer, map[string]any{"items": smedxtest.CartItems(p, sold, 1)}).Status(t, 200)
	rev := "/api/smedx/products/" + p.Id + "/revision"
	submit := func(data map[string]any) *smedxtest.Response {
		a.Do("POST", rev, f.ProviderA.Staff, map[string]any{"data": data}).Status(t, 200)
		return a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil)
	}
	spec := func(name string, price int64) map[string]any {
		return map[string]any{"name": name, "purchase_mode": "year", "pricing": "simple", "price_fen": price}
	}

	// Price caps at submit: a spec price of 2^62 fen, a historical price too.
	huge := int64(1) << 62
	r := a.Do("POST", rev, f.ProviderA.Staff, map[string]any{"data": map[string]any{"specs": []any{spec("至尊版", huge)}}}).Status(t, 400)
	if !strings.Contains(r.FieldError("specs"), "10 亿元") {
		t.Fatalf("spec price cap: %s", r.Body)
	}
	if r := submit(map[string]any{"hist_price_max_fen": huge}).Status(t, 400); !strings.Contains(string(r.Body), "10 亿元") {
		t.Fatalf("historical price cap: %s", r.Body)
	}

	// A revision that drops the sold spec: submitted, approved at every
	// stage; the spec is retired, not deleted.
	app := appOf(t, a, submit(map[string]any{"specs": []any{spec("新版", 50000)}}).Status(t, 200))
	approve(a, app.Id, f.Operator, map[string]any{"experts": []string{f.ExpertB.Id}}).Status(t, 200)
	approve(a, app.Id, f.ExpertB, nil).Status(t, 200)
	approve(a, app.Id, f.Department, nil).Status(t, 200)
	kept, err := a.FindRecordById("product_specs", sold.Id)
	if err != nil || !kept.GetBool("retired") {
		t.Fatalf("sold spec not retired: %v %v", err, kept)
	}
	// Retired: not public, not for sale, out of the price range.
	if r := a.Do("GET", "/api/collections/public_product_specs/records?filter=product%3D%27"+p.Id+"%27", nil, nil).Status(t, 200); r.Contains(sold.Id) || !r.Contains("新版") {
		t.Fatalf("public specs after the revision: %s", r.Body)
	}
	if r := a.Do("POST", "/api/smedx/orders/quote", buyer, map[string]any{"items": smedxtest.CartItems(p, sold, 1)}).Status(t, 400); !strings.Contains(string(r.Body), "已停售") {
		t.Fatalf("quote of a retired spec: %s", r.Body)
	}
	if got := a.Reload(p); got.GetInt("price_min_fen") != 50000 || got.GetInt("price_max_fen") != 50000 {
		t.Fatalf("price range %d-%d", got.GetInt("price_min_fen"), got.GetInt("price_max_fen"))
	}
	if r := a.Do("GET", "/api/smedx/catalog/"+p.Id, nil, nil).Status(t, 200); r.Contains(sold.Id) {
		t.Fatalf("catalog shows the retired spec: %s", r.Body)
	}

	// Deleting it directly, on any path, names the orders.
	if err := a.Delete(kept); err == nil || !strings.Contains(err.Error(), "已有订单") {
		t.Fatalf("model delete of a sold spec: %v", err)
	}

	// A tenant admin deleting a user with orders gets the real cause.
	r = a.Do("DELETE", "/api/collections/users/records/"+buyer.Id, f.EnterpriseA.Admin, nil).Status(t, 400)
	if msg := r.JSON(t)["message"].(string); !strings.Contains(msg, "1 笔订单") || !strings.Contains(msg, "停用") {
		t.Fatalf("delete user with orders: %s", r.Body)
	}
	a.Reload(buyer)
}
