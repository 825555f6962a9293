package tenant

import (
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"

	"smedx/hooks/menus"
)

// The menu guard on the other doors (issue 12, finding 3): a record the
// guard refuses on list and view is refused as well when it arrives
// through `expand=` of another record or as a realtime message.
//
//   - OnRecordEnrich runs for every expanded record and every realtime
//     message (after the collection's API rule). Refusing there makes
//     PocketBase drop the message, and drop the expand of that relation
//     (PocketBase fetches a relation's records together, so one refused
//     record hides the whole relation of the response: stricter, never
//     leakier). Top-level list and view answers are refused earlier by the
//     request hooks of tenant_menus_guard.go. A guard with a summary keeps
//     the row with those fields only (the user's own enterprise, which the
//     login response expands for every page).
//   - OnRealtimeSubscribeRequest refuses (403) a subscription to a
//     collection the user's menus close entirely ("whole" guards, e.g. a
//     clerk without 订单管理 subscribing to orders/*), so the client learns
//     at once instead of waiting for events that never come. Menus changed
//     later are caught per message by the enrich check.

func registerMenuDoors(app core.App) {
	cols := guardedCollections()

	app.OnRecordEnrich(cols...).Bind(&hook.Handler[*core.RecordEnrichEvent]{
		Id: "smedxMenuGuardEnrich",
		Func: func(e *core.RecordEnrichEvent) error {
			info := e.RequestInfo
			if info == nil || (info.Context != core.RequestInfoContextExpand && info.Context != core.RequestInfoContextRealtime) {
				return e.Next()
			}
			user := menuUser(info.Auth)
			if user == nil {
				return e.Next()
			}
			g := guardFor(user, e.Record.Collection().Name)
			if g == nil {
				return e.Next()
			}
			if err := g.checkRecord(e.App, user, e.Record, menus.Of(user, false), g.keys, false); err != nil {
				if g.summary == nil {
					return err
				}
				keep := map[string]bool{}
				for _, f := range g.summary {
					keep[f] = true
				}
				for _, f := range e.Record.Collection().Fields.FieldNames() {
					if !keep[f] {
						e.Record.Hide(f)
					}
				}
			}
			return e.Next()
		},
	})

	app.OnRealtimeSubscribeRequest().Bind(&hook.Handler[*core.RealtimeSubscribeRequestEvent]{
		Id: "smedxMenuGuardSubscribe",
		Func: func(e *core.RealtimeSubscribeRequestEvent) error {
			user := menuUser(e.Auth)
			if user == nil {
				return e.Next()
			}
			grants := menus.Of(user, false)
			for _, sub := range e.Subscriptions {
				name := sub
				if i := strings.IndexAny(name, "/?"); i >= 0 {
					name = name[:i]
				}
				col, err := e.App.FindCachedCollectionByNameOrId(name)
				if err != nil {
					continue // not a collection topic; PocketBase decides
				}
				g := guardFor(user, col.Name)
				if g != nil && g.whole && g.keysFor == nil && !grants.Has(g.keys...) {
					return menus.Forbidden(g.keys, user.GetString("role"))
				}
			}
			return e.Next()
		},
	})
}
