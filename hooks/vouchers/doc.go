// Package vouchers holds the service vouchers: activities and batches,
// the voucher rows and their ledger rule (face - balance = -sum(ledger)),
// the claim (vouchers_claim.go), expiry, and the scope a voucher applies
// to (VoucherScope, used by commerce).
//
// Depends on platform and workflow.
package vouchers
