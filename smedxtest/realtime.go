package smedxtest

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// RealtimeEvent is one message of a realtime subscription.
type RealtimeEvent struct {
	Topic  string
	Action string
	Record map[string]any
}

// Realtime is a connected realtime (SSE) client of the JS SDK's protocol.
type Realtime struct {
	ClientID string
	Events   chan RealtimeEvent
	cancel   context.CancelFunc
}

// Subscribe connects to /api/realtime and subscribes to topics (e.g.
// "orders/*", "products/ID?expand=x") as user (nil: anonymous); it returns
// once the subscription is accepted. The client is closed with t.
func (a *App) Subscribe(t testing.TB, user *core.Record, topics ...string) *Realtime {
	t.Helper()
	rt := a.Connect(t)
	a.Do("POST", "/api/realtime", user, map[string]any{"clientId": rt.ClientID, "subscriptions": topics}).Status(t, 204)
	return rt
}

// Connect opens a realtime connection (no subscriptions yet).
func (a *App) Connect(t testing.TB) *Realtime {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", a.Server.URL+"/api/realtime", nil)
	res, err := a.Client.Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	rt := &Realtime{Events: make(chan RealtimeEvent, 64), cancel: cancel}
	t.Cleanup(func() { cancel(); res.Body.Close() })
	connected := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(res.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var event string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event:"):
				event = strings.TrimSpace(strings.TrimPrefix(line, "event:"))
			case strings.HasPrefix(line, "data:"):
				data := strings.TrimSpace(strings.TrimPrefix(line, "data:"))
				if event == "PB_CONNECT" {
					var c struct {
						ClientID string `json:"clientId"`
					}
					_ = json.Unmarshal([]byte(data), &c)
					connected <- c.ClientID
					continue
				}
				var msg struct {
					Action string         `json:"action"`
					Record map[string]any `json:"record"`
				}
				if json.Unmarshal([]byte(data), &msg) == nil {
					rt.Events <- RealtimeEvent{Topic: event, Action: msg.Action, Record: msg.Record}
				}
			}
		}
	}()
	select {
	case rt.ClientID = <-connected:
	case <-time.After(10 * time.Second):
		t.Fatal("realtime: no PB_CONNECT")
	}
	return rt
}

// Next returns the next event within wait, or false.
func (r *Realtime) Next(wait time.Duration) (RealtimeEvent, bool) {
	select {
	case ev := <-r.Events:
		return ev, true
	case <-time.After(wait):
		return RealtimeEvent{}, false
	}
}
