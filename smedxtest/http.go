package smedxtest

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"
)

// Response is a finished HTTP exchange.
type Response struct {
	Code int
	Body []byte
	Head http.Header
}

// Do sends a JSON request as user (nil for anonymous) and returns the
// response. body may be nil, a string/[]byte (sent as is) or any value
// (marshalled to JSON).
func (a *App) Do(method, path string, user *core.Record, body any) *Response {
	return a.DoWith(method, path, user, body, nil)
}

// DoWith is Do with extra request headers.
func (a *App) DoWith(method, path string, user *core.Record, body any, headers map[string]string) *Response {
	a.T.Helper()
	var r io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		r = strings.NewReader(b)
	case []byte:
		r = bytes.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			a.T.Fatal(err)
		}
		r = bytes.NewReader(raw)
	}
	req, err := http.NewRequest(method, a.Server.URL+path, r)
	if err != nil {
		a.T.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	a.authorize(req, user)
	return a.send(req)
}

// Upload sends a multipart form (fields plus files keyed by field name) as user.
func (a *App) Upload(method, path string, user *core.Record, fields map[string]string, files map[string]File) *Response {
	a.T.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		_ = w.WriteField(k, v)
	}
	for k, f := range files {
		part, err := w.CreateFormFile(k, f.Name)
		if err != nil {
			a.T.Fatal(err)
		}
		_, _ = part.Write(f.Data)
	}
	_ = w.Close()
	req, err := http.NewRequest(method, a.Server.URL+path, &buf)
	if err != nil {
		a.T.Fatal(err)
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	a.authorize(req, user)
	return a.send(req)
}

// File is an upload of Upload.
type File struct {
	Name string
	Data []byte
}

func (a *App) authorize(req *http.Request, user *core.Record) {
	if user == nil {
		return
	}
	token, err := user.NewAuthToken()
	if err != nil {
		a.T.Fatal(err)
	}
	req.Header.Set("Authorization", token)
}

func (a *App) send(req *http.Request) *Response {
	res, err := a.Client.Do(req)
	if err != nil {
		a.T.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return &Response{Code: res.StatusCode, Body: body, Head: res.Header}
}

// Status fails t unless the response has the code.
func (r *Response) Status(t testing.TB, code int) *Response {
	t.Helper()
	if r.Code != code {
		t.Fatalf("status %d, want %d; body: %s", r.Code, code, r.Body)
	}
	return r
}

// JSON decodes the body into a map.
func (r *Response) JSON(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("body is not a JSON object: %v: %s", err, r.Body)
	}
	return m
}

// Decode decodes the body into v.
func (r *Response) Decode(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		t.Fatalf("decode: %v: %s", err, r.Body)
	}
}

// Items returns the items of a records list response.
func (r *Response) Items(t testing.TB) []map[string]any {
	t.Helper()
	var list struct {
		Items []map[string]any `json:"items"`
	}
	r.Decode(t, &list)
	return list.Items
}

// Contains reports whether the body contains s.
func (r *Response) Contains(s string) bool { return bytes.Contains(r.Body, []byte(s)) }

// FieldError returns the message PocketBase gives for a field of a 400
// response ("" when the field has none).
func (r *Response) FieldError(field string) string {
	var e struct {
		Data map[string]struct {
			Message string `json:"message"`
		} `json:"data"`
	}
	_ = json.Unmarshal(r.Body, &e)
	return e.Data[field].Message
}

// listThrottleStore is where PocketBase keeps its rate limiters
// (apis.rateLimitersStoreKey, unexported in v0.39).
const listThrottleStore = "__pbRateLimiters__"

// ForgetListThrottle clears PocketBase's per-client request counters. A
// list request with a filter that finds nothing counts against the
// client's address (127.0.0.1 for every test request), and past 3 in 3 s
// PocketBase answers the next ones after a random sleep of up to 500 ms (a
// defence against filter timing attacks, apis.randomizedThrottle). Tests
// that probe rules with many such filters on purpose call this between
// probes: the answers are the same, only the sleeps go. (It also resets
// the rate limits of settings.RateLimits; no test that calls it counts on
// them.)
func (a *App) ForgetListThrottle() {
	a.Store().Remove(listThrottleStore)
}
