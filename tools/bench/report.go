package main

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

type roundResult struct{ smedx, stock result }

// ratio is smedx ÷ stock throughput in one round; +Inf when no stock
// request succeeded (PocketBase's 30 s query timeout) and some smedx one did.
func (r roundResult) ratio() float64 {
	if r.stock.perSec() == 0 {
		if r.smedx.perSec() > 0 {
			return math.Inf(1)
		}
		return 0
	}
	return r.smedx.perSec() / r.stock.perSec()
}

// cpuRatio is stock ÷ smedx server CPU per request in one round: how
// many smedx requests the CPU of one stock request buys. It moves less
// than the throughput ratio when other processes share the cores.
func (r roundResult) cpuRatio() float64 {
	if r.smedx.cpuPerReq() == 0 {
		return 0
	}
	return r.stock.cpuPerReq() / r.smedx.cpuPerReq()
}

type scenarioResult struct {
	sc     *scenario
	rounds []roundResult
	probe  string
}

// spread is min, median and max of f over the rounds.
func (s *scenarioResult) spread(f func(roundResult) float64) (lo, med, hi float64) {
	if len(s.rounds) == 0 {
		return 0, 0, 0
	}
	v := make([]float64, len(s.rounds))
	for i, r := range s.rounds {
		v[i] = f(r)
	}
	sort.Float64s(v)
	n := len(v)
	med = v[n/2]
	if n%2 == 0 {
		med = (v[n/2-1] + v[n/2]) / 2
	}
	return v[0], med, v[n-1]
}

func (s *scenarioResult) median(f func(roundResult) float64) float64 {
	_, m, _ := s.spread(f)
	return m
}

func (s *scenarioResult) peak(side string) int64 {
	var p int64
	for _, r := range s.rounds {
		if side == sideSmedx {
			p = max(p, r.smedx.Peak)
		} else {
			p = max(p, r.stock.Peak)
		}
	}
	return p
}

// report prints the tables.
func (b *bench) report(w io.Writer, took time.Duration) {
	groups := []struct{ group, title string }{
		{"write", "Writes: claims (POST /api/smedx/vouchers/claim) and checkout (POST /api/smedx/orders/checkout) vs stock create on a rule-less collection as wide as vouchers / orders"},
		{"list", "Public records-API lists, the same query on both (JS SDK getList; *-of-product: getFullList of one product's rows)"},
		{"static", "Static files of the web UI (Accept-Encoding: gzip, deflate, br): smedx from its binary, stock PocketBase from --publicDir"},
		{"catalog1", "GET /api/smedx/catalog vs the stock records-API equivalent, ONE client (latency)"},
		{"catalog50", "GET /api/smedx/catalog vs the stock records-API equivalent, throughput"},
	}
	for _, g := range groups {
		var rows []*scenarioResult
		for _, r := range b.results {
			if r.sc.group == g.group && len(r.rounds) > 0 {
				rows = append(rows, r)
			}
		}
		if len(rows) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s\n\n", g.title)
		t := [][]string{{"scenario", "products", "clients", "smedx/s", "stock/s", "ratio min / med / max", "goal", "smedx p50 / p95 ms", "stock p50 / p95 ms", "CPU ms/req smedx / stock", "CPU ratio", "peak RSS MB smedx / stock"}}
		for _, r := range rows {
			lo, med, hi := r.spread(roundResult.ratio)
			med1 := func(f func(roundResult) float64) float64 { return r.median(f) }
			p95 := med1(func(x roundResult) float64 { return ms(x.smedx.P95) })
			g := r.sc.goal.text
			if g != "" {
				g += " " + r.sc.goal.met(med, p95)
			}
			t = append(t, []string{r.sc.label, sizeName(r.sc.size), fmt.Sprint(r.sc.clients),
				fmt.Sprintf("%.0f", med1(func(x roundResult) float64 { return x.smedx.perSec() })),
				fmt.Sprintf("%.0f", med1(func(x roundResult) float64 { return x.stock.perSec() })),
				fmt.Sprintf("%s / %s / %s", num(lo), num(med), num(hi)), g,
				fmt.Sprintf("%.1f / %.1f", med1(func(x roundResult) float64 { return ms(x.smedx.P50) }), p95),
				fmt.Sprintf("%.1f / %.1f", med1(func(x roundResult) float64 { return ms(x.stock.P50) }), med1(func(x roundResult) float64 { return ms(x.stock.P95) })),
				fmt.Sprintf("%.2f / %.2f", med1(func(x roundResult) float64 { return x.smedx.cpuPerReq() }), med1(func(x roundResult) float64 { return x.stock.cpuPerReq() })),
				fmt.Sprintf("%.2f", med1(roundResult.cpuRatio)),
				fmt.Sprintf("%d / %d", r.peak(sideSmedx)/1024, r.peak(sideStock)/1024)})
		}
		markdownTable(w, t)
		if g.group == "static" {
			for _, r := range rows {
				fmt.Fprintf(w, "- %s: %s\n", r.sc.label, r.probe)
			}
		}
	}
	if len(b.stages) > 0 {
		fmt.Fprintf(w, "\nMemory (VmRSS; peak = VmHWM during the stage's phases; idle = %s after the last phase)\n\n", b.opts.idleWait)
		t := [][]string{{"products", "smedx start / peak / idle MB", "stock start / peak / idle MB", "goal: smedx peak ≤ 250, idle ≤ 100"}}
		for _, s := range b.stages {
			met := "ok"
			if s.smedxPeak > 250*1024 || s.smedxIdle > 100*1024 {
				met = "MISS"
			}
			mb := func(start, peak, idle int64) string {
				out := fmt.Sprintf("%d / %d / ", start/1024, peak/1024)
				if idle == 0 {
					return out + "–" // interrupted before the idle reading
				}
				return out + fmt.Sprint(idle/1024)
			}
			t = append(t, []string{sizeName(s.size), mb(s.smedxStart, s.smedxPeak, s.smedxIdle), mb(s.stockStart, s.stockPeak, s.stockIdle), met})
		}
		markdownTable(w, t)
		for _, s := range b.stages {
			if s.integrity != "" {
				fmt.Fprintf(w, "integrity after the writes: %s\n", s.integrity)
			}
		}
	}
	fmt.Fprintf(w, "\nratio = smedx ÷ stock requests per second within one round (rounds alternate which side goes first); "+
		"CPU = server user+system CPU per request (/proc/PID/stat), CPU ratio = stock ÷ smedx CPU per request; goals from issue 16, judged on the median. Took %s.\n", took.Round(time.Second))
	if len(b.notes) > 0 {
		fmt.Fprintf(w, "\nStock PocketBase failures (not smedx's; ∞ in the tables):\n  %s\n", strings.Join(b.notes, "\n  "))
	}
	if len(b.problems) > 0 {
		fmt.Fprintf(w, "\nPROBLEMS (%d):\n  %s\n", len(b.problems), strings.Join(b.problems, "\n  "))
	}
}

// num prints a ratio; ∞ when the stock side failed every request.
func num(v float64) string {
	if math.IsInf(v, 1) {
		return "∞"
	}
	return fmt.Sprintf("%.2f", v)
}

// markdownTable prints rows (the first is the header) as a Markdown table
// with padded columns, readable as text and pasted into README.md as is.
func markdownTable(w io.Writer, rows [][]string) {
	width := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	line := func(r []string) {
		var sb strings.Builder
		sb.WriteString("|")
		for i, c := range r {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i == 0 {
				sb.WriteString(" " + c + pad + " |")
			} else {
				sb.WriteString(" " + pad + c + " |")
			}
		}
		fmt.Fprintln(w, sb.String())
	}
	line(rows[0])
	sep := make([]string, len(width))
	for i, n := range width {
		sep[i] = strings.Repeat("-", n-1) + ":"
		if i == 0 {
			sep[i] = strings.Repeat("-", n)
		}
	}
	line(sep)
	for _, r := range rows[1:] {
		line(r)
	}
}
