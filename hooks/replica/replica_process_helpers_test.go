package replica_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Helpers of the process tests: the smedx binary, a demo data dir, servers
// started and killed, JSON over HTTP.

var (
	demoOnce sync.Once
	demoPath string

	buildOnce sync.Once
	binPath   string
	buildErr  error
	binDir    string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// smedxBinary builds the module's main package once per test run.
func smedxBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		out, err := exec.Command("go", "env", "GOMOD").Output()
		if err != nil {
			buildErr = err
			return
		}
		root := filepath.Dir(strings.TrimSpace(string(out)))
		if binDir, buildErr = os.MkdirTemp("", "smedx-bin-"); buildErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "smedx")
		cmd := exec.Command("go", "build", "-o", binPath, ".")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// demoDir is a data dir with the demo data and a superuser, loaded once
// per test run; tests work on copies.
func demoDir(t *testing.T) string {
	t.Helper()
	demoOnce.Do(func() {
		bin := smedxBinary(t)
		dir := filepath.Join(binDir, "demo")
		for _, args := range [][]string{{"demo", "--dir", dir}, {"superuser", "upsert", rootEmail, rootPassword, "--dir", dir}} {
			cmd := exec.Command(bin, args...)
			cmd.Env = cleanEnv()
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("smedx %s: %v\n%s", strings.Join(args, " "), err, out)
			}
		}
		demoPath = dir
	})
	if demoPath == "" {
		t.Fatal("the demo data dir could not be made")
	}
	return demoPath
}

// copyDir copies a stopped data dir (its files, not its sub-folders'
// uploads) to dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// cleanEnv is the test's environment without replica settings, with the
// sign-in rate limits off (three logins from one address).
func cleanEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "SMEDX_") {
			env = append(env, kv)
		}
	}
	return append(append(env, "SMEDX_RATE_LIMITS=off", "SMEDX_SMS_ALLOW_LOG=1"), extra...)
}

func run(t *testing.T, args ...string) string {
	t.Helper()
	return runWithInput(t, "", args...)
}

func runWithInput(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(smedxBinary(t), args...)
	cmd.Env = cleanEnv()
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("smedx %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

type server struct {
	cmd    *exec.Cmd
	base   string
	out    *syncBuffer
	exited chan struct{}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func startServer(t *testing.T, dir string, extra ...string) *server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	s := &server{base: "http://" + addr, out: &syncBuffer{}}
	s.cmd = exec.Command(smedxBinary(t), append([]string{"serve", "--http", addr, "--dir", dir}, extra...)...)
	s.cmd.Env = cleanEnv()
	s.cmd.Stdout, s.cmd.Stderr = s.out, s.out
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	s.exited = exited
	go func() { _ = s.cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		_ = s.cmd.Process.Kill()
		<-exited
	})
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			t.Fatalf("serve exited:\n%s", s.out)
		default:
		}
		if res, err := http.Get(s.base + "/api/health"); err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return s
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("serve did not answer within 30 s:\n%s", s.out)
	return nil
}

// kill9 kills the server with SIGKILL: no shutdown hook runs.
func (s *server) kill9(t *testing.T) time.Time {
	at := time.Now()
	if err := s.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-s.exited
	return at
}

// stop sends SIGTERM (what systemd does) and waits for the exit.
func (s *server) stop(t *testing.T) {
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.exited:
	case <-time.After(40 * time.Second):
		t.Fatalf("serve did not stop within 40 s after SIGTERM:\n%s", s.out)
	}
}

var httpClient = &http.Client{Timeout: 30 * time.Second}

// call sends a JSON request and decodes a JSON answer into out.
func call(method, url, token string, body, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", token)
	}
	res, err := httpClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return res.StatusCode, err
	}
	if res.StatusCode != 200 {
		return res.StatusCode, fmt.Errorf("%s %s: %d %s", method, url, res.StatusCode, raw)
	}
	if out != nil {
		return 200, json.Unmarshal(raw, out)
	}
	return 200, nil
}

func mustCall(t *testing.T, method, url, token string, body, out any) {
	t.Helper()
	if _, err := call(method, url, token, body, out); err != nil {
		t.Fatal(err)
	}
}

func login(t *testing.T, base, collection, identity, password string) string {
	t.Helper()
	var res struct{ Token string }
	mustCall(t, "POST", base+"/api/collections/"+collection+"/auth-with-password", "",
		map[string]string{"identity": identity, "password": password}, &res)
	return res.Token
}
