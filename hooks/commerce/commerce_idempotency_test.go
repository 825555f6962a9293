package commerce_test

import (
	"strings"
	"testing"

	"smedx/smedxtest"
)

// Finding 6: the same Idempotency-Key with the same body replays the first
// result; with a different body it is refused with 422 and a Chinese
// message, and no order is created.
func TestIdempotencyKeyReusedWithAnotherBody(t *testing.T) {
	a, f := smedxtest.NewCommerceApp(t)
	p, specs := smedxtest.ListedProduct(t, a, f.ProviderA.Enterprise, "幂等方案", nil, 10000, 20000)
	buyer := f.EnterpriseA.Admin
	checkout := func(body map[string]any) *smedxtest.Response {
		return a.DoWith("POST", "/api/smedx/orders/checkout", buyer, body, map[string]string{"Idempotency-Key": "key-42"})
	}
	first := checkout(map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}).Status(t, 200).JSON(t)
	again := checkout(map[string]any{"items": smedxtest.CartItems(p, specs[0], 1)}).Status(t, 200).JSON(t)
	if again["replayed"] != true || again["checkout_id"] != first["checkout_id"] {
		t.Fatalf("same body did not replay: %v", again)
	}
	for _, body := range []map[string]any{
		{"items": smedxtest.CartItems(p, specs[0], 2)},
		{"items": smedxtest.CartItems(p, specs[1], 1)},
	} {
		r := checkout(body).Status(t, 422)
		if msg, _ := r.JSON(t)["message"].(string); !strings.Contains(msg, "Idempotency-Key 已用于另一笔内容不同的下单请求") {
			t.Fatalf("422 message: %s", r.Body)
		}
	}
	if n := smedxtest.CountRecords(t, a, "orders", "buyer = {:b}", map[string]any{"b": buyer.Id}); n != 1 {
		t.Fatalf("%d orders, want 1", n)
	}
	// The fingerprint is not readable by the buyer.
	if r := a.Do("GET", "/api/collections/orders/records", buyer, nil).Status(t, 200); r.Contains("idempotency_hash") {
		t.Fatalf("hash exposed: %s", r.Body)
	}
}
