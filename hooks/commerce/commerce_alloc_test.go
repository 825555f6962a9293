package commerce

import (
	"reflect"
	"testing"
	"time"

	"smedx/hooks/vouchers"
)

func TestAllocate(t *testing.T) {
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	v := func(id, batch string, bal int, scope vouchers.VoucherScope) allocVoucher {
		return allocVoucher{ID: id, Batch: batch, Balance: bal, ValidTo: day, Scope: scope}
	}
	all := vouchers.VoucherScope{}
	cases := []struct {
		name     string
		lines    []allocLine
		vouchers []allocVoucher
		want     []allocation
	}{
		{"no vouchers", []allocLine{{Product: "p", Total: 1000}}, nil, nil},
		{"voucher smaller than the line",
			[]allocLine{{Product: "p", Total: 1000}},
			[]allocVoucher{v("v1", "b", 300, all)},
			[]allocation{{0, "v1", 300}}},
		{"voucher larger than the line: the rest stays on it",
			[]allocLine{{Product: "p", Total: 1000}},
			[]allocVoucher{v("v1", "b", 5000, all)},
			[]allocation{{0, "v1", 1000}}},
		{"one voucher over two lines, in line order",
			[]allocLine{{Product: "p", Total: 1000}, {Product: "q", Total: 1000}},
			[]allocVoucher{v("v1", "b", 1500, all)},
			[]allocation{{0, "v1", 1000}, {1, "v1", 500}}},
		{"vouchers in priority order fill a line",
			[]allocLine{{Product: "p", Total: 1000}},
			[]allocVoucher{v("v1", "b", 400, all), v("v2", "c", 900, all)},
			[]allocation{{0, "v1", 400}, {0, "v2", 600}}},
		{"scope by product skips other lines",
			[]allocLine{{Product: "p", Total: 1000}, {Product: "q", Total: 1000}},
			[]allocVoucher{v("v1", "b", 5000, vouchers.VoucherScope{Products: []string{"q"}})},
			[]allocation{{1, "v1", 1000}}},
		{"scope by category",
			[]allocLine{{Product: "p", Categories: []string{"energy"}, Total: 800}, {Product: "q", Categories: []string{"production"}, Total: 800}},
			[]allocVoucher{v("v1", "b", 5000, vouchers.VoucherScope{Categories: []string{"production"}})},
			[]allocation{{1, "v1", 800}}},
		{"max ratio caps the share of a line, across the batch's vouchers",
			[]allocLine{{Product: "p", Total: 1000}},
			[]allocVoucher{v("v1", "b", 300, vouchers.VoucherScope{MaxRatio: 0.5}), v("v2", "b", 300, vouchers.VoucherScope{MaxRatio: 0.5})},
			[]allocation{{0, "v1", 300}, {0, "v2", 200}}},
		{"max ratio floors to whole fen",
			[]allocLine{{Product: "p", Total: 999}},
			[]allocVoucher{v("v1", "b", 5000, vouchers.VoucherScope{MaxRatio: 0.3})},
			[]allocation{{0, "v1", 299}}},
		{"free line takes nothing",
			[]allocLine{{Product: "p", Total: 0}, {Product: "q", Total: 100}},
			[]allocVoucher{v("v1", "b", 5000, all)},
			[]allocation{{1, "v1", 100}}},
	}
	for _, c := range cases {
		got := allocate(c.lines, c.vouchers)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
			continue
		}
		// The invariants every allocation keeps.
		ded := lineDeductions(len(c.lines), got)
		for i, l := range c.lines {
			if ded[i] > l.Total {
				t.Errorf("%s: line %d deducts %d of %d", c.name, i, ded[i], l.Total)
			}
		}
		spend := voucherSpend(got)
		for _, vc := range c.vouchers {
			if spend[vc.ID] > vc.Balance {
				t.Errorf("%s: voucher %s spends %d of %d", c.name, vc.ID, spend[vc.ID], vc.Balance)
			}
		}
	}
}

func TestSortVouchers(t *testing.T) {
	d := func(n int) time.Time { return time.Date(2026, 3, n, 0, 0, 0, 0, time.UTC) }
	vs := []allocVoucher{
		{ID: "never", Balance: 1},
		{ID: "late", ValidTo: d(20), Balance: 1},
		{ID: "early-big", ValidTo: d(5), Balance: 900},
		{ID: "early-small-b", ValidTo: d(5), Balance: 100},
		{ID: "early-small-a", ValidTo: d(5), Balance: 100},
	}
	sortVouchers(vs)
	var got []string
	for _, v := range vs {
		got = append(got, v.ID)
	}
	want := []string{"early-small-a", "early-small-b", "early-big", "late", "never"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestLineDeductionsAndVoucherSpend(t *testing.T) {
	allocs := []allocation{{0, "a", 100}, {1, "a", 50}, {1, "b", 25}}
	if got := lineDeductions(3, allocs); !reflect.DeepEqual(got, []int{100, 75, 0}) {
		t.Errorf("lineDeductions = %v", got)
	}
	if got := voucherSpend(allocs); !reflect.DeepEqual(got, map[string]int{"a": 150, "b": 25}) {
		t.Errorf("voucherSpend = %v", got)
	}
}
