package exports_test

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
	"github.com/xuri/excelize/v2"

	"smedx/smedxtest"
)

// Helpers of the exports tests: a small marketplace built through the real
// routes (claims, checkouts, payments, deliveries, certification reviews)
// so the exports and histories read what the platform really writes.

type world struct {
	*smedxtest.App
	f   *smedxtest.Fixtures
	seq int
}

func newWorld(t *testing.T) *world {
	a := smedxtest.New(t)
	return &world{App: a, f: a.Fixtures()}
}

func (w *world) save(collection string, data map[string]any) *core.Record {
	w.T.Helper()
	col, err := w.FindCollectionByNameOrId(collection)
	if err != nil {
		w.T.Fatal(err)
	}
	rec := core.NewRecord(col)
	rec.Load(data)
	if err := w.Save(rec); err != nil {
		w.T.Fatalf("save %s: %v", collection, err)
	}
	return rec
}

// product saves a listed product of provider with one spec at price fen.
func (w *world) product(provider *smedxtest.Tenant, name string, price int) (*core.Record, *core.Record) {
	w.T.Helper()
	p := w.save("products", map[string]any{
		"enterprise": provider.Enterprise.Id, "provider_name": provider.Enterprise.GetString("name"), "type": "solution",
		"name": name, "status": "listed", "categories": []string{"rnd"}, "industries": []string{"C34"},
		"price_min_fen": price, "price_max_fen": price,
		"contact_name": "王经理", "contact_phone": "13900000001",
	})
	p.Set("listed_at", time.Now()) // after created, as a review would list it
	if err := w.Save(p); err != nil {
		w.T.Fatal(err)
	}
	s := w.save("product_specs", map[string]any{
		"product": p.Id, "name": "标准版", "purchase_mode": "year", "pricing": "simple", "price_fen": price,
	})
	return p, s
}

// batch saves a listed activity with one grab batch of face value fen.
func (w *world) batch(face int) *core.Record {
	w.T.Helper()
	w.seq++
	act := w.save("voucher_activities", map[string]any{
		"name": fmt.Sprintf("2026年创新服务券第%d期", w.seq), "start_at": time.Now().Add(-time.Hour),
		"end_at": time.Now().Add(30 * 24 * time.Hour), "listed": true,
	})
	return w.save("voucher_batches", map[string]any{
		"activity": act.Id, "name": fmt.Sprintf("通用券%d", w.seq), "mode": "grab", "face_value_fen": face,
		"quantity": 100, "per_enterprise_limit": 5, "valid_days": 90, "billing_mode": "单独计价",
	})
}

func (w *world) claim(user, batch *core.Record) string {
	w.T.Helper()
	return w.Do("POST", "/api/smedx/vouchers/claim", user, map[string]any{"batch": batch.Id}).Status(w.T, 200).JSON(w.T)["id"].(string)
}

// checkout buys quantity of spec as user with vouchers and returns the order.
func (w *world) checkout(user, product, spec *core.Record, quantity int, vouchers ...string) *core.Record {
	w.T.Helper()
	w.seq++
	if vouchers == nil {
		vouchers = []string{}
	}
	res := w.DoWith("POST", "/api/smedx/orders/checkout", user, map[string]any{
		"items":    []map[string]any{{"product": product.Id, "spec": spec.Id, "quantity": quantity}},
		"vouchers": vouchers,
	}, map[string]string{"Idempotency-Key": fmt.Sprintf("exports-test-%d", w.seq)}).Status(w.T, 200)
	var out struct {
		Orders []struct {
			ID string `json:"id"`
		} `json:"orders"`
	}
	res.Decode(w.T, &out)
	if len(out.Orders) != 1 {
		w.T.Fatalf("checkout made %d orders: %s", len(out.Orders), res.Body)
	}
	o, err := w.FindRecordById("orders", out.Orders[0].ID)
	if err != nil {
		w.T.Fatal(err)
	}
	return o
}

// payAndConfirm pays order offline as its buyer and confirms as operator.
func (w *world) payAndConfirm(buyer, order *core.Record) string {
	w.T.Helper()
	res := w.Do("POST", "/api/smedx/orders/"+order.Id+"/pay", buyer, map[string]any{
		"method": "offline", "payer_account": "济南甲机械 6222", "reference": "TX" + order.GetString("order_no")[10:],
	}).Status(w.T, 200)
	var out struct {
		Payment struct {
			ID string `json:"id"`
		} `json:"payment"`
	}
	res.Decode(w.T, &out)
	w.Do("POST", "/api/smedx/payments/"+out.Payment.ID+"/confirm", w.f.Operator, nil).Status(w.T, 200)
	return out.Payment.ID
}

// market is the standard scene: EnterpriseA buys from ProviderA with a
// voucher and pays the rest (confirmed, delivered), buys again with a
// second voucher and cancels (the deduction goes back), and
// EnterpriseB buys from ProviderB without vouchers (left unpaid).
type market struct {
	voucherA, voucherA2         string
	paidOrder, cancelled, other *core.Record
	payment                     string
}

func (w *world) market() *market {
	w.T.Helper()
	f := w.f
	pa, sa := w.product(f.ProviderA, "智能制造MES系统", 125050)
	pb, sb := w.product(f.ProviderB, "工业互联网平台", 99999)
	b := w.batch(100000)
	m := &market{voucherA: w.claim(f.EnterpriseA.Admin, b), voucherA2: w.claim(f.EnterpriseA.Admin, b)}
	m.paidOrder = w.checkout(f.EnterpriseA.Admin, pa, sa, 2, m.voucherA)
	m.payment = w.payAndConfirm(f.EnterpriseA.Admin, m.paidOrder)
	w.Do("POST", "/api/smedx/orders/"+m.paidOrder.Id+"/deliver", f.ProviderA.Admin, nil).Status(w.T, 200)
	m.cancelled = w.checkout(f.EnterpriseA.Staff, pa, sa, 1, m.voucherA2)
	w.Do("POST", "/api/smedx/orders/"+m.cancelled.Id+"/cancel", f.EnterpriseA.Admin, map[string]any{"reason": "预算调整"}).Status(w.T, 200)
	m.other = w.checkout(f.EnterpriseB.Admin, pb, sb, 1)
	m.paidOrder = w.Reload(m.paidOrder)
	m.cancelled = w.Reload(m.cancelled)
	return m
}

// certification makes a draft enterprise tenant, submits it, has the
// operator reject it with a comment, resubmits and approves it: two
// applications with their review records.
func (w *world) certification() *smedxtest.Tenant {
	w.T.Helper()
	t := w.NewTenant("enterprise", "潍坊丁纺织有限公司", "draft")
	submit := func() string {
		return w.Do("POST", "/api/smedx/enterprises/"+t.Enterprise.Id+"/submit", t.Admin, nil).Status(w.T, 200).JSON(w.T)["id"].(string)
	}
	first := submit()
	w.Do("POST", "/api/smedx/applications/"+first+"/reject", w.f.Operator, map[string]any{"comment": "营业执照不清晰"}).Status(w.T, 200)
	second := submit()
	w.Do("POST", "/api/smedx/applications/"+second+"/approve", w.f.Operator, map[string]any{"comment": "材料齐全"}).Status(w.T, 200)
	t.Enterprise = w.Reload(t.Enterprise)
	return t
}

// export downloads dataset with filter and sort as user and parses the
// workbook: the header and the rows as Excel shows them.
func (w *world) export(user *core.Record, dataset, filter, sort string) (header []string, rows [][]string, res *smedxtest.Response) {
	w.T.Helper()
	q := url.Values{}
	if filter != "" {
		q.Set("filter", filter)
	}
	if sort != "" {
		q.Set("sort", sort)
	}
	path := "/api/smedx/exports/" + dataset + ".xlsx"
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	res = w.Do("GET", path, user, nil)
	if res.Code != 200 {
		return nil, nil, res
	}
	f, err := excelize.OpenReader(bytes.NewReader(res.Body))
	if err != nil {
		w.T.Fatalf("%s: not a workbook: %v", dataset, err)
	}
	defer f.Close()
	all, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		w.T.Fatal(err)
	}
	if len(all) == 0 {
		w.T.Fatalf("%s: empty sheet", dataset)
	}
	header = all[0]
	for _, r := range all[1:] {
		// GetRows trims trailing empty cells: pad to the header's width.
		for len(r) < len(header) {
			r = append(r, "")
		}
		rows = append(rows, r)
	}
	return header, rows, res
}

// Independent formatting of the expectations (not the package's own code).

func yuanText(fen int) string {
	sign := ""
	if fen < 0 {
		sign, fen = "-", -fen
	}
	return fmt.Sprintf("%s%d.%02d", sign, fen/100, fen%100)
}

var beijing = time.FixedZone("UTC+8", 8*3600)

func chinaTime(d types.DateTime) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().In(beijing).Format("2006-01-02 15:04:05")
}

func column(t *testing.T, header []string, name string) int {
	t.Helper()
	for i, h := range header {
		if h == name {
			return i
		}
	}
	t.Fatalf("no column %q in %s", name, strings.Join(header, ","))
	return -1
}
