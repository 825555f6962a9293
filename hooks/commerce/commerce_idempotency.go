package commerce

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// An Idempotency-Key names one checkout request (issue 12, finding 6): a
// retry with the same key and the same body gets the first result; the
// same key with a different body is a client error, answered 422 instead
// of silently returning orders the client did not ask for this time.
// orders.idempotency_hash keeps the fingerprint of the body that created
// them.

// requestFingerprint is the SHA-256 of the parsed request in a canonical
// JSON form (field order and whitespace of the client do not matter).
func requestFingerprint(req *orderRequest) string {
	raw, _ := json.Marshal(req)
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// sameCheckoutRequest refuses a replay whose body differs from the one
// that created order. Orders from before the fingerprint existed replay.
func sameCheckoutRequest(order *core.Record, fingerprint string) error {
	if stored := order.GetString("idempotency_hash"); stored != "" && stored != fingerprint {
		return platform.Error(http.StatusUnprocessableEntity,
			"该 Idempotency-Key 已用于另一笔内容不同的下单请求，请勿重复使用；如需再次下单请刷新页面后重试")
	}
	return nil
}
