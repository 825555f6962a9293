package tenant

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/ganigeorgiev/fexpr"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"

	"smedx/hooks/menus"
)

// The menu guard on the filter and sort oracles (issue 12: nobody filters
// or sorts on what he may not read). PocketBase gates a relation that a
// filter walks by the target's API rules, but the menus are hooks, not
// rules: a provider clerk without 订单管理 could still list his products
// with filter=orders_via_product.buyer_name~'张' and learn who bought
// what. So a list request (and a realtime subscription's filter) whose
// filter or sort walks — through a relation, a back-relation (x_via_y) or
// @collection — into a collection the user's menus close is refused like
// a list of that collection. A guard's summary fields (the enterprise's
// name) stay usable, as they are on expand.
//
// The walk is static (the schema, not the rows), so it is cheap and it
// refuses whether or not any row would match: the answer is the same for
// a right and a wrong guess.

func registerMenuFilters(app core.App) {
	app.OnRecordsListRequest().Bind(&hook.Handler[*core.RecordsListRequestEvent]{
		Id:       "smedxMenuGuardFilters",
		Priority: -10,
		Func: func(e *core.RecordsListRequestEvent) error {
			q := e.Request.URL.Query()
			if err := checkFilterPaths(e.App, e.Auth, e.Collection, q.Get("filter"), q.Get("sort")); err != nil {
				return err
			}
			return e.Next()
		},
	})
	app.OnRealtimeSubscribeRequest().Bind(&hook.Handler[*core.RealtimeSubscribeRequestEvent]{
		Id: "smedxMenuGuardSubscribeFilters",
		Func: func(e *core.RealtimeSubscribeRequestEvent) error {
			for _, sub := range e.Subscriptions {
				name, rawQuery, _ := strings.Cut(sub, "?")
				name, _, _ = strings.Cut(name, "/")
				col, err := e.App.FindCachedCollectionByNameOrId(name)
				if err != nil {
					continue
				}
				if err := checkFilterPaths(e.App, e.Auth, col, subscriptionFilter(rawQuery), ""); err != nil {
					return err
				}
			}
			return e.Next()
		},
	})
}

// subscriptionFilter is the filter of a realtime topic's options
// ("orders/*?options={"query":{"filter":"…"}}", as the JS SDK sends it).
func subscriptionFilter(rawQuery string) string {
	if rawQuery == "" {
		return ""
	}
	v, err := url.ParseQuery(rawQuery)
	if err != nil {
		return ""
	}
	var opts struct {
		Query map[string]any `json:"query"`
	}
	if json.Unmarshal([]byte(v.Get("options")), &opts) != nil {
		return ""
	}
	f, _ := opts.Query["filter"].(string)
	return f
}

// checkFilterPaths refuses filter/sort paths of col that enter a
// collection closed to auth by its menus.
func checkFilterPaths(app core.App, auth *core.Record, col *core.Collection, filter, sort string) error {
	user := menuUser(auth)
	if user == nil || (filter == "" && sort == "") {
		return nil
	}
	var paths []string
	filterIdentifiers(filter, &paths, 0)
	for _, s := range strings.Split(sort, ",") {
		if s = strings.TrimLeft(strings.TrimSpace(s), "+-"); s != "" {
			paths = append(paths, s)
		}
	}
	var grants menus.Grants
	for _, p := range paths {
		for _, step := range walkPath(app, col, p) {
			g := guardFor(user, step.collection)
			// Guards that decide per row by its content (applications by
			// type) are left to the list/view of that collection.
			if g == nil || g.keysFor != nil {
				continue
			}
			if grants == nil {
				grants = menus.Of(user, false)
			}
			if grants.Has(g.keys...) || inList(g.summary, step.field) {
				continue
			}
			return menus.Forbidden(g.keys, user.GetString("role"))
		}
	}
	return nil
}

// filterIdentifiers appends the identifiers of a PocketBase filter
// expression (inside groups and function arguments too).
func filterIdentifiers(expr string, out *[]string, depth int) {
	if expr == "" || depth > 10 {
		return
	}
	s := fexpr.NewScanner([]byte(expr))
	for {
		t, err := s.Scan()
		if err != nil || t.Type == fexpr.TokenEOF {
			return // an invalid filter is refused by PocketBase itself
		}
		collectToken(t, out, depth)
	}
}

func collectToken(t fexpr.Token, out *[]string, depth int) {
	switch t.Type {
	case fexpr.TokenIdentifier:
		*out = append(*out, t.Literal)
	case fexpr.TokenGroup:
		filterIdentifiers(t.Literal, out, depth+1)
	case fexpr.TokenFunction:
		if args, ok := t.Meta.([]fexpr.Token); ok {
			for _, a := range args {
				collectToken(a, out, depth+1)
			}
		}
	}
}

// pathStep is a collection a path enters and the field it reads there
// ("" when the path ends on the relation itself).
type pathStep struct{ collection, field string }

// walkPath lists the collections other than col that a field path of col
// enters: "order.buyer_name", "orders_via_product.buyer", "@collection.
// orders.buyer" (request data, @request.*, is the caller's own).
func walkPath(app core.App, col *core.Collection, path string) []pathStep {
	segs := strings.Split(path, ".")
	if strings.HasPrefix(segs[0], "@") {
		if segs[0] != "@collection" || len(segs) < 2 {
			return nil
		}
		name, _, _ := strings.Cut(segs[1], ":") // @collection.orders:alias
		next, err := app.FindCachedCollectionByNameOrId(name)
		if err != nil {
			return nil
		}
		field := ""
		if len(segs) > 2 {
			field = modless(segs[2])
		}
		return append([]pathStep{{next.Name, field}}, walkPath(app, next, strings.Join(segs[2:], "."))...)
	}
	var steps []pathStep
	cur := col
	for i := 0; i < len(segs)-1; i++ {
		seg := modless(segs[i])
		var next *core.Collection
		if rel, ok := cur.Fields.GetByName(seg).(*core.RelationField); ok {
			next, _ = app.FindCachedCollectionByNameOrId(rel.CollectionId)
		} else if name, _, ok := strings.Cut(seg, "_via_"); ok {
			next, _ = app.FindCachedCollectionByNameOrId(name)
		}
		if next == nil {
			return steps // a JSON path or a plain field: nothing further
		}
		steps = append(steps, pathStep{next.Name, modless(segs[i+1])})
		cur = next
	}
	return steps
}

// modless drops a field modifier (":each", ":length", ":lower").
func modless(seg string) string {
	name, _, _ := strings.Cut(seg, ":")
	return name
}

func inList(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
