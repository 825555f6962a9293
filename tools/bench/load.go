package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// The load generator: runs in the bench process, never in a server's.

// phase is one measured burst of requests against one server.
type phase struct {
	clients int
	n       int           // requests at most
	maxDur  time.Duration // stop issuing after this long (0: no limit)
	want    int           // the status that counts as success
	mk      func(i int) (*http.Request, error)
}

// result is what one phase measured.
type result struct {
	Requests, OK int
	Codes        map[int]int
	Elapsed      time.Duration
	P50, P95     time.Duration
	FirstErr     error
	CPUms        float64 // server CPU (user+system) during the phase
	LoadCPUms    float64 // the load generator's own CPU
	RSS, Peak    int64   // server VmRSS after, VmHWM during (kB)
}

func (r result) perSec() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.OK) / r.Elapsed.Seconds()
}

func (r result) cpuPerReq() float64 {
	if r.Requests == 0 {
		return 0
	}
	return r.CPUms / float64(r.Requests)
}

// newClient is a client with one keep-alive connection per concurrent
// client, for one server.
func newClient(maxConns int) *http.Client {
	return &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{
		MaxIdleConns: maxConns + 16, MaxIdleConnsPerHost: maxConns + 16, IdleConnTimeout: 5 * time.Minute,
	}}
}

// fire runs ph against srv: the server's CPU and peak RSS are read from
// /proc around the burst.
func fire(ctx context.Context, client *http.Client, srv *server, ph phase) result {
	srv.resetPeak()
	cpu0 := srv.cpuMillis()
	self0 := selfCPUms()

	var next atomic.Int64
	var mu sync.Mutex
	res := result{Codes: map[int]int{}}
	lat := make([]time.Duration, 0, min(ph.n, 1<<16))
	start := time.Now()
	deadline := time.Time{}
	if ph.maxDur > 0 {
		deadline = start.Add(ph.maxDur)
	}
	var wg sync.WaitGroup
	for c := 0; c < ph.clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make([]time.Duration, 0, min(ph.n/ph.clients+1, 1<<14))
			codes := map[int]int{}
			ok := 0
			var firstErr error
			for {
				i := int(next.Add(1) - 1)
				if i >= ph.n || ctx.Err() != nil || (!deadline.IsZero() && time.Now().After(deadline)) {
					break
				}
				req, err := ph.mk(i)
				if err != nil {
					firstErr = err
					break
				}
				t0 := time.Now()
				resp, err := client.Do(req.WithContext(ctx))
				code := 0
				if err == nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					code = resp.StatusCode
				} else if firstErr == nil {
					firstErr = err
				}
				local = append(local, time.Since(t0))
				codes[code]++
				if code == ph.want {
					ok++
				}
			}
			mu.Lock()
			lat = append(lat, local...)
			for k, v := range codes {
				res.Codes[k] += v
			}
			res.OK += ok
			if res.FirstErr == nil {
				res.FirstErr = firstErr
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	res.Requests = len(lat)
	res.CPUms = srv.cpuMillis() - cpu0
	res.LoadCPUms = selfCPUms() - self0
	res.RSS, res.Peak = srv.memory()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	res.P50, res.P95 = pct(0.50), pct(0.95)
	return res
}

// selfCPUms is the load generator's own CPU time so far.
func selfCPUms() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e6
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func (r result) String() string {
	s := fmt.Sprintf("%5d/%-5d ok %8.1f/s  p50 %7.2f  p95 %7.2f ms  cpu %6.2f ms/req  rss %4d MB (peak %4d)  gen cpu %5.2f ms/req",
		r.OK, r.Requests, r.perSec(), ms(r.P50), ms(r.P95), r.cpuPerReq(), r.RSS/1024, r.Peak/1024, r.LoadCPUms/float64(max(1, r.Requests)))
	if r.OK != r.Requests {
		s += fmt.Sprintf("  codes %v", r.Codes)
	}
	if r.FirstErr != nil {
		s += "  error: " + r.FirstErr.Error()
	}
	return s
}
