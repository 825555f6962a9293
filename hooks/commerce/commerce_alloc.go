package commerce

import (
	"math"
	"sort"
	"time"

	"smedx/hooks/vouchers"
)

// allocLine is one order-to-be: a product and its total.
type allocLine struct {
	Product    string
	Categories []string
	Total      int // fen
}

// allocVoucher is a spendable voucher as the allocation sees it.
type allocVoucher struct {
	ID      string
	Batch   string
	Balance int // fen
	ValidTo time.Time
	Scope   vouchers.VoucherScope
}

// allocation is the part of voucher V spent on line L.
type allocation struct {
	Line    int
	Voucher string
	Amount  int
}

// sortVouchers orders vouchers by earliest expiry (vouchers without an
// end last), then smaller balance, then id, so the allocation is stable
// and spends first what would lapse first.
func sortVouchers(vs []allocVoucher) {
	sort.SliceStable(vs, func(i, j int) bool {
		a, b := vs[i], vs[j]
		if !a.ValidTo.Equal(b.ValidTo) {
			if a.ValidTo.IsZero() {
				return false
			}
			if b.ValidTo.IsZero() {
				return true
			}
			return a.ValidTo.Before(b.ValidTo)
		}
		if a.Balance != b.Balance {
			return a.Balance < b.Balance
		}
		return a.ID < b.ID
	})
}

// allocate spends vouchers (already in priority order) on lines: each
// voucher in turn covers what is left of each line in its scope, never more
// than its balance and never more than its batch's max_ratio share of the
// line's total (the cap counts all vouchers of the batch on that line).
// Per line, deduction <= total; per voucher, sum <= balance.
func allocate(lines []allocLine, vouchers []allocVoucher) []allocation {
	left := make([]int, len(lines))
	for i, l := range lines {
		left[i] = l.Total
	}
	type lineBatch struct {
		line  int
		batch string
	}
	usedByBatch := map[lineBatch]int{}
	var out []allocation
	for _, v := range vouchers {
		bal := v.Balance
		for i, l := range lines {
			if bal <= 0 {
				break
			}
			if left[i] <= 0 || !v.Scope.Covers(l.Product, l.Categories) {
				continue
			}
			amt := min(bal, left[i])
			if v.Scope.MaxRatio > 0 && v.Scope.MaxRatio < 1 {
				capFen := int(math.Floor(v.Scope.MaxRatio*float64(l.Total)+1e-9)) - usedByBatch[lineBatch{i, v.Batch}]
				amt = min(amt, capFen)
			}
			if amt <= 0 {
				continue
			}
			out = append(out, allocation{Line: i, Voucher: v.ID, Amount: amt})
			bal -= amt
			left[i] -= amt
			usedByBatch[lineBatch{i, v.Batch}] += amt
		}
	}
	return out
}

// lineDeductions sums an allocation per line.
func lineDeductions(n int, allocs []allocation) []int {
	out := make([]int, n)
	for _, a := range allocs {
		out[a.Line] += a.Amount
	}
	return out
}

// voucherSpend sums an allocation per voucher.
func voucherSpend(allocs []allocation) map[string]int {
	out := map[string]int{}
	for _, a := range allocs {
		out[a.Voucher] += a.Amount
	}
	return out
}
