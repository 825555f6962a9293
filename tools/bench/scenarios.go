package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// A scenario is one comparison: the same load against smedx (A) and stock
// PocketBase (B), in rounds whose order alternates (A,B then B,A …), so
// neither side always runs on a warmer or quieter machine. Ratios are
// smedx ÷ stock within a round.

type scenario struct {
	id      string // e.g. claims/c100, list/products-4/10k, catalog50/tags/50k
	group   string // write, list, catalog1, catalog50
	label   string // the row name in its table
	size    int    // listed products
	clients int
	// phase builds the requests of a round (0 is the warm-up) for a side.
	phase func(side string, round int) phase
	// probe, when set, is one request per side whose answers should agree
	// (same totalItems): a check that both sides ran the same query.
	probe func(side string) string
	goal  goal
	// after, when set, runs on smedx after each measured round (checks).
	after func(ctx context.Context, b *bench, round int) string
}

// goal is issue 16's target for a row.
type goal struct {
	minRatio float64 // smedx/stock throughput, median round
	maxP95ms float64 // smedx p95
	text     string
}

func (g goal) met(ratio, p95 float64) string {
	switch {
	case g.text == "":
		return ""
	case g.minRatio > 0 && ratio < g.minRatio, g.maxP95ms > 0 && p95 > g.maxP95ms:
		return "MISS"
	}
	return "ok"
}

const (
	sideSmedx = "smedx"
	sideStock = "stock"
)

func sizeName(n int) string {
	if n%1000 == 0 {
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}

func jsonRequest(url, token string, body any) (*http.Request, error) {
	raw, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest("POST", url, bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", token)
	return req, nil
}

func getRequest(url string) (*http.Request, error) { return http.NewRequest("GET", url, nil) }

// writeScenarios: claims and checkout at each client count, against the
// baseline's create on a rule-less collection as wide as the row written.
func (b *bench) writeScenarios(size int) []*scenario {
	m := b.m
	var out []*scenario
	for _, c := range m.Plan.Levels {
		c := c
		count := func(round int) int { return m.Plan.phaseRequests(c, round) }
		bare := func(col string, body map[string]any) func(i int) (*http.Request, error) {
			return func(i int) (*http.Request, error) {
				return jsonRequest(b.stock.base+"/api/collections/"+col+"/records", m.Tokens[i%len(m.Tokens)], body)
			}
		}
		claims := &scenario{id: fmt.Sprintf("claims/c%d", c), group: "write", label: "claims", size: size, clients: c,
			goal: goal{minRatio: 1.0, text: "≥ 1.0×"}}
		claims.phase = func(side string, round int) phase {
			ph := phase{clients: c, n: count(round), want: 200}
			if side == sideStock {
				ph.mk = bare(bareVouchersCol, m.BareVouchers)
				return ph
			}
			batch := m.ClaimBatches[phaseKey(c, round)]
			ph.mk = func(i int) (*http.Request, error) {
				return jsonRequest(b.smedx.base+"/api/smedx/vouchers/claim", m.Tokens[i%len(m.Tokens)], map[string]any{"batch": batch})
			}
			return ph
		}
		// Sold out is sold out: further claims on the round's batch are all
		// refused (400).
		claims.after = func(ctx context.Context, b *bench, round int) string {
			batch := m.ClaimBatches[phaseKey(c, round)]
			n := min(c, 50)
			res := fire(ctx, b.clients[sideSmedx], b.smedx, phase{clients: n, n: n, want: 400, mk: func(i int) (*http.Request, error) {
				return jsonRequest(b.smedx.base+"/api/smedx/vouchers/claim", m.Tokens[i%len(m.Tokens)], map[string]any{"batch": batch})
			}})
			if res.OK != res.Requests {
				b.problems = append(b.problems, fmt.Sprintf("claims/c%d round %d: after the sell-out %d of %d claims were not refused (%v)", c, round, res.Requests-res.OK, res.Requests, res.Codes))
			}
			return fmt.Sprintf("after sell-out: %d/%d refused", res.OK, res.Requests)
		}
		checkout := &scenario{id: fmt.Sprintf("checkout/c%d", c), group: "write", label: "checkout", size: size, clients: c}
		if c >= 300 {
			checkout.goal = goal{minRatio: 0.5, text: "≥ 0.5×"}
		}
		checkout.phase = func(side string, round int) phase {
			ph := phase{clients: c, n: count(round), want: 200}
			if side == sideStock {
				ph.mk = bare(bareOrdersCol, m.BareOrders)
				return ph
			}
			vouchers := m.Vouchers[phaseKey(c, round)]
			ph.mk = func(i int) (*http.Request, error) {
				item := m.CheckoutItems[i%len(m.CheckoutItems)]
				return jsonRequest(b.smedx.base+"/api/smedx/orders/checkout", m.Tokens[i%len(m.Tokens)], map[string]any{
					"items":    []map[string]any{{"product": item[0], "spec": item[1], "quantity": 1}},
					"vouchers": []string{vouchers[i]},
				})
			}
			return ph
		}
		out = append(out, claims, checkout)
	}
	return out
}

// listQuery is a public records-API list as the JS SDK sends it.
type listQuery struct {
	name, collection string // collection: products, product_specs or product_cases
	perPage          int
	filter, sort     string
	skipTotal        bool
	perProduct       bool // filter by one listed product, rotating (getFullList of a product page)
	cross            bool // a page of all listed products' rows: only with -cross-lists
}

func (q listQuery) url(base, collection string, i int, samples []string) string {
	v := url.Values{}
	v.Set("page", "1")
	v.Set("perPage", fmt.Sprint(q.perPage))
	filter := q.filter
	if q.perProduct {
		filter = fmt.Sprintf(`product = "%s"`, samples[i%len(samples)])
	}
	if q.skipTotal || q.perProduct {
		v.Set("skipTotal", "1")
	}
	v.Set("filter", filter)
	v.Set("sort", q.sort)
	return base + "/api/collections/" + collection + "/records?" + v.Encode()
}

// listQueries: getList as the SDK sends it by default (with the total), the
// home page's variant (skipTotal, pb_public/app/pages/Home.js), and the
// product page's getFullList of its specs and cases.
var listQueries = []listQuery{
	{name: "products-4", collection: "products", perPage: 4, filter: `status = "listed"`, sort: "-sales_count"},
	{name: "products-4-skiptotal", collection: "products", perPage: 4, filter: `status = "listed"`, sort: "-sales_count", skipTotal: true},
	{name: "products-20", collection: "products", perPage: 20, filter: `status = "listed"`, sort: "-sales_count"},
	{name: "specs-all-20", collection: "product_specs", perPage: 20, filter: `product.status = "listed"`, sort: "-created", cross: true},
	{name: "specs-of-product", collection: "product_specs", perPage: 1000, sort: "sort,created", perProduct: true},
	{name: "cases-all-20", collection: "product_cases", perPage: 20, filter: `product.status = "listed"`, sort: "-created", cross: true},
	{name: "cases-of-product", collection: "product_cases", perPage: 1000, sort: "idx", perProduct: true},
}

func (b *bench) listScenarios(size int) []*scenario {
	var out []*scenario
	for _, q := range listQueries {
		q := q
		if q.cross && !b.opts.crossLists {
			continue
		}
		col := func(side string) string {
			if side == sideSmedx {
				return b.opts.collections[q.collection]
			}
			return q.collection
		}
		sc := &scenario{id: fmt.Sprintf("list/%s/%s", q.name, sizeName(size)), group: "list", label: q.name, size: size,
			clients: b.opts.listClients, goal: goal{minRatio: 1.0, text: "≥ 1.0×"}}
		sc.phase = func(side string, round int) phase {
			base := b.server(side).base
			return b.readPhase(round, sc.clients, func(i int) (*http.Request, error) {
				return getRequest(q.url(base, col(side), i, b.m.Samples))
			})
		}
		sc.probe = func(side string) string { return q.url(b.server(side).base, col(side), 0, b.m.Samples) }
		out = append(out, sc)
	}
	return out
}

// catalogShape is a GET /api/smedx/catalog query and its stock records-API
// equivalent (same rows, same order).
type catalogShape struct {
	name, query  string
	filter, sort string
}

func (b *bench) catalogShapes() []catalogShape {
	m := b.m
	listed := `status = "listed"`
	kw := func(w string) string {
		return fmt.Sprintf(`%s && (name ~ "%s" || related_product ~ "%s")`, listed, w, w)
	}
	return []catalogShape{
		{"all", "", listed, "-listed_at,-id"},
		{"industry", "industry=" + m.Industry, fmt.Sprintf(`%s && industries ~ '"%s'`, listed, m.Industry), "-listed_at,-id"},
		{"category", "category=" + m.Category, fmt.Sprintf(`%s && categories ~ '"%s"'`, listed, m.Category), "-listed_at,-id"},
		{"tags", "tags=" + m.Tag, fmt.Sprintf(`%s && tags ~ '"%s"'`, listed, m.Tag), "-listed_at,-id"},
		{"price", "price_min_fen=100000&price_max_fen=500000", listed + " && price_max_fen >= 100000 && price_min_fen <= 500000", "-listed_at,-id"},
		{"keyword-1", "keyword=" + url.QueryEscape("云"), kw("云"), "-listed_at,-id"},
		{"keyword-2", "keyword=" + url.QueryEscape("质量"), kw("质量"), "-listed_at,-id"},
		{"sort-sales", "sort=sales", listed, "-sales_count,-id"},
		{"combined", "industry=" + m.Industry + "&price_max_fen=500000&sort=price_asc",
			fmt.Sprintf(`%s && industries ~ '"%s' && price_min_fen <= 500000`, listed, m.Industry), "price_min_fen,id"},
	}
}

func (s catalogShape) url(side, base string) string {
	if side == sideSmedx {
		return base + "/api/smedx/catalog?" + s.query
	}
	v := url.Values{}
	v.Set("page", "1")
	v.Set("perPage", "20")
	v.Set("filter", s.filter)
	v.Set("sort", s.sort)
	return base + "/api/collections/products/records?" + v.Encode()
}

func (b *bench) catalogScenarios(size int) []*scenario {
	var out []*scenario
	for _, s := range b.catalogShapes() {
		s := s
		mk := func(side string) func(i int) (*http.Request, error) {
			u := s.url(side, b.server(side).base)
			return func(int) (*http.Request, error) { return getRequest(u) }
		}
		one := &scenario{id: fmt.Sprintf("catalog1/%s/%s", s.name, sizeName(size)), group: "catalog1", label: s.name,
			size: size, clients: 1, goal: goal{maxP95ms: 20, text: "p95 ≤ 20 ms"}}
		one.phase = func(side string, round int) phase {
			ph := b.readPhase(round, 1, mk(side))
			if round > 0 {
				ph.n = b.opts.latencyRequests
			}
			return ph
		}
		one.probe = func(side string) string { return s.url(side, b.server(side).base) }
		many := &scenario{id: fmt.Sprintf("catalog50/%s/%s", s.name, sizeName(size)), group: "catalog50", label: s.name,
			size: size, clients: b.opts.readClients, goal: goal{minRatio: 3.0, text: "≥ 3.0×"}}
		many.phase = func(side string, round int) phase { return b.readPhase(round, many.clients, mk(side)) }
		out = append(out, one, many)
	}
	return out
}

// readPhase: reads stop after readRequests or phaseMax, whichever first;
// the warm-up (round 0) opens each client's connection.
func (b *bench) readPhase(round, clients int, mk func(i int) (*http.Request, error)) phase {
	if round == 0 {
		return phase{clients: clients, n: clients, maxDur: time.Second, want: 200, mk: mk}
	}
	return phase{clients: clients, n: b.opts.readRequests, maxDur: b.opts.phaseMax, want: 200, mk: mk}
}

// staticFiles are files of the web UI as a browser asks for them: the
// biggest vendor build, Vue, the app's entry module and the page.
var staticFiles = []struct{ name, path string }{
	{"element-plus.mjs", "/vendor/element-plus/index.full.min.mjs"},
	{"vue.js", "/vendor/vue/vue.esm-browser.prod.js"},
	{"app/main.js", "/app/main.js"},
	{"index.html", "/"},
}

// staticScenarios: smedx serves pb_public from its binary; stock
// PocketBase serves the same directory from disk (--publicDir).
func (b *bench) staticScenarios(size int) []*scenario {
	var out []*scenario
	for _, f := range staticFiles {
		f := f
		sc := &scenario{id: "static/" + f.name, group: "static", label: f.name, size: size, clients: b.opts.listClients}
		sc.phase = func(side string, round int) phase {
			u := b.server(side).base + f.path
			return b.readPhase(round, sc.clients, func(int) (*http.Request, error) {
				req, err := getRequest(u)
				if err == nil {
					req.Header.Set("Accept-Encoding", "gzip, deflate, br")
				}
				return req, err
			})
		}
		sc.probe = func(side string) string { return b.server(side).base + f.path }
		out = append(out, sc)
	}
	return out
}

// probeHeaders describes how each side serves a static file: encoding,
// size and caching headers.
func (b *bench) probeHeaders(ctx context.Context, sc *scenario) string {
	var parts []string
	for _, side := range []string{sideSmedx, sideStock} {
		req, _ := http.NewRequestWithContext(ctx, "GET", sc.probe(side), nil)
		req.Header.Set("Accept-Encoding", "gzip, deflate, br")
		resp, err := b.clients[side].Do(req)
		if err != nil {
			return "probe: " + err.Error()
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		h := resp.Header
		desc := fmt.Sprintf("%s: %d, %d bytes", side, resp.StatusCode, n)
		if v := h.Get("Content-Encoding"); v != "" {
			desc += " " + v
		}
		for _, k := range []string{"Cache-Control", "ETag", "Last-Modified"} {
			if v := h.Get(k); v != "" {
				desc += fmt.Sprintf(", %s: %s", k, v)
			}
		}
		parts = append(parts, desc)
	}
	return strings.Join(parts, "; ")
}

// probeTotals asks both sides once and compares what they found.
func (b *bench) probeTotals(ctx context.Context, sc *scenario) string {
	var got [2]string
	for k, side := range []string{sideSmedx, sideStock} {
		req, _ := http.NewRequestWithContext(ctx, "GET", sc.probe(side), nil)
		resp, err := b.clients[side].Do(req)
		if err != nil {
			return "probe: " + err.Error()
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var page struct {
			TotalItems int               `json:"totalItems"`
			Items      []json.RawMessage `json:"items"`
		}
		if resp.StatusCode != 200 || json.Unmarshal(raw, &page) != nil {
			got[k] = fmt.Sprintf("status %d: %.200s", resp.StatusCode, raw)
			continue
		}
		got[k] = fmt.Sprintf("%d items of %d", len(page.Items), page.TotalItems)
	}
	if got[0] != got[1] {
		msg := fmt.Sprintf("%s: the two sides disagree: smedx %s, stock %s", sc.id, got[0], got[1])
		b.problems = append(b.problems, msg)
		return msg
	}
	return "both: " + got[0]
}

// failed records failed requests: a problem of the run when smedx failed,
// a note when stock PocketBase did (e.g. its 30 s query timeout at 50k).
func (b *bench) failed(side, msg string) {
	if side == sideStock {
		b.notes = append(b.notes, msg)
	} else {
		b.problems = append(b.problems, msg)
	}
}

// runScenario warms both sides up, then measures rounds in alternating order.
func (b *bench) runScenario(ctx context.Context, sc *scenario) *scenarioResult {
	sr := &scenarioResult{sc: sc}
	fmt.Printf("\n== %s (%d clients)\n", sc.id, sc.clients)
	switch {
	case sc.group == "static":
		sr.probe = b.probeHeaders(ctx, sc)
		fmt.Println("   " + sr.probe)
	case sc.probe != nil:
		sr.probe = b.probeTotals(ctx, sc)
		fmt.Println("   " + sr.probe)
	}
	for _, side := range []string{sideSmedx, sideStock} {
		res := fire(ctx, b.clients[side], b.server(side), sc.phase(side, 0))
		if (res.OK != res.Requests || res.FirstErr != nil) && ctx.Err() == nil {
			b.failed(side, fmt.Sprintf("%s warm-up on %s: %s", sc.id, side, res))
		}
	}
	for r := 1; r <= b.opts.rounds && ctx.Err() == nil; r++ {
		order := []string{sideSmedx, sideStock}
		if r%2 == 0 {
			order = []string{sideStock, sideSmedx}
		}
		rr := roundResult{}
		for _, side := range order {
			res := fire(ctx, b.clients[side], b.server(side), sc.phase(side, r))
			fmt.Printf("   r%d %-5s %s\n", r, side, res)
			if (res.OK != res.Requests || res.FirstErr != nil) && ctx.Err() == nil {
				b.failed(side, fmt.Sprintf("%s round %d on %s: %d of %d failed %v %v", sc.id, r, side, res.Requests-res.OK, res.Requests, res.Codes, res.FirstErr))
			}
			if side == sideSmedx {
				rr.smedx = res
			} else {
				rr.stock = res
			}
		}
		if ctx.Err() != nil {
			break // an interrupted round is no measurement
		}
		if sc.after != nil {
			fmt.Println("   " + sc.after(ctx, b, r))
		}
		sr.rounds = append(sr.rounds, rr)
		fmt.Printf("   r%d ratio smedx/stock %.2f\n", r, rr.ratio())
	}
	if b.opts.pprofDir != "" && b.pprofRun.MatchString(sc.id) {
		b.profileScenario(ctx, sc)
	}
	return sr
}

// profileScenario runs the scenario's load on each side for pprofSeconds
// while the server records a CPU profile.
func (b *bench) profileScenario(ctx context.Context, sc *scenario) {
	round := 1
	if sc.group == "write" {
		if b.m.Plan.ProfileRequests == 0 {
			return // seeded without profiling fixtures
		}
		round = profileRound // a batch and vouchers of their own
	}
	secs := b.opts.pprofSeconds
	for _, side := range []string{sideSmedx, sideStock} {
		path := fmt.Sprintf("%s/%s-%s.pprof", b.opts.pprofDir, side, strings.ReplaceAll(sc.id, "/", "_"))
		errc := make(chan error, 1)
		go func() { errc <- b.server(side).profile(ctx, secs, path) }()
		ph := sc.phase(side, round)
		if sc.group != "write" {
			ph.n = 1 << 30
		}
		ph.maxDur = time.Duration(secs) * time.Second
		res := fire(ctx, b.clients[side], b.server(side), ph)
		if err := <-errc; err != nil {
			fmt.Printf("   profile %s: %v\n", side, err)
			continue
		}
		fmt.Printf("   profiled %-5s %s -> %s\n", side, res, path)
	}
}
