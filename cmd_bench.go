package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
	"github.com/spf13/cobra"

	"smedx/hooks"
	"smedx/hooks/forms"
)

// benchCommand measures the voucher flash sale and checkout over loopback
// HTTP against PocketBase's bare record create (DESIGN §7: speed is shown
// by a benchmark command, not by timed tests). The measured app runs on a
// temporary data dir, deleted afterwards (--keep keeps it).
func benchCommand(_ *pocketbase.PocketBase) *cobra.Command {
	var opts benchOptions
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "抢券与下单性能基准（临时数据目录，本机回环 HTTP）",
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), opts.Timeout)
			defer cancel()
			return runBench(ctx, opts, cmd.OutOrStdout())
		},
	}
	cmd.Flags().IntVar(&opts.Clients, "clients", 300, "并发客户端数")
	cmd.Flags().IntVar(&opts.Quantity, "quantity", 1000, "服务券批次数量（抢券请求数）")
	cmd.Flags().IntVar(&opts.Enterprises, "enterprises", 100, "参与抢券的已认证企业数")
	cmd.Flags().IntVar(&opts.Rounds, "rounds", 3, "测量轮数（每轮：基线创建、抢券、下单；取中位数）")
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", 3*time.Minute, "整个基准的时间上限")
	cmd.Flags().BoolVar(&opts.Keep, "keep", false, "保留临时数据目录")
	cmd.Flags().StringVar(&opts.CPUProfile, "cpuprofile", "", "把各测量阶段的 CPU profile 写入该前缀的文件（<前缀>.<阶段>.pprof）")
	return cmd
}

type benchOptions struct {
	Clients, Quantity, Enterprises, Rounds int
	Timeout                                time.Duration
	Keep                                   bool
	CPUProfile                             string
}

// benchResult is one measured phase.
type benchResult struct {
	Name          string
	Requests, OK  int
	Elapsed       time.Duration
	P50, P95, P99 time.Duration
	Codes         map[int]int
}

func (r benchResult) PerSecond() float64 { return float64(r.OK) / r.Elapsed.Seconds() }

func (r benchResult) String() string {
	return fmt.Sprintf("%-22s %6d ok / %6d req in %7.2fs = %8.1f/s   p50 %6.1fms  p95 %6.1fms  p99 %6.1fms  %v",
		r.Name, r.OK, r.Requests, r.Elapsed.Seconds(), r.PerSecond(),
		ms(r.P50), ms(r.P95), ms(r.P99), r.Codes)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func runBench(ctx context.Context, o benchOptions, out io.Writer) error {
	if o.Enterprises < 1 || o.Quantity < o.Enterprises || o.Clients < 1 || o.Rounds < 1 || o.Rounds > 9 {
		return errors.New("需要 clients ≥ 1、quantity ≥ enterprises ≥ 1、rounds 在 1-9 之间")
	}
	profilePrefix = o.CPUProfile
	dir, err := os.MkdirTemp("", "smedx-bench-")
	if err != nil {
		return err
	}
	if !o.Keep {
		defer os.RemoveAll(dir)
	}
	// Idle read connections are kept (PocketBase keeps 15 of its 120 by
	// default): with hundreds of clients the pool otherwise closes and
	// reopens connections all the time, and every new SQLite connection
	// re-runs the pragmas and re-parses the schema, which dominated the
	// profile of every phase. The same setting is advisable for serve.
	app := core.NewBaseApp(core.BaseAppConfig{DataDir: dir,
		DataMaxOpenConns: core.DefaultDataMaxOpenConns, DataMaxIdleConns: core.DefaultDataMaxOpenConns})
	hooks.Register(app) // before Bootstrap: settings hooks (rate limits) run as in serve
	if err := app.Bootstrap(); err != nil {
		return err
	}
	defer app.ResetBootstrapState()
	if err := app.RunAllMigrations(); err != nil {
		return err
	}

	base, stop, err := serveLoopback(app)
	if err != nil {
		return err
	}
	defer stop()
	fmt.Fprintf(out, "smedx bench: data dir %s, server %s, %d clients\n", dir, base, o.Clients)

	fx, err := benchFixtures(app, o)
	if err != nil {
		return err
	}
	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{
		MaxIdleConns: o.Clients * 2, MaxIdleConnsPerHost: o.Clients * 2, IdleConnTimeout: time.Minute,
	}}

	// Warm-up: one keep-alive connection per client, statement and
	// collection caches, so no phase pays for them.
	if _, err := fire(ctx, client, "warm-up", 2*o.Clients, o.Clients, func(i int) (*http.Request, int) {
		return jsonReq(base+"/api/collections/bench_bare/records", fx.tokens[i%len(fx.tokens)], map[string]any{"name": "warm", "n": i}), 200
	}); err != nil {
		return err
	}

	// Rounds of three phases, each over o.Quantity requests from
	// o.Clients clients: PocketBase's own record create on a collection
	// without rules or hooks (the baseline: same clients, same tokens),
	// claims on a fresh batch of o.Quantity, and checkouts spending those
	// vouchers. Ratios are taken within a round (same machine load) and
	// the median round is reported, so a disturbed run on a shared machine
	// skews neither way.
	type round struct{ bare, claims, checkout benchResult }
	var rounds []round
	for r := 0; r < o.Rounds; r++ {
		batch := fx.batches[r]
		fmt.Fprintf(out, "round %d\n", r+1)
		bare, err := fire(ctx, client, "bare create", o.Quantity, o.Clients, func(i int) (*http.Request, int) {
			return jsonReq(base+"/api/collections/bench_bare/records", fx.tokens[i%len(fx.tokens)],
				map[string]any{"name": fmt.Sprintf("row %d", i), "n": i, "enterprise": fx.enterprises[i%len(fx.enterprises)]}), 200
		})
		if err != nil {
			return err
		}
		fmt.Fprintln(out, bare)

		// Every claim must be issued (the per-enterprise limit lets the
		// whole batch go out), then the batch must be exactly sold out.
		claims, err := fire(ctx, client, "voucher claim", o.Quantity, o.Clients, func(i int) (*http.Request, int) {
			return jsonReq(base+"/api/smedx/vouchers/claim", fx.tokens[i%len(fx.tokens)], map[string]any{"batch": batch}), 200
		})
		if err != nil {
			return err
		}
		fmt.Fprintln(out, claims)
		var issued, remaining int
		_ = app.DB().NewQuery("SELECT COUNT(*) FROM vouchers WHERE batch = {:b}").Bind(map[string]any{"b": batch}).Row(&issued)
		_ = app.DB().NewQuery("SELECT remaining FROM voucher_batches WHERE id = {:b}").Bind(map[string]any{"b": batch}).Row(&remaining)
		over, err := fire(ctx, client, "claim after sold out", o.Clients, o.Clients, func(i int) (*http.Request, int) {
			return jsonReq(base+"/api/smedx/vouchers/claim", fx.tokens[i%len(fx.tokens)], map[string]any{"batch": batch}), 400
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "  issued %d of %d (remaining %d); %d claims after the sell-out, refused: %d\n",
			issued, o.Quantity, remaining, over.Requests, over.OK)
		if issued != o.Quantity || remaining != 0 || claims.OK != o.Quantity || over.OK != over.Requests {
			return fmt.Errorf("bench: batch of %d issued %d, remaining %d, %d claims refused after sell-out of %d",
				o.Quantity, issued, remaining, over.OK, over.Requests)
		}

		// Checkout with a voucher: each request buys one item and spends
		// one of the buyer's vouchers of this round (it covers the item:
		// paid at once).
		vouchers, err := vouchersByUser(app, fx, batch)
		if err != nil {
			return err
		}
		checkout, err := fire(ctx, client, "checkout + voucher", o.Quantity, o.Clients, func(i int) (*http.Request, int) {
			u := i % len(fx.tokens)
			vs := vouchers[fx.users[u]]
			v := vs[(i/len(fx.tokens))%len(vs)]
			return jsonReq(base+"/api/smedx/orders/checkout", fx.tokens[u], map[string]any{
				"items":    []map[string]any{{"product": fx.product, "spec": fx.spec, "quantity": 1}},
				"vouchers": []string{v},
			}), 200
		})
		if err != nil {
			return err
		}
		fmt.Fprintln(out, checkout)
		fmt.Fprintf(out, "  ratios: claims %.2f, checkout %.2f\n",
			claims.PerSecond()/bare.PerSecond(), checkout.PerSecond()/bare.PerSecond())
		rounds = append(rounds, round{bare, claims, checkout})
	}

	var broken int
	_ = app.DB().NewQuery(`SELECT COUNT(*) FROM vouchers v WHERE v.balance_fen < 0 OR
		v.balance_fen - v.face_value_fen != COALESCE((SELECT SUM(delta_fen) FROM voucher_ledger l WHERE l.voucher = v.id), 0)`).Row(&broken)

	median := func(f func(r round) float64) (float64, round) {
		sorted := append([]round(nil), rounds...)
		sort.Slice(sorted, func(i, j int) bool { return f(sorted[i]) < f(sorted[j]) })
		m := sorted[len(sorted)/2]
		return f(m), m
	}
	claimRatio, mr := median(func(r round) float64 { return r.claims.PerSecond() / r.bare.PerSecond() })
	checkoutRatio, _ := median(func(r round) float64 { return r.checkout.PerSecond() / r.bare.PerSecond() })
	bareMed, _ := median(func(r round) float64 { return r.bare.PerSecond() })
	claimMed, _ := median(func(r round) float64 { return r.claims.PerSecond() })
	checkoutMed, _ := median(func(r round) float64 { return r.checkout.PerSecond() })

	fmt.Fprintln(out)
	fmt.Fprintf(out, "summary over %d rounds (medians; ratios within a round):\n", len(rounds))
	fmt.Fprintf(out, "  bare create/s   %8.1f\n", bareMed)
	fmt.Fprintf(out, "  claims/s        %8.1f   ratio %.2f (target ≥ 0.80)\n", claimMed, claimRatio)
	fmt.Fprintf(out, "  checkout/s      %8.1f   ratio %.2f (target ≥ 0.50)\n", checkoutMed, checkoutRatio)
	fmt.Fprintf(out, "  claim latency (median round) p50 %.1fms p95 %.1fms p99 %.1fms; issued %d of %d in every round\n",
		ms(mr.claims.P50), ms(mr.claims.P95), ms(mr.claims.P99), o.Quantity, o.Quantity)
	fmt.Fprintf(out, "  vouchers breaking face - balance = -sum(ledger): %d\n", broken)
	if broken != 0 {
		return fmt.Errorf("bench: %d vouchers break the ledger rule", broken)
	}
	return nil
}

// serveLoopback serves app's router (with every OnServe route) on
// 127.0.0.1:0 and returns its base URL and a stop function.
func serveLoopback(app core.App) (string, func(), error) {
	router, err := apis.NewRouter(app)
	if err != nil {
		return "", nil, err
	}
	var mux http.Handler
	se := &core.ServeEvent{App: app, Router: router}
	if err := app.OnServe().Trigger(se, func(e *core.ServeEvent) error {
		m, err := e.Router.BuildMux()
		mux = m
		return err
	}); err != nil {
		return "", nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}

type benchData struct {
	users, tokens, enterprises []string
	batches                    []string
	product, spec              string
}

// benchFixtures creates the bare collection, the certified enterprises
// with one user each (one bcrypt hash shared), a listed product and one
// batch per round: quantity o.Quantity, limit per enterprise so that all of it can
// be issued, face value above the product price.
func benchFixtures(app core.App, o benchOptions) (*benchData, error) {
	bare := core.NewBaseCollection("bench_bare")
	bare.Fields.Add(&core.TextField{Name: "name", Max: 200}, &core.NumberField{Name: "n"}, &core.TextField{Name: "enterprise", Max: 30})
	bare.Fields.Add(&core.AutodateField{Name: "created", OnCreate: true}, &core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true})
	bare.ListRule, bare.ViewRule, bare.CreateRule = types.Pointer(""), types.Pointer(""), types.Pointer("")
	if err := app.Save(bare); err != nil {
		return nil, err
	}

	fx := &benchData{}
	err := app.RunInTransaction(func(tx core.App) error {
		entCol, _ := tx.FindCollectionByNameOrId("enterprises")
		userCol, _ := tx.FindCollectionByNameOrId("users")
		var hash string
		profileEnt := forms.SampleProfileFor(tx, "enterprise")
		for i := 0; i < o.Enterprises; i++ {
			ent := core.NewRecord(entCol)
			ent.Set("kind", "enterprise")
			ent.Set("name", fmt.Sprintf("基准测试企业%03d", i))
			ent.Set("credit_code", benchCreditCode(i))
			ent.Set("profile", profileEnt)
			ent.Set("cert_status", "approved")
			if err := tx.Save(ent); err != nil {
				return fmt.Errorf("bench enterprise: %w", err)
			}
			u := core.NewRecord(userCol)
			u.Set("username", fmt.Sprintf("bench_user_%03d", i))
			u.Set("name", fmt.Sprintf("基准用户%03d", i))
			u.Set("phone", fmt.Sprintf("1370000%04d", i))
			u.Set("role", "enterprise")
			u.Set("enterprise", ent.Id)
			u.Set("tenant_admin", true)
			if hash == "" {
				u.SetPassword("Bench@2026x")
			} else {
				u.SetRaw("password", &core.PasswordFieldValue{Hash: hash})
				u.RefreshTokenKey()
			}
			if err := tx.Save(u); err != nil {
				return fmt.Errorf("bench user: %w", err)
			}
			hash = u.GetString("password:hash")
			token, err := u.NewAuthToken()
			if err != nil {
				return err
			}
			fx.users = append(fx.users, u.Id)
			fx.tokens = append(fx.tokens, token)
			fx.enterprises = append(fx.enterprises, ent.Id)
		}
		provider := core.NewRecord(entCol)
		provider.Set("kind", "provider")
		provider.Set("name", "基准测试服务商")
		provider.Set("credit_code", benchCreditCode(9999))
		provider.Set("profile", forms.SampleProfileFor(tx, "provider"))
		provider.Set("cert_status", "approved")
		if err := tx.Save(provider); err != nil {
			return err
		}
		prodCol, _ := tx.FindCollectionByNameOrId("products")
		p := core.NewRecord(prodCol)
		p.Load(map[string]any{"enterprise": provider.Id, "provider_name": "基准测试服务商", "type": "solution",
			"name": "基准测试方案", "status": "listed", "price_min_fen": 5000, "price_max_fen": 5000})
		if err := tx.Save(p); err != nil {
			return err
		}
		specCol, _ := tx.FindCollectionByNameOrId("product_specs")
		s := core.NewRecord(specCol)
		s.Load(map[string]any{"product": p.Id, "name": "标准版", "purchase_mode": "year", "pricing": "simple", "price_fen": 5000})
		if err := tx.Save(s); err != nil {
			return err
		}
		actCol, _ := tx.FindCollectionByNameOrId("voucher_activities")
		act := core.NewRecord(actCol)
		act.Load(map[string]any{"name": "基准测试活动", "start_at": time.Now().Add(-time.Hour), "end_at": time.Now().Add(24 * time.Hour), "listed": true})
		if err := tx.Save(act); err != nil {
			return err
		}
		batchCol, _ := tx.FindCollectionByNameOrId("voucher_batches")
		limit := (o.Quantity + o.Enterprises - 1) / o.Enterprises
		for r := 0; r < o.Rounds; r++ {
			b := core.NewRecord(batchCol)
			b.Load(map[string]any{"activity": act.Id, "name": fmt.Sprintf("基准测试券%d", r+1), "mode": "grab", "face_value_fen": 100000,
				"quantity": o.Quantity, "per_enterprise_limit": limit, "valid_days": 30, "billing_mode": "单独计价"})
			if err := tx.Save(b); err != nil {
				return err
			}
			fx.batches = append(fx.batches, b.Id)
		}
		fx.product, fx.spec = p.Id, s.Id
		return nil
	})
	return fx, err
}

func benchCreditCode(n int) string {
	const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	weights := [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
	body := fmt.Sprintf("91370200MB%07d", n)
	sum := 0
	for i := 0; i < 17; i++ {
		for v := 0; v < len(charset); v++ {
			if charset[v] == body[i] {
				sum += v * weights[i]
				break
			}
		}
	}
	c := (31 - sum%31) % 31
	return body + string(charset[c])
}

func vouchersByUser(app core.App, fx *benchData, batch string) (map[string][]string, error) {
	var rows []struct {
		ID     string `db:"id"`
		Holder string `db:"holder"`
	}
	if err := app.DB().NewQuery("SELECT id, holder FROM vouchers WHERE batch = {:b} ORDER BY holder, claim_seq").
		Bind(map[string]any{"b": batch}).All(&rows); err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, r := range rows {
		out[r.Holder] = append(out[r.Holder], r.ID)
	}
	for _, u := range fx.users {
		if len(out[u]) == 0 {
			return nil, fmt.Errorf("bench: user %s got no voucher", u)
		}
	}
	return out, nil
}

func jsonReq(url, token string, body any) *http.Request {
	raw, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", url, bytes.NewReader(raw))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", token)
	return req
}

// profilePrefix, when set (--cpuprofile), makes fire write a CPU profile
// of each phase.
var profilePrefix string

// fire sends n requests from clients goroutines (request i built by mk,
// which also names the expected status) and measures throughput of the
// expected answers and the latency distribution of all.
func fire(ctx context.Context, client *http.Client, name string, n, clients int, mk func(i int) (*http.Request, int)) (benchResult, error) {
	if profilePrefix != "" {
		f, err := os.Create(fmt.Sprintf("%s.%s.pprof", profilePrefix, strings.ReplaceAll(name, " ", "_")))
		if err != nil {
			return benchResult{}, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return benchResult{}, err
		}
		defer pprof.StopCPUProfile()
	}
	jobs := make(chan int, n)
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	var mu sync.Mutex
	lat := make([]time.Duration, 0, n)
	res := benchResult{Name: name, Codes: map[int]int{}}
	var firstErr error
	var wg sync.WaitGroup
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if ctx.Err() != nil {
					return
				}
				req, want := mk(i)
				t0 := time.Now()
				resp, err := client.Do(req.WithContext(ctx))
				d := time.Since(t0)
				code := 0
				if err == nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					code = resp.StatusCode
				}
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
				}
				lat = append(lat, d)
				res.Requests++
				res.Codes[code]++
				if code == want {
					res.OK++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	if ctx.Err() != nil {
		return res, fmt.Errorf("bench %s: %w", name, ctx.Err())
	}
	if firstErr != nil {
		return res, fmt.Errorf("bench %s: %w", name, firstErr)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	res.P50, res.P95, res.P99 = pct(0.50), pct(0.95), pct(0.99)
	return res, nil
}
