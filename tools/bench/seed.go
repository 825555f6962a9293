package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	_ "smedx/migrations"
)

// The seeder prepares a data dir before any server starts: it opens a
// plain PocketBase app on the dir (no smedx hooks are registered, so
// nothing but PocketBase's own field validation runs), applies all
// migrations, writes the fixed part once (tenants, users with tokens,
// voucher batches and vouchers for the write scenarios, the baseline's
// bare collections) and tops the catalog up to n listed products with
// specs, cases and their publication applications. It runs in its own
// process (`bench seed`), so its memory never counts for the load
// generator.

// seedPlan is what the base seed must prepare for the write scenarios.
type seedPlan struct {
	Enterprises int   // certified enterprises, one enterprise user each
	Levels      []int // client counts of the write scenarios
	Rounds      int
	Requests    int // requests per measured write phase
	// ProfileRequests sizes one more phase per client count, run while
	// a CPU profile is taken (-pprof); 0: none.
	ProfileRequests int
}

// warmRequests is the size of the warm-up phase before a write scenario at
// the given client count: one keep-alive connection per client, twice.
func warmRequests(clients int) int { return 2 * clients }

// profileRound is the round number of the profiling phase's fixtures.
const profileRound = -1

// phaseRequests is the number of requests (and of fixtures) of a round.
func (p seedPlan) phaseRequests(clients, round int) int {
	switch round {
	case 0:
		return warmRequests(clients)
	case profileRound:
		return p.ProfileRequests
	}
	return p.Requests
}

// rounds lists the rounds that need fixtures: the warm-up, the measured
// rounds and the profiling round when there is one.
func (p seedPlan) rounds() []int {
	out := []int{}
	for r := 0; r <= p.Rounds; r++ {
		out = append(out, r)
	}
	if p.ProfileRequests > 0 {
		out = append(out, profileRound)
	}
	return out
}

// manifest is what the load generator needs to know about a seeded dir.
type manifest struct {
	Plan          seedPlan            `json:"plan"`
	Tokens        []string            `json:"tokens"` // enterprise users' auth tokens, request i uses i % len
	Users         []string            `json:"users"`
	Enterprises   []string            `json:"enterprises"`
	ClaimBatches  map[string]string   `json:"claim_batches"`  // phase key -> batch id
	Vouchers      map[string][]string `json:"vouchers"`       // phase key -> voucher of request i (holder: user i % len)
	CheckoutItems [][2]string         `json:"checkout_items"` // product, spec (price below the face value)
	BareVouchers  map[string]any      `json:"bare_vouchers"`  // body of the baseline create, as wide as a voucher
	BareOrders    map[string]any      `json:"bare_orders"`    // as wide as an order
	Samples       []string            `json:"samples"`        // listed products for per-product queries
	Tag           string              `json:"tag"`
	Category      string              `json:"category"`
	Industry      string              `json:"industry"` // a 门类 letter (finds its 大类)
}

// phaseKey names the fixtures of one write phase: round 0 is the warm-up.
func phaseKey(clients, round int) string {
	if round == profileRound {
		return fmt.Sprintf("c%d/profile", clients)
	}
	return fmt.Sprintf("c%d/r%d", clients, round)
}

const (
	faceValueFen    = 100000 // every bench voucher: 1,000 元
	checkoutPrice   = 5000   // the checkout products' spec: covered by one voucher
	checkoutItems   = 20
	benchProviders  = 50
	benchPassword   = "Bench@2026x"
	bareVouchersCol = "bench_bare_vouchers"
	bareOrdersCol   = "bench_bare_orders"
)

func manifestPath(dir string) string { return filepath.Join(dir, "bench_manifest.json") }

func readManifest(dir string) (*manifest, error) {
	raw, err := os.ReadFile(manifestPath(dir))
	if err != nil {
		return nil, err
	}
	m := &manifest{}
	return m, json.Unmarshal(raw, m)
}

// seed prepares dir: the base once, then listed products up to n.
func seed(dir string, n int, plan seedPlan) error {
	app := core.NewBaseApp(core.BaseAppConfig{DataDir: dir})
	if err := app.Bootstrap(); err != nil {
		return err
	}
	defer app.ResetBootstrapState()
	if err := app.RunAllMigrations(); err != nil {
		return err
	}
	if _, err := os.Stat(manifestPath(dir)); errors.Is(err, os.ErrNotExist) {
		m, err := seedBase(app, plan)
		if err != nil {
			return fmt.Errorf("seed base: %w", err)
		}
		raw, _ := json.Marshal(m)
		if err := os.WriteFile(manifestPath(dir), raw, 0o644); err != nil {
			return err
		}
	}
	if err := seedProducts(app, n); err != nil {
		return fmt.Errorf("seed products: %w", err)
	}
	if err := recordSamples(app, dir); err != nil {
		return err
	}
	// Derived tables the smedx product hooks keep (the catalog index):
	// raw inserts bypass the hooks, so smedx's own rebuild runs once.
	if err := rebuildDerived(app); err != nil {
		return fmt.Errorf("rebuild catalog index: %w", err)
	}
	_, err := app.DB().NewQuery("PRAGMA wal_checkpoint(TRUNCATE)").Execute()
	return err
}

func seedBase(app core.App, plan seedPlan) (*manifest, error) {
	m := &manifest{Plan: plan, ClaimBatches: map[string]string{}, Vouchers: map[string][]string{}}
	codes := func(typ string, leaf bool) ([]string, error) {
		var out []string
		q := app.DB().Select("code").From("dicts").Where(dbx.HashExp{"type": typ, "enabled": true}).OrderBy("sort", "code")
		if leaf {
			q.AndWhere(dbx.NewExp("parent != ''"))
		}
		err := q.Column(&out)
		if err == nil && len(out) == 0 {
			err = fmt.Errorf("no %s codes in dicts", typ)
		}
		return out, err
	}
	tags, err := codes("tag", false)
	if err != nil {
		return nil, err
	}
	cats, err := codes("solution_category", false)
	if err != nil {
		return nil, err
	}
	m.Tag, m.Category, m.Industry = tags[0], cats[0], "C"

	err = app.RunInTransaction(func(tx core.App) error {
		// A superuser, so that `serve` does not open the installer.
		su, err := tx.FindCollectionByNameOrId(core.CollectionNameSuperusers)
		if err != nil {
			return err
		}
		admin := core.NewRecord(su)
		admin.SetEmail("bench@example.com")
		admin.SetPassword(benchPassword)
		if err := tx.Save(admin); err != nil {
			return err
		}

		entCol, _ := tx.FindCollectionByNameOrId("enterprises")
		userCol, _ := tx.FindCollectionByNameOrId("users")
		var hash string
		newUser := func(username, role, ent string, i int) (*core.Record, error) {
			u := core.NewRecord(userCol)
			u.Set("username", username)
			u.Set("name", fmt.Sprintf("基准用户%04d", i))
			u.Set("phone", fmt.Sprintf("137%08d", i))
			u.Set("role", role)
			u.Set("enterprise", ent)
			u.Set("tenant_admin", true)
			if hash == "" {
				u.SetPassword(benchPassword) // one bcrypt for all users
			} else {
				u.SetRaw("password", &core.PasswordFieldValue{Hash: hash})
				u.RefreshTokenKey()
			}
			if err := tx.Save(u); err != nil {
				return nil, err
			}
			hash = u.GetString("password:hash")
			return u, nil
		}
		newEnt := func(kind, name string, i int) (*core.Record, error) {
			e := core.NewRecord(entCol)
			e.Load(map[string]any{"kind": kind, "name": name, "credit_code": creditCode(i),
				"cert_status": "approved", "profile": map[string]any{}})
			return e, tx.Save(e)
		}
		for i := 0; i < plan.Enterprises; i++ {
			e, err := newEnt("enterprise", fmt.Sprintf("基准测试企业%04d", i), i)
			if err != nil {
				return fmt.Errorf("enterprise: %w", err)
			}
			u, err := newUser(fmt.Sprintf("bench_ent_%04d", i), "enterprise", e.Id, i)
			if err != nil {
				return fmt.Errorf("user: %w", err)
			}
			tok, err := u.NewAuthToken()
			if err != nil {
				return err
			}
			m.Enterprises = append(m.Enterprises, e.Id)
			m.Users = append(m.Users, u.Id)
			m.Tokens = append(m.Tokens, tok)
		}
		for i := 0; i < benchProviders; i++ {
			e, err := newEnt("provider", fmt.Sprintf("基准测试服务商%02d", i), 9000+i)
			if err != nil {
				return fmt.Errorf("provider: %w", err)
			}
			if _, err := newUser(fmt.Sprintf("bench_prov_%02d", i), "provider", e.Id, 9000+i); err != nil {
				return fmt.Errorf("provider user: %w", err)
			}
		}

		actCol, _ := tx.FindCollectionByNameOrId("voucher_activities")
		act := core.NewRecord(actCol)
		act.Load(map[string]any{"name": "基准测试活动", "start_at": time.Now().Add(-24 * time.Hour),
			"end_at": time.Now().Add(30 * 24 * time.Hour), "listed": true})
		if err := tx.Save(act); err != nil {
			return err
		}
		batchCol, _ := tx.FindCollectionByNameOrId("voucher_batches")
		newBatch := func(name string, quantity, remaining, limit int) (*core.Record, error) {
			b := core.NewRecord(batchCol)
			b.Load(map[string]any{"activity": act.Id, "name": name, "mode": "grab", "face_value_fen": faceValueFen,
				"quantity": quantity, "remaining": remaining, "valid_days": 30, "billing_mode": "单独计价",
				"per_enterprise_limit": limit})
			return b, tx.Save(b)
		}
		// Claims: a fresh batch per phase, exactly as large as the phase,
		// so every claim is issued and the batch then sells out.
		for _, c := range plan.Levels {
			for _, r := range plan.rounds() {
				n := plan.phaseRequests(c, r)
				b, err := newBatch("基准测试券 "+phaseKey(c, r), n, n, (n+plan.Enterprises-1)/plan.Enterprises)
				if err != nil {
					return err
				}
				m.ClaimBatches[phaseKey(c, r)] = b.Id
			}
		}
		// Checkout: one voucher per request, of the requester's enterprise
		// (issued here, never claimed: no per-enterprise limit applies).
		total := 0
		for _, c := range plan.Levels {
			for _, r := range plan.rounds() {
				total += plan.phaseRequests(c, r)
			}
		}
		spend, err := newBatch("基准测试下单券", total, 0, total)
		if err != nil {
			return err
		}
		return seedVouchers(tx, m, spend.Id)
	})
	if err != nil {
		return nil, err
	}
	if err := seedCheckoutProducts(app, m); err != nil {
		return nil, err
	}
	if err := seedBareCollections(app, m); err != nil {
		return nil, err
	}
	return m, nil
}

func seedVouchers(tx core.App, m *manifest, batch string) error {
	q := tx.DB().NewQuery(`INSERT INTO vouchers (id, batch, enterprise, holder, name, face_value_fen, balance_fen,
		valid_from, valid_to, status, billing_mode, claim_seq, created, updated)
		VALUES ({:id}, {:batch}, {:ent}, {:holder}, '基准测试下单券', {:face}, {:face}, {:from}, {:to}, 'active', '单独计价', {:seq}, {:now}, {:now})`).Prepare()
	defer q.Close()
	now := time.Now().UTC()
	from, to := dt(now.Add(-time.Hour)), dt(now.Add(30*24*time.Hour))
	seq := make([]int, len(m.Users))
	for _, c := range m.Plan.Levels {
		for _, r := range m.Plan.rounds() {
			n := m.Plan.phaseRequests(c, r)
			ids := make([]string, n)
			for i := range ids {
				u := i % len(m.Users)
				seq[u]++
				ids[i] = core.GenerateDefaultRandomId()
				if _, err := q.Bind(dbx.Params{"id": ids[i], "batch": batch, "ent": m.Enterprises[u], "holder": m.Users[u],
					"face": faceValueFen, "from": from, "to": to, "seq": seq[u], "now": dt(now)}).Execute(); err != nil {
					return err
				}
			}
			m.Vouchers[phaseKey(c, r)] = ids
		}
	}
	return nil
}

// seedCheckoutProducts lists the products the checkout scenario buys (a
// spec a voucher covers, so an order is paid at once).
func seedCheckoutProducts(app core.App, m *manifest) error {
	var provider string
	if err := app.DB().Select("id").From("enterprises").Where(dbx.HashExp{"kind": "provider"}).OrderBy("name").Limit(1).Row(&provider); err != nil {
		return err
	}
	return app.RunInTransaction(func(tx core.App) error {
		ins := newProductInserter(tx)
		defer ins.close()
		for i := 0; i < checkoutItems; i++ {
			p, s, err := ins.insert(productRow{index: -1 - i, provider: provider, providerName: "基准测试服务商00",
				name: fmt.Sprintf("基准测试下单方案 %02d", i), status: "listed", prices: []int{checkoutPrice}})
			if err != nil {
				return err
			}
			m.CheckoutItems = append(m.CheckoutItems, [2]string{p, s[0]})
		}
		return nil
	})
}

// seedBareCollections creates the baseline's rule-less collections, each
// with the fields of a smedx collection (relations and selects become plain
// text, no indexes), and the body of one create request.
func seedBareCollections(app core.App, m *manifest) error {
	for _, pair := range [][2]string{{"vouchers", bareVouchersCol}, {"orders", bareOrdersCol}} {
		src, err := app.FindCollectionByNameOrId(pair[0])
		if err != nil {
			return err
		}
		bare := core.NewBaseCollection(pair[1])
		body := map[string]any{}
		for i, f := range src.Fields {
			name := f.GetName()
			if f.GetSystem() || name == "id" {
				continue
			}
			switch f := f.(type) {
			case *core.NumberField:
				bare.Fields.Add(&core.NumberField{Name: name})
				body[name] = 1000 + i
			case *core.BoolField:
				bare.Fields.Add(&core.BoolField{Name: name})
				body[name] = true
			case *core.DateField:
				bare.Fields.Add(&core.DateField{Name: name})
				body[name] = dt(time.Now().UTC())
			case *core.AutodateField:
				bare.Fields.Add(&core.AutodateField{Name: name, OnCreate: f.OnCreate, OnUpdate: f.OnUpdate})
			case *core.JSONField:
				bare.Fields.Add(&core.JSONField{Name: name})
				body[name] = []string{core.GenerateDefaultRandomId()}
			case *core.RelationField:
				bare.Fields.Add(&core.TextField{Name: name})
				body[name] = core.GenerateDefaultRandomId()
			case *core.SelectField:
				bare.Fields.Add(&core.TextField{Name: name})
				body[name] = f.Values[0]
			default:
				bare.Fields.Add(&core.TextField{Name: name})
				body[name] = fmt.Sprintf("%018d", 202607010000000000+i)
			}
		}
		bare.ListRule, bare.ViewRule, bare.CreateRule = types.Pointer(""), types.Pointer(""), types.Pointer("")
		if err := app.Save(bare); err != nil {
			return err
		}
		if pair[0] == "vouchers" {
			m.BareVouchers = body
		} else {
			m.BareOrders = body
		}
	}
	return nil
}

// ---------------------------------------------------------------------
// The catalog.

// productRow is one generated product.
type productRow struct {
	index                  int
	provider, providerName string
	name, status           string
	prices                 []int // one spec per price
}

// productInserter writes a product with its specs, three cases and its
// approved publication application, with prepared statements.
type productInserter struct {
	tx                            core.App
	product, spec, kase, appl     *dbx.Query
	types, tags, cats, industries []string
	words                         []string
	applicant                     map[string]string // provider -> its user
	now                           time.Time
}

func newProductInserter(tx core.App) *productInserter {
	p := &productInserter{tx: tx, now: time.Now().UTC(), applicant: map[string]string{},
		words: []string{"智造", "云", "数字", "工业", "设备", "质量", "能耗", "供应链", "仓储", "营销", "物联", "安全", "视觉", "协同", "财务"}}
	list := func(typ, where string) []string {
		var out []string
		_ = tx.DB().NewQuery("SELECT code FROM dicts WHERE type = {:t} AND enabled = TRUE" + where + " ORDER BY sort, code").
			Bind(dbx.Params{"t": typ}).Column(&out)
		return out
	}
	p.types = list("product_type", "")
	p.tags = list("tag", "")
	p.cats = list("solution_category", "")
	// Every 门类 letter and the manufacturing 大类 (C13 …) of the dicts: most
	// products are in manufacturing, so industry=C is a broad filter.
	p.industries = list("industry", "")
	var rows []struct {
		Ent string `db:"enterprise"`
		ID  string `db:"id"`
	}
	_ = tx.DB().NewQuery("SELECT enterprise, id FROM users WHERE role = 'provider'").All(&rows)
	for _, r := range rows {
		p.applicant[r.Ent] = r.ID
	}
	p.product = tx.DB().NewQuery(`INSERT INTO products (id, enterprise, provider_name, type, name, related_product, catalog,
		status, tags, categories, industries, delivery_cycle, delivery_man_days, contact_name, contact_methods, contact_phone,
		intro, price_min_fen, price_max_fen, hist_price_min_fen, hist_price_max_fen, rating_avg, rating_count, sales_count, listed_at, created, updated)
		VALUES ({:id}, {:ent}, {:pname}, {:type}, {:name}, {:related}, '解决方案和产品', {:status}, {:tags}, {:cats}, {:inds},
		'1to3m', {:days}, '基准联系人', '["phone"]', '13900000000', {:intro}, {:pmin}, {:pmax}, {:pmin}, {:pmax},
		{:ravg}, {:rcount}, {:sales}, {:listed}, {:created}, {:created})`).Prepare()
	p.spec = tx.DB().NewQuery(`INSERT INTO product_specs (id, product, name, purchase_mode, pricing, price_fen, sort, created, updated)
		VALUES ({:id}, {:product}, {:name}, {:mode}, 'simple', {:price}, {:sort}, {:created}, {:created})`).Prepare()
	p.kase = tx.DB().NewQuery(`INSERT INTO product_cases (id, product, idx, customer, annual_output_wan, sales_wan, delivery_months,
		contact_name, contact_title, contact_info, created, updated)
		VALUES ({:id}, {:product}, {:idx}, {:customer}, {:output}, {:sales}, {:months}, '李经理', '信息化主管', '13906340000', {:created}, {:created})`).Prepare()
	p.appl = tx.DB().NewQuery(`INSERT INTO applications (id, type, title, enterprise, applicant, applicant_name, product, stage, status, decided_at, created, updated)
		VALUES ({:id}, 'product_publish', {:title}, {:ent}, {:applicant}, '基准用户', {:product}, {:stage}, {:status}, {:decided}, {:created}, {:created})`).Prepare()
	return p
}

func (p *productInserter) close() {
	for _, q := range []*dbx.Query{p.product, p.spec, p.kase, p.appl} {
		q.Close()
	}
}

// pick returns k distinct codes of list as a JSON array.
func pick(rng *rand.Rand, list []string, k int) string {
	k = min(k, len(list))
	out := []string{}
	for _, i := range rng.Perm(len(list))[:k] {
		out = append(out, list[i])
	}
	raw, _ := json.Marshal(out)
	return string(raw)
}

// insert writes product r (its random parts derived from r.index, so a
// top-up never depends on what was seeded before) and returns the ids of
// the product and its specs.
func (p *productInserter) insert(r productRow) (string, []string, error) {
	rng := rand.New(rand.NewPCG(uint64(r.index+1_000_000), 17))
	if r.name == "" {
		r.name = fmt.Sprintf("%s%s解决方案 %d", p.words[rng.IntN(len(p.words))], p.words[rng.IntN(len(p.words))], r.index)
	}
	if len(r.prices) == 0 {
		for s := 0; s < 1+rng.IntN(3); s++ {
			r.prices = append(r.prices, (rng.IntN(200)+1)*10000)
		}
	}
	pmin, pmax := r.prices[0], r.prices[0]
	for _, v := range r.prices {
		pmin, pmax = min(pmin, v), max(pmax, v)
	}
	created := p.now.Add(-time.Duration(rng.IntN(365*24*60)) * time.Minute)
	listed := ""
	if r.status == "listed" || r.status == "delisted" {
		listed = dt(created.Add(72 * time.Hour))
	}
	id := core.GenerateDefaultRandomId()
	intro := fmt.Sprintf(`{"banner":{"title":%q,"text":"面向中小企业的数字化转型方案，快速上线，按需订阅。"},"details":{"title":"商品详情","description":"需求调研、系统部署、数据初始化、操作培训和一年免费运维。"}}`, r.name)
	if _, err := p.product.Bind(dbx.Params{"id": id, "ent": r.provider, "pname": r.providerName,
		"type": p.types[rng.IntN(len(p.types))], "name": r.name, "related": r.name + " V" + fmt.Sprint(1+rng.IntN(5)),
		"status": r.status, "tags": pick(rng, p.tags, 1+rng.IntN(3)), "cats": pick(rng, p.cats, 1+rng.IntN(2)),
		"inds": pick(rng, p.industries, 1+rng.IntN(3)), "days": 10 + rng.IntN(90), "intro": intro,
		"pmin": pmin, "pmax": pmax, "ravg": float64(rng.IntN(41)+10) / 10, "rcount": rng.IntN(50), "sales": rng.IntN(500),
		"listed": listed, "created": dt(created)}).Execute(); err != nil {
		return "", nil, err
	}
	var specs []string
	modes := []string{"year", "month", "quantity"}
	for s, price := range r.prices {
		sid := core.GenerateDefaultRandomId()
		if _, err := p.spec.Bind(dbx.Params{"id": sid, "product": id, "name": fmt.Sprintf("规格%d", s+1),
			"mode": modes[s%3], "price": price, "sort": s, "created": dt(created)}).Execute(); err != nil {
			return "", nil, err
		}
		specs = append(specs, sid)
	}
	for c := 1; c <= 3; c++ {
		if _, err := p.kase.Bind(dbx.Params{"id": core.GenerateDefaultRandomId(), "product": id, "idx": c,
			"customer": fmt.Sprintf("基准客户%d-%d", r.index, c), "output": 8000.5 + float64(c*3500), "sales": 35.8 + float64(c*12),
			"months": 1 + c, "created": dt(created)}).Execute(); err != nil {
			return "", nil, err
		}
	}
	if r.status != "draft" {
		stage, status, decided := "done", "approved", dt(created.Add(72*time.Hour))
		if r.status == "pending" {
			stage, status, decided = "operator", "pending", ""
		}
		if _, err := p.appl.Bind(dbx.Params{"id": core.GenerateDefaultRandomId(), "title": r.name + " 商品发布",
			"ent": r.provider, "applicant": p.applicant[r.provider], "product": id, "stage": stage, "status": status,
			"decided": decided, "created": dt(created)}).Execute(); err != nil {
			return "", nil, err
		}
	}
	return id, specs, nil
}

// seedProducts adds generated products until n are listed; one in twenty
// generated products is not public (draft, pending or delisted), so the
// status filter has something to filter.
func seedProducts(app core.App, n int) error {
	var listed, total int
	if err := app.DB().NewQuery("SELECT COUNT(*) FROM products WHERE status = 'listed'").Row(&listed); err != nil {
		return err
	}
	if err := app.DB().NewQuery("SELECT COUNT(*) FROM products").Row(&total); err != nil {
		return err
	}
	var providers []struct {
		ID   string `db:"id"`
		Name string `db:"name"`
	}
	if err := app.DB().NewQuery("SELECT id, name FROM enterprises WHERE kind = 'provider' ORDER BY name").All(&providers); err != nil {
		return err
	}
	return app.RunInTransaction(func(tx core.App) error {
		ins := newProductInserter(tx)
		defer ins.close()
		for i := total; listed < n; i++ {
			status := "listed"
			if i%20 == 19 {
				status = []string{"draft", "pending", "delisted"}[(i/20)%3]
			}
			pr := providers[i%len(providers)]
			if _, _, err := ins.insert(productRow{index: i, provider: pr.ID, providerName: pr.Name, status: status}); err != nil {
				return err
			}
			if status == "listed" {
				listed++
			}
		}
		return nil
	})
}

// recordSamples notes, once, the listed products the per-product queries
// rotate over: the first generated ones, so the same at every size.
func recordSamples(app core.App, dir string) error {
	m, err := readManifest(dir)
	if err != nil || len(m.Samples) > 0 {
		return err
	}
	if err := app.DB().NewQuery(`SELECT id FROM products WHERE status = 'listed' AND name NOT LIKE '基准测试下单方案%'
		ORDER BY rowid LIMIT 200`).Column(&m.Samples); err != nil {
		return err
	}
	raw, _ := json.Marshal(m)
	return os.WriteFile(manifestPath(dir), raw, 0o644)
}

func dt(t time.Time) string {
	d, _ := types.ParseDateTime(t)
	return d.String()
}

// creditCode is a valid 统一社会信用代码 (GB 32100-2015 check character).
func creditCode(n int) string {
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
	return body + string(charset[(31-sum%31)%31])
}
