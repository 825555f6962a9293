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
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Each server is its own process, started from a binary built once, so no
// two of smedx, stock PocketBase and the load generator share a Go runtime.

// server is a running server process.
type server struct {
	name  string // "smedx" or "stock"
	base  string // http://127.0.0.1:port
	pprof string // host:port of net/http/pprof, "" when not profiled
	cmd   *exec.Cmd
	log   *os.File
	done  chan error
	once  sync.Once
}

// buildBinaries builds smedx (with pprof added through an overlay when
// profiling: the source tree is never changed) and stockpb into bin.
func buildBinaries(root, bin string, withPprof bool) error {
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return err
	}
	args := []string{"build", "-o", filepath.Join(bin, "smedx")}
	if withPprof {
		overlay, err := pprofOverlay(root, bin)
		if err != nil {
			return err
		}
		args = append(args, "-overlay", overlay)
	}
	for _, a := range [][]string{append(args, "."), {"build", "-o", filepath.Join(bin, "stockpb"), "./tools/stockpb"}} {
		cmd := exec.Command("go", a...)
		cmd.Dir, cmd.Stdout, cmd.Stderr = root, os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("go %s: %w", strings.Join(a, " "), err)
		}
	}
	return nil
}

// pprofSource is added to smedx's package main for a profiled build.
const pprofSource = `package main

import (
	"log"
	"net/http"
	_ "net/http/pprof"
	"os"
)

func init() {
	if addr := os.Getenv("SMEDX_BENCH_PPROF"); addr != "" {
		go func() { log.Println(http.ListenAndServe(addr, nil)) }()
	}
}
`

func pprofOverlay(root, bin string) (string, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	src := filepath.Join(bin, "zz_bench_pprof.go")
	if err := os.WriteFile(src, []byte(pprofSource), 0o644); err != nil {
		return "", err
	}
	raw, _ := json.Marshal(map[string]any{"Replace": map[string]string{filepath.Join(abs, "zz_bench_pprof.go"): src}})
	overlay := filepath.Join(bin, "overlay.json")
	return overlay, os.WriteFile(overlay, raw, 0o644)
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// startServer runs `<binary> serve --dir dir` on a free loopback port and
// waits for /api/health.
func startServer(ctx context.Context, name, binary, dir, logPath string, env []string, withPprof bool, args ...string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	s := &server{name: name, base: fmt.Sprintf("http://127.0.0.1:%d", port), done: make(chan error, 1)}
	if withPprof {
		pp, err := freePort()
		if err != nil {
			return nil, err
		}
		s.pprof = fmt.Sprintf("127.0.0.1:%d", pp)
		env = append(env, "SMEDX_BENCH_PPROF="+s.pprof, "STOCKPB_PPROF="+s.pprof)
	}
	if s.log, err = os.Create(logPath); err != nil {
		return nil, err
	}
	s.cmd = exec.Command(binary, append([]string{"serve", "--dir", dir, "--http", fmt.Sprintf("127.0.0.1:%d", port)}, args...)...)
	s.cmd.Env = append(os.Environ(), env...)
	s.cmd.Stdout, s.cmd.Stderr = s.log, s.log
	// The server dies with the bench, even when the bench is killed.
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	go func() { s.done <- s.cmd.Wait() }()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		resp, err := http.Get(s.base + "/api/health")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return s, nil
			}
		}
		select {
		case err := <-s.done:
			return nil, fmt.Errorf("%s exited before serving (%v), see %s", name, err, logPath)
		case <-ctx.Done():
			s.stop()
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.stop()
			return nil, fmt.Errorf("%s did not answer /api/health, see %s", name, logPath)
		}
	}
}

// stop ends the server (SIGTERM, then SIGKILL after 10 s); once.
func (s *server) stop() {
	if s == nil || s.cmd == nil || s.cmd.Process == nil {
		return
	}
	s.once.Do(func() {
		_ = s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.done:
		case <-time.After(10 * time.Second):
			_ = s.cmd.Process.Kill()
			<-s.done
		}
		s.log.Close()
	})
}

func (s *server) pid() int { return s.cmd.Process.Pid }

// cpuMillis is the process's user+system CPU time so far
// (/proc/PID/stat fields 14 and 15, in USER_HZ = 100 ticks a second).
func (s *server) cpuMillis() float64 {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.pid()))
	if err != nil {
		return 0
	}
	// The command name (field 2) may hold spaces: count after its ')'.
	f := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+2:]))
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) * 10
}

// memory returns VmRSS and VmHWM (peak since the last resetPeak), in kB.
func (s *server) memory() (rss, peak int64) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.pid()))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		v, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			rss = v
		case "VmHWM:":
			peak = v
		}
	}
	return rss, peak
}

// resetPeak makes VmHWM start again from the current RSS (clear_refs 5).
func (s *server) resetPeak() {
	_ = os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", s.pid()), []byte("5"), 0o644)
}

// profile saves a CPU profile of the next seconds of the server.
func (s *server) profile(ctx context.Context, seconds int, path string) error {
	if s.pprof == "" {
		return errors.New("server not built for profiling")
	}
	return s.fetchTo(ctx, fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", s.pprof, seconds), path)
}

// heap saves the server's heap profile.
func (s *server) heap(ctx context.Context, path string) error {
	if s.pprof == "" {
		return errors.New("server not built for profiling")
	}
	return s.fetchTo(ctx, fmt.Sprintf("http://%s/debug/pprof/heap", s.pprof), path)
}

func (s *server) fetchTo(ctx context.Context, url, path string) error {
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("%s: %s", url, resp.Status)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, resp.Body)
	return err
}

// copyDir copies the regular files of a data dir (the seeder closed it, so
// the database files are consistent).
func copyDir(src, dst string) error {
	return filepath.Walk(src, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !info.Mode().IsRegular() {
			return nil
		}
		in, err := os.Open(path)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
}
