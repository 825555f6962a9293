// Command bench measures smedx against stock PocketBase v0.39 on the same
// data, each server in its own process, the load generator (this process)
// in a third:
//
//	go run ./tools/bench -quick      # < 2 min: 1k products, 2 rounds, small phases
//	go run ./tools/bench             # everything: 1k/10k/50k products, 3 rounds
//	go run ./tools/bench -run 'catalog1/.*/50k' -sizes 50000 -pprof /tmp/prof
//
// It builds the smedx binary (`go build -o`, from this source tree) and
// tools/stockpb, seeds a data dir once per catalog size (`bench seed`, a
// child process), gives each server its own copy, and fires the scenarios
// of scenarios.go in interleaved rounds. It prints a line per phase and,
// at the end, the tables of README.md: throughput ratios (min/median/max
// over rounds), latency, server CPU-ms per request, RSS and peak RSS, each
// against issue 16's goals. It is a command, never a `go test`.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

type options struct {
	root, work       string
	keep, quick      bool
	sizes            []int
	rounds           int
	writeClients     []int
	writeRequests    int
	enterprises      int
	readClients      int
	listClients      int
	readRequests     int
	latencyRequests  int
	phaseMax         time.Duration
	idleWait         time.Duration
	run              string
	pprofDir         string
	pprofRun         string
	pprofSeconds     int
	plainStockRules  bool
	collections      map[string]string // smedx side: products, product_specs, product_cases -> queried collection
	stockMaxOpen     int
	stockMaxIdle     int
	seedOnly         bool
	crossLists       bool
	collectionsFlags [3]string
}

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "seed", "stockrules", "verify":
			if err := subcommand(os.Args[1], os.Args[2:]); err != nil {
				fmt.Fprintln(os.Stderr, "bench "+os.Args[1]+":", err)
				os.Exit(1)
			}
			return
		}
	}
	opts := parseFlags()
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	if err := runBench(ctx, opts); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func parseFlags() options {
	var o options
	var sizes, levels string
	flag.StringVar(&o.root, "root", ".", "the smedx source tree (built with go build)")
	flag.StringVar(&o.work, "work", "", "work dir for binaries, data dirs and logs (default: a new temp dir)")
	flag.BoolVar(&o.keep, "keep", false, "keep the work dir")
	flag.BoolVar(&o.quick, "quick", false, "a run of about two minutes: -sizes 1000 -rounds 2 -write-requests 200 -read-requests 100 -latency-requests 20 -phase-max 500ms -idle-wait 2s -run '"+quickRun+"'")
	flag.StringVar(&sizes, "sizes", "1000,10000,50000", "listed products of each stage (the first also runs the write scenarios)")
	flag.IntVar(&o.rounds, "rounds", 3, "measured rounds per scenario (order alternates)")
	flag.StringVar(&levels, "write-clients", "10,100,300", "client counts of the claims and checkout scenarios")
	flag.IntVar(&o.writeRequests, "write-requests", 2000, "requests per write phase")
	flag.IntVar(&o.enterprises, "enterprises", 300, "certified enterprises (one user each) sending the write requests")
	flag.IntVar(&o.readClients, "read-clients", 50, "clients of the catalog throughput scenarios")
	flag.IntVar(&o.listClients, "list-clients", 10, "clients of the records-API list scenarios (enough to saturate the cores; the cross-product lists cost seconds a request at 50k)")
	flag.IntVar(&o.readRequests, "read-requests", 2000, "requests per read phase at most")
	flag.IntVar(&o.latencyRequests, "latency-requests", 200, "requests of the one-client catalog phases at most")
	flag.DurationVar(&o.phaseMax, "phase-max", 3*time.Second, "a read phase stops issuing after this long")
	flag.DurationVar(&o.idleWait, "idle-wait", 20*time.Second, "wait after a stage's load before reading idle RSS")
	flag.StringVar(&o.run, "run", "", "only scenarios whose id matches this regexp (ids: claims/c10, checkout/c300, list/products-4/10k, catalog1/tags/50k, catalog50/keyword-1/1k …)")
	flag.StringVar(&o.pprofDir, "pprof", "", "build smedx with net/http/pprof (overlay, tree unchanged) and save CPU profiles of both servers here")
	flag.StringVar(&o.pprofRun, "pprof-run", ".", "profile the read scenarios whose id matches this regexp (with -pprof)")
	flag.IntVar(&o.pprofSeconds, "pprof-seconds", 5, "seconds of load per CPU profile")
	flag.BoolVar(&o.plainStockRules, "plain-stock-rules", true, `stock copy: list/view rules of products, product_specs, product_cases set to the plain status = "listed" (product.status for parts), what a stock PocketBase catalog would use`)
	// The web UI reads the public view collections (migration
	// 1764012100); smedx's base collections answer only owners and staff.
	flag.StringVar(&o.collectionsFlags[0], "products-col", "public_products", "smedx side: collection the public product lists query (the UI's public view)")
	flag.StringVar(&o.collectionsFlags[1], "specs-col", "public_product_specs", "smedx side: collection of the public spec lists")
	flag.StringVar(&o.collectionsFlags[2], "cases-col", "public_product_cases", "smedx side: collection of the public case lists")
	flag.IntVar(&o.stockMaxOpen, "stock-max-open", 0, "stock PocketBase DataMaxOpenConns (0: tools/stockpb's default, smedx's platform.DataConns)")
	flag.IntVar(&o.stockMaxIdle, "stock-max-idle", 0, "stock PocketBase DataMaxIdleConns (0: tools/stockpb's default, smedx's platform.DataConns)")
	flag.BoolVar(&o.crossLists, "cross-lists", false, "also list specs and cases of all listed products (filter product.status, sort -created): seconds a request at 10k, beyond PocketBase's 30 s query timeout at 50k on both servers")
	flag.BoolVar(&o.seedOnly, "seed-only", false, "build and seed, print the timings, measure nothing")
	flag.Parse()
	if o.quick {
		set := map[string]bool{}
		flag.Visit(func(f *flag.Flag) { set[f.Name] = true })
		def := func(name string, apply func()) {
			if !set[name] {
				apply()
			}
		}
		def("sizes", func() { sizes = "1000" })
		def("rounds", func() { o.rounds = 2 })
		def("write-requests", func() { o.writeRequests = 200 })
		def("read-requests", func() { o.readRequests = 100 })
		def("latency-requests", func() { o.latencyRequests = 20 })
		def("phase-max", func() { o.phaseMax = 500 * time.Millisecond })
		def("idle-wait", func() { o.idleWait = 2 * time.Second })
		def("run", func() { o.run = quickRun })
	}
	var err error
	if o.sizes, err = intList(sizes); err != nil {
		fail("-sizes: %v", err)
	}
	sort.Ints(o.sizes)
	if o.writeClients, err = intList(levels); err != nil {
		fail("-write-clients: %v", err)
	}
	if o.rounds < 1 || o.writeRequests < 1 || o.enterprises < 1 || o.readClients < 1 || o.listClients < 1 || o.readRequests < 1 || o.latencyRequests < 1 {
		fail("rounds, requests, clients and enterprises must be at least 1")
	}
	if _, err := regexp.Compile(o.run); err != nil {
		fail("-run: %v", err)
	}
	if _, err := regexp.Compile(o.pprofRun); err != nil {
		fail("-pprof-run: %v", err)
	}
	o.collections = map[string]string{"products": o.collectionsFlags[0], "product_specs": o.collectionsFlags[1], "product_cases": o.collectionsFlags[2]}
	return o
}

// quickRun is the scenarios of -quick: every write, the lists the web UI
// sends, three catalog shapes.
const quickRun = `^(claims|checkout)/|^static/element-plus|^list/(products-4|products-4-skiptotal|specs-of-product|cases-of-product)/|^catalog(1|50)/(all|tags|keyword-1)/`

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
	os.Exit(2)
}

func intList(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty list")
	}
	return out, nil
}

// bench is one run.
type bench struct {
	opts     options
	runRe    *regexp.Regexp
	pprofRun *regexp.Regexp
	self     string // this binary, for the seed/verify children
	m        *manifest
	smedx    *server
	stock    *server
	clients  map[string]*http.Client
	results  []*scenarioResult
	stages   []stageMemory
	problems []string
	notes    []string
}

func (b *bench) server(side string) *server {
	if side == sideSmedx {
		return b.smedx
	}
	return b.stock
}

// stageMemory is each server's RSS over one catalog size.
type stageMemory struct {
	size                             int
	smedxStart, smedxPeak, smedxIdle int64
	stockStart, stockPeak, stockIdle int64
	integrity                        string
}

func runBench(ctx context.Context, o options) error {
	b := &bench{opts: o, runRe: regexp.MustCompile(o.run), pprofRun: regexp.MustCompile(o.pprofRun)}
	var err error
	if b.self, err = os.Executable(); err != nil {
		return err
	}
	if o.work == "" {
		if o.work, err = os.MkdirTemp("", "smedx-bench-"); err != nil {
			return err
		}
		b.opts.work = o.work
	}
	if !o.keep {
		defer os.RemoveAll(o.work)
	}
	if o.pprofDir != "" {
		if err := os.MkdirAll(o.pprofDir, 0o755); err != nil {
			return err
		}
	}
	started := time.Now()
	header := b.header()
	fmt.Print(header)

	t := time.Now()
	bin := filepath.Join(o.work, "bin")
	if err := buildBinaries(o.root, bin, o.pprofDir != ""); err != nil {
		return err
	}
	fmt.Printf("built smedx and stockpb in %.1fs\n", time.Since(t).Seconds())

	template := filepath.Join(o.work, "seed")
	profileRequests := 0
	if o.pprofDir != "" {
		// Enough claims and vouchers for pprofSeconds of writes at 1,000/s.
		profileRequests = 1000 * o.pprofSeconds
	}
	for k, size := range o.sizes {
		if ctx.Err() != nil {
			break
		}
		t := time.Now()
		if err := b.child(ctx, "seed", "-dir", template, "-products", fmt.Sprint(size), "-enterprises", fmt.Sprint(o.enterprises),
			"-levels", joinInts(o.writeClients), "-rounds", fmt.Sprint(o.rounds), "-requests", fmt.Sprint(o.writeRequests),
			"-profile-requests", fmt.Sprint(profileRequests)); err != nil {
			return err
		}
		if b.m, err = readManifest(template); err != nil {
			return err
		}
		fmt.Printf("\nseeded %s listed products in %.1fs\n", sizeName(size), time.Since(t).Seconds())
		if o.seedOnly {
			continue
		}
		withWrites := k == 0
		if err := b.stage(ctx, bin, template, size, withWrites); err != nil {
			if ctx.Err() == nil {
				return err
			}
			break // interrupted: report what was measured
		}
	}
	fmt.Print("\n\n" + header)
	if ctx.Err() != nil {
		fmt.Println("INTERRUPTED: the tables hold the rounds completed before the signal.")
	}
	b.report(os.Stdout, time.Since(started))
	if len(b.problems) > 0 {
		return fmt.Errorf("%d problems (see above)", len(b.problems))
	}
	return ctx.Err()
}

// stage serves copies of the seeded dir from both servers and runs the
// scenarios of this catalog size.
func (b *bench) stage(ctx context.Context, bin, template string, size int, withWrites bool) error {
	var scs []*scenario
	if withWrites {
		scs = append(scs, b.writeScenarios(size)...)
	}
	if withWrites {
		scs = append(scs, b.staticScenarios(size)...)
	}
	scs = append(scs, b.listScenarios(size)...)
	scs = append(scs, b.catalogScenarios(size)...)
	var run []*scenario
	wrote := false // verify smedx's data only when writes ran
	for _, sc := range scs {
		if b.runRe.MatchString(sc.id) {
			run = append(run, sc)
			wrote = wrote || sc.group == "write"
		}
	}
	if len(run) == 0 {
		return nil
	}
	dirs := map[string]string{}
	for _, side := range []string{sideSmedx, sideStock} {
		dirs[side] = filepath.Join(b.opts.work, fmt.Sprintf("%s-%s", side, sizeName(size)))
		_ = os.RemoveAll(dirs[side])
		if err := copyDir(template, dirs[side]); err != nil {
			return err
		}
		defer os.RemoveAll(dirs[side])
	}
	if b.opts.plainStockRules {
		if err := b.child(ctx, "stockrules", "-dir", dirs[sideStock]); err != nil {
			return err
		}
	}
	withPprof := b.opts.pprofDir != ""
	var err error
	// No SMS is sent; the log provider needs explicit consent outside demo mode.
	b.smedx, err = startServer(ctx, sideSmedx, filepath.Join(bin, "smedx"), dirs[sideSmedx], dirs[sideSmedx]+".log",
		[]string{"SMEDX_SMS_ALLOW_LOG=1"}, withPprof)
	if err != nil {
		return err
	}
	defer b.smedx.stop()
	var env []string
	if b.opts.stockMaxOpen > 0 {
		env = append(env, fmt.Sprintf("STOCKPB_DATA_MAX_OPEN_CONNS=%d", b.opts.stockMaxOpen))
	}
	if b.opts.stockMaxIdle > 0 {
		env = append(env, fmt.Sprintf("STOCKPB_DATA_MAX_IDLE_CONNS=%d", b.opts.stockMaxIdle))
	}
	public, err := filepath.Abs(filepath.Join(b.opts.root, "pb_public"))
	if err != nil {
		return err
	}
	b.stock, err = startServer(ctx, sideStock, filepath.Join(bin, "stockpb"), dirs[sideStock], dirs[sideStock]+".log", env, withPprof, "--publicDir", public)
	if err != nil {
		return err
	}
	defer b.stock.stop()
	maxClients := max(b.opts.readClients, b.opts.listClients)
	for _, c := range b.opts.writeClients {
		maxClients = max(maxClients, c)
	}
	b.clients = map[string]*http.Client{sideSmedx: newClient(maxClients), sideStock: newClient(maxClients)}

	mem := stageMemory{size: size}
	defer func() { b.stages = append(b.stages, mem) }() // also when interrupted
	mem.smedxStart, _ = b.smedx.memory()
	mem.stockStart, _ = b.stock.memory()
	fmt.Printf("\n===== %s listed products: smedx pid %d (%s), stock pid %d (%s); RSS at start %d / %d MB\n",
		sizeName(size), b.smedx.pid(), b.smedx.base, b.stock.pid(), b.stock.base, mem.smedxStart/1024, mem.stockStart/1024)
	for _, sc := range run {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		sr := b.runScenario(ctx, sc)
		b.results = append(b.results, sr)
		for _, r := range sr.rounds {
			mem.smedxPeak = max(mem.smedxPeak, r.smedx.Peak)
			mem.stockPeak = max(mem.stockPeak, r.stock.Peak)
		}
	}
	// Idle again: what each server still holds once the load is over.
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(b.opts.idleWait):
	}
	mem.smedxIdle, _ = b.smedx.memory()
	mem.stockIdle, _ = b.stock.memory()
	fmt.Printf("\nRSS %s after %s idle: smedx %d MB, stock %d MB\n", sizeName(size), b.opts.idleWait, mem.smedxIdle/1024, mem.stockIdle/1024)
	if withPprof {
		for _, side := range []string{sideSmedx, sideStock} {
			path := fmt.Sprintf("%s/%s-heap-%s.pprof", b.opts.pprofDir, side, sizeName(size))
			if err := b.server(side).heap(ctx, path); err != nil {
				fmt.Printf("heap profile %s: %v\n", side, err)
			}
		}
	}
	b.smedx.stop()
	b.stock.stop()
	if wrote {
		out, err := b.childOutput(ctx, "verify", "-dir", dirs[sideSmedx])
		mem.integrity = strings.TrimSpace(out)
		if err != nil {
			b.problems = append(b.problems, "integrity: "+mem.integrity)
		}
		fmt.Println("integrity (smedx data after the write scenarios): " + mem.integrity)
	}
	return nil
}

// child runs this binary's subcommand in its own process.
func (b *bench) child(ctx context.Context, args ...string) error {
	cmd := exec.CommandContext(ctx, b.self, args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

func (b *bench) childOutput(ctx context.Context, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, b.self, args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	return string(out), err
}

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, ",")
}

// header describes the machine and the run.
func (b *bench) header() string {
	var sb strings.Builder
	o := b.opts
	load, _ := os.ReadFile("/proc/loadavg")
	commit, _ := exec.Command("git", "-C", o.root, "log", "-1", "--format=%h %s").Output()
	dirty, _ := exec.Command("git", "-C", o.root, "status", "--porcelain", "--untracked-files=no").Output()
	fmt.Fprintf(&sb, "smedx bench — %s, %d CPUs, %s, load average %s", time.Now().Format("2006-01-02 15:04"), runtime.NumCPU(), runtime.Version(), strings.Join(strings.Fields(string(load))[:3], " "))
	fmt.Fprintf(&sb, "\nsource: %s", strings.TrimSpace(string(commit)))
	if len(dirty) > 0 {
		fmt.Fprint(&sb, " (with uncommitted changes)")
	}
	fmt.Fprintf(&sb, "\nsizes %s, %d rounds, writes: %s clients × %d requests (%d enterprises), reads: ≤%d requests or ≤%s a phase, lists %d clients, catalog %d clients and 1 client (≤%d requests)\n",
		joinInts(o.sizes), o.rounds, joinInts(o.writeClients), o.writeRequests, o.enterprises, o.readRequests, o.phaseMax, o.listClients, o.readClients, o.latencyRequests)
	stockRules := "the same rules as smedx"
	if o.plainStockRules {
		stockRules = `products/specs/cases read rules reset to status = "listed" / product.status = "listed"`
	}
	fmt.Fprintf(&sb, "stock PocketBase: tools/stockpb on a copy of the same data dir, %s\n", stockRules)
	if o.pprofDir != "" {
		fmt.Fprintf(&sb, "profiling build (net/http/pprof linked in), profiles in %s\n", o.pprofDir)
	}
	return sb.String()
}
