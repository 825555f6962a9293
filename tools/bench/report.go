package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

type roundResult struct{ smedx, stock result }

// ratio is smedx ÷ stock throughput in one round.
func (r roundResult) ratio() float64 {
	if r.stock.perSec() == 0 {
		return 0
	}
	return r.smedx.perSec() / r.stock.perSec()
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
		fmt.Fprintf(w, "\n%s\n", g.title)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
		fmt.Fprintln(tw, "scenario\tproducts\tclients\tsmedx/s\tstock/s\tratio min\tmedian\tmax\tgoal\t\tsmedx p50\tp95 ms\tstock p50\tp95 ms\tsmedx cpu\tstock cpu ms/req\tsmedx peak\tstock peak MB\t")
		for _, r := range rows {
			lo, med, hi := r.spread(roundResult.ratio)
			p95 := r.median(func(x roundResult) float64 { return ms(x.smedx.P95) })
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.0f\t%.0f\t%.2f\t%.2f\t%.2f\t%s\t%s\t%.1f\t%.1f\t%.1f\t%.1f\t%.2f\t%.2f\t%d\t%d\t\n",
				r.sc.label, sizeName(r.sc.size), r.sc.clients,
				r.median(func(x roundResult) float64 { return x.smedx.perSec() }),
				r.median(func(x roundResult) float64 { return x.stock.perSec() }),
				lo, med, hi, r.sc.goal.text, r.sc.goal.met(med, p95),
				r.median(func(x roundResult) float64 { return ms(x.smedx.P50) }), p95,
				r.median(func(x roundResult) float64 { return ms(x.stock.P50) }),
				r.median(func(x roundResult) float64 { return ms(x.stock.P95) }),
				r.median(func(x roundResult) float64 { return x.smedx.cpuPerReq() }),
				r.median(func(x roundResult) float64 { return x.stock.cpuPerReq() }),
				r.peak(sideSmedx)/1024, r.peak(sideStock)/1024)
		}
		tw.Flush()
	}
	if len(b.stages) > 0 {
		fmt.Fprintf(w, "\nMemory (VmRSS; peak = VmHWM during the stage's phases; idle = %s after the last phase)\n", b.opts.idleWait)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
		fmt.Fprintln(tw, "products\tsmedx start\tpeak\tidle MB\tstock start\tpeak\tidle MB\tgoal: smedx peak ≤ 250, idle ≤ 100\t")
		for _, s := range b.stages {
			met := "ok"
			if s.smedxPeak > 250*1024 || s.smedxIdle > 100*1024 {
				met = "MISS"
			}
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t\n", sizeName(s.size), s.smedxStart/1024, s.smedxPeak/1024, s.smedxIdle/1024,
				s.stockStart/1024, s.stockPeak/1024, s.stockIdle/1024, met)
		}
		tw.Flush()
		for _, s := range b.stages {
			if s.integrity != "" {
				fmt.Fprintf(w, "integrity after the writes: %s\n", s.integrity)
			}
		}
	}
	fmt.Fprintf(w, "\nratio = smedx ÷ stock requests per second within one round (rounds alternate which side goes first); "+
		"cpu = server user+system CPU per request (/proc/PID/stat); goals from issue 16, judged on the median. Took %s.\n", took.Round(time.Second))
	if len(b.problems) > 0 {
		fmt.Fprintf(w, "\nPROBLEMS (%d):\n  %s\n", len(b.problems), strings.Join(b.problems, "\n  "))
	}
}
