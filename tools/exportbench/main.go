// Command exportbench measures the Excel export of a large list (DESIGN §7:
// speed is shown by a benchmark command, not by a timed test).
//
//	go run ./tools/exportbench               # 100,000 orders
//	go run ./tools/exportbench -orders 20000 -filter 'status = "completed"'
//
// It builds a real app on a temporary data dir (every migration and hook),
// seeds the orders with raw SQL in one transaction, serves the app on
// loopback and downloads GET /api/smedx/exports/orders.xlsx as an operator.
// It prints the time to the first byte and to the last, the file size, and
// the memory: the process's peak resident set during the export (VmHWM,
// reset before each run through /proc/self/clear_refs) and the Go heap
// sampled every 5 ms. The downloaded workbook is then read back row by row
// to check it holds every order. The data dir is deleted afterwards.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
	"github.com/pocketbase/pocketbase/tools/types"
	"github.com/xuri/excelize/v2"

	"smedx/hooks"
	"smedx/hooks/accounts"
	_ "smedx/migrations"
)

func main() {
	orders := flag.Int("orders", 100000, "number of orders to seed")
	filter := flag.String("filter", "", "PocketBase filter of the export (empty = every order)")
	runs := flag.Int("runs", 3, "measured exports (the first one warms the caches)")
	keep := flag.Bool("keep", false, "keep the temporary data dir")
	cpu := flag.String("cpuprofile", "", "write a CPU profile of the measured exports to this file")
	flag.Parse()
	if *cpu != "" {
		profile = *cpu
	}
	if err := run(*orders, *runs, *filter, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "exportbench:", err)
		os.Exit(1)
	}
}

// profile is the CPU profile file of -cpuprofile.
var profile string

func run(n, runs int, filter string, keep bool) error {
	dir, err := os.MkdirTemp("", "smedx-exportbench-")
	if err != nil {
		return err
	}
	if !keep {
		defer os.RemoveAll(dir)
	}
	app := core.NewBaseApp(core.BaseAppConfig{DataDir: dir})
	hooks.Register(app)
	// No SMS is sent: the log provider, chosen explicitly (from the
	// environment it would refuse a start outside demo or dev mode).
	accounts.SetSMSSender(app, &accounts.LogSMSSender{App: app})
	if err := app.Bootstrap(); err != nil {
		return err
	}
	defer app.ResetBootstrapState()
	if err := app.RunAllMigrations(); err != nil {
		return err
	}

	started := time.Now()
	token, err := seed(app, n)
	if err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	fmt.Printf("exportbench: %d orders seeded in %s (data dir %s)\n", n, time.Since(started).Round(time.Millisecond), dir)

	base, stop, err := serve(app)
	if err != nil {
		return err
	}
	defer stop()

	u := base + "/api/smedx/exports/orders.xlsx"
	if filter != "" {
		u += "?filter=" + url.QueryEscape(filter)
		fmt.Printf("filter: %s\n", filter)
	}
	book := dir + "/export.xlsx"
	if profile != "" {
		pf, err := os.Create(profile)
		if err != nil {
			return err
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	for i := 1; i <= runs; i++ {
		r, err := measure(u, token, book)
		if err != nil {
			return err
		}
		fmt.Printf("run %d: %s rows, %.1f MB, first byte %s, total %s (%.0f rows/s), CPU %s; peak RSS %s MB (VmHWM, from %s MB before), peak Go heap %s MB, allocated %s MB\n",
			i, r.rows, float64(r.bytes)/(1<<20), r.firstByte.Round(time.Millisecond), r.total.Round(time.Millisecond),
			float64(atoiOr(r.rows))/r.total.Seconds(), r.cpu.Round(time.Millisecond), mb(r.hwm), mb(r.rssBefore), mb(r.heapPeak), mb(r.alloc))
	}
	got, err := countRows(book)
	if err != nil {
		return fmt.Errorf("reading the workbook back: %w", err)
	}
	fmt.Printf("check: the last workbook holds %d data rows\n", got)
	if filter == "" && got != n {
		return fmt.Errorf("the workbook holds %d rows, want %d", got, n)
	}
	return nil
}

type result struct {
	rows                            string
	bytes                           int64
	firstByte, total, cpu           time.Duration
	hwm, rssBefore, heapPeak, alloc uint64
}

// measure downloads u into the file book once with the memory watched.
func measure(u, token, book string) (*result, error) {
	runtime.GC()
	resetPeak()
	r := &result{rssBefore: procStatus("VmRSS")}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	cpuBefore := cpuTime()

	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-t.C:
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
			}
		}
	}()

	defer close(done)
	out, err := os.Create(book)
	if err != nil {
		return nil, err
	}
	defer out.Close()
	req, _ := http.NewRequest("GET", u, nil)
	req.Header.Set("Authorization", token)
	start := time.Now()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	r.firstByte = time.Since(start)
	// The client writes the download to disk, so the resident set
	// measures the server's side of the export.
	r.bytes, err = io.Copy(out, res.Body)
	r.total = time.Since(start)
	if err != nil {
		return nil, err
	}
	if res.StatusCode != 200 {
		msg, _ := os.ReadFile(book)
		return nil, fmt.Errorf("export: %d %s", res.StatusCode, msg)
	}
	r.cpu = cpuTime() - cpuBefore
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	r.rows = res.Header.Get("X-Export-Rows")
	r.hwm = procStatus("VmHWM")
	r.heapPeak = peak.Load()
	r.alloc = after.TotalAlloc - before.TotalAlloc
	return r, nil
}

// cpuTime is the CPU time (user + system) the process has used: on a
// shared machine a steadier figure than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// resetPeak resets the process's VmHWM to its current RSS (Linux ≥ 4.0).
func resetPeak() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// procStatus reads a "kB" line of /proc/self/status, in bytes.
func procStatus(key string) uint64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func mb(b uint64) string { return fmt.Sprintf("%.1f", float64(b)/(1<<20)) }

func atoiOr(s string) int { n, _ := strconv.Atoi(s); return n }

// countRows reads the workbook back with excelize's row iterator.
func countRows(book string) (int, error) {
	f, err := excelize.OpenFile(book)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	rows, err := f.Rows(f.GetSheetName(0))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := -1 // the header
	for rows.Next() {
		n++
	}
	return n, rows.Error()
}

// seed inserts 50 providers, 500 buyers, one product per provider and n
// orders spread over a year and every status, and an operator; it answers
// the operator's auth token.
func seed(app core.App, n int) (string, error) {
	rng := rand.New(rand.NewSource(42))
	id := func() string { return security.RandomStringWithAlphabet(15, "abcdefghijklmnopqrstuvwxyz0123456789") }
	now := time.Now().UTC()
	stamp := func(t time.Time) string { d, _ := types.ParseDateTime(t); return d.String() }
	statuses := []string{"pending_payment", "paid", "delivered", "completed", "completed", "completed", "cancelled"}

	err := app.RunInTransaction(func(tx core.App) error {
		db := tx.DB()
		ent := func(kind, name string) (string, error) {
			eid := id()
			_, err := db.Insert("enterprises", dbx.Params{
				"id": eid, "kind": kind, "name": name, "cert_status": "approved", "profile": "{}",
				"created": stamp(now), "updated": stamp(now),
			}).Execute()
			return eid, err
		}
		type product struct{ id, spec, name, provider string }
		var products []product
		for i := 0; i < 50; i++ {
			pid, err := ent("provider", fmt.Sprintf("基准服务商%02d数字科技有限公司", i))
			if err != nil {
				return err
			}
			p := product{id: id(), spec: id(), name: fmt.Sprintf("基准解决方案%02d", i), provider: pid}
			if _, err := db.Insert("products", dbx.Params{
				"id": p.id, "enterprise": pid, "type": "solution", "name": p.name, "status": "listed",
				"created": stamp(now), "updated": stamp(now),
			}).Execute(); err != nil {
				return err
			}
			if _, err := db.Insert("product_specs", dbx.Params{
				"id": p.spec, "product": p.id, "name": "标准版", "purchase_mode": "year", "pricing": "simple", "price_fen": 100000,
				"created": stamp(now), "updated": stamp(now),
			}).Execute(); err != nil {
				return err
			}
			products = append(products, p)
		}
		buyers := make([]string, 500)
		for i := range buyers {
			var err error
			if buyers[i], err = ent("enterprise", fmt.Sprintf("基准采购企业%03d有限公司", i)); err != nil {
				return err
			}
		}
		insert := db.NewQuery(`INSERT INTO {{orders}} (id, order_no, order_type, buyer_enterprise, buyer_name, provider_enterprise,
			product, spec, product_name, spec_name, purchase_mode, unit_price_fen, quantity, total_fen, deduction_fen, payable_fen,
			paid_fen, pay_status, status, paid_at, completed_at, cancelled_at, created, updated)
			VALUES ({:id}, {:no}, '商品新订购', {:buyer}, {:buyer_name}, {:provider}, {:product}, {:spec}, {:product_name}, '标准版', 'year',
			{:unit}, {:qty}, {:total}, {:ded}, {:pay}, {:paid}, {:pay_status}, {:status}, {:paid_at}, {:completed_at}, {:cancelled_at}, {:created}, {:created})`).Prepare()
		defer insert.Close()
		for i := 0; i < n; i++ {
			p := products[rng.Intn(len(products))]
			b := rng.Intn(len(buyers))
			created := now.Add(-time.Duration(rng.Int63n(int64(365 * 24 * time.Hour))))
			unit := int64(rng.Intn(2000)+1) * 100
			qty := int64(rng.Intn(3) + 1)
			total := unit * qty
			ded := min(total, int64(rng.Intn(3))*50000)
			status := statuses[rng.Intn(len(statuses))]
			payStatus, paid, paidAt, completedAt, cancelledAt := "unpaid", int64(0), "", "", ""
			if status != "pending_payment" && status != "cancelled" {
				payStatus, paid, paidAt = "paid", total-ded, stamp(created.Add(time.Hour))
			}
			if status == "completed" {
				completedAt = stamp(created.Add(72 * time.Hour))
			}
			if status == "cancelled" {
				cancelledAt = stamp(created.Add(2 * time.Hour))
			}
			if _, err := insert.Bind(dbx.Params{
				"id": id(), "no": created.In(time.FixedZone("CST", 8*3600)).Format("20060102150405") + fmt.Sprintf("%04d", i%10000),
				"buyer": buyers[b], "buyer_name": fmt.Sprintf("基准采购企业%03d有限公司", b), "provider": p.provider,
				"product": p.id, "spec": p.spec, "product_name": p.name, "unit": unit, "qty": qty, "total": total,
				"ded": ded, "pay": total - ded, "paid": paid, "pay_status": payStatus, "status": status,
				"paid_at": paidAt, "completed_at": completedAt, "cancelled_at": cancelledAt, "created": stamp(created),
			}).Execute(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return "", err
	}

	users, err := app.FindCollectionByNameOrId("users")
	if err != nil {
		return "", err
	}
	op := core.NewRecord(users)
	op.Set("username", "bench_operator")
	op.Set("name", "基准运营")
	op.Set("phone", "13900009999")
	op.Set("role", "operator")
	op.SetPassword("Bench@2026x")
	if err := app.Save(op); err != nil {
		return "", err
	}
	return op.NewAuthToken()
}

// serve runs the app's router on a loopback port, as serve would.
func serve(app core.App) (string, func(), error) {
	router, err := apis.NewRouter(app)
	if err != nil {
		return "", nil, err
	}
	var mux http.Handler
	se := &core.ServeEvent{App: app, Router: router}
	se.InstallerFunc = nil
	if err := app.OnServe().Trigger(se, func(e *core.ServeEvent) error {
		h, err := e.Router.BuildMux()
		mux = h
		return err
	}); err != nil {
		return "", nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(os.Stderr, "exportbench: serve:", err)
		}
	}()
	return "http://" + ln.Addr().String(), func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}
