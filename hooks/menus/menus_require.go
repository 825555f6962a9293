package menus

import (
	"sort"
	"strings"
	"sync"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"

	"smedx/hooks/platform"
)

// Forbidden is the 403 of a missing menu, naming the menus of role that
// would open the request.
func Forbidden(keys []string, role string) error {
	titles := make([]string, 0, len(keys))
	Walk(Catalogue(role), "", func(m Menu, _ string) {
		for _, k := range keys {
			if m.Key == k {
				titles = append(titles, "“"+m.Title+"”")
			}
		}
	})
	return platform.Error(403, "您没有"+strings.Join(titles, "或")+"菜单权限，请联系企业管理员开通")
}

// Check refuses auth a request behind the menus keys. Only the keys in the
// catalogue of auth's role count: a role that has none of them passes (the
// route's own role checks decide), as do anonymous requests and
// superusers; a role that has some must have one of those granted.
func Check(auth *core.Record, keys ...string) error {
	if auth == nil || auth.Collection().Name != "users" {
		return nil
	}
	role := auth.GetString("role")
	var relevant []string
	Walk(Catalogue(role), "", func(m Menu, _ string) {
		for _, k := range keys {
			if m.Key == k {
				relevant = append(relevant, k)
			}
		}
	})
	if len(relevant) == 0 || Of(auth, false).Has(relevant...) {
		return nil
	}
	return Forbidden(relevant, role)
}

// ApplicationMenu is the menu behind reviewing an application of type typ:
// certification reviews sit behind 认证审核, product reviews behind
// 商品初审 / 商品终审 (待我审批 lists both).
func ApplicationMenu(typ string) string {
	if typ == "certification" {
		return ReviewCert
	}
	return ReviewProduct
}

// Require is the middleware of a route behind the menus keys (see Check).
// Domain packages bind it where they register the route, so the route and
// its menu are named together:
//
//	se.Router.POST("/api/smedx/orders/{id}/cancel", cancelOrder).Bind(menus.Require(menus.Orders))
func Require(keys ...string) *hook.Handler[*core.RequestEvent] {
	return require(false, keys)
}

// RequireWrites is Require for every method but GET: the route's reads are
// public or guarded per row.
func RequireWrites(keys ...string) *hook.Handler[*core.RequestEvent] {
	return require(true, keys)
}

func require(writesOnly bool, keys []string) *hook.Handler[*core.RequestEvent] {
	markBound(keys)
	return &hook.Handler[*core.RequestEvent]{
		Id: "smedxMenu:" + strings.Join(keys, ","),
		Func: func(e *core.RequestEvent) error {
			if writesOnly && e.Request.Method == "GET" {
				return e.Next()
			}
			if err := Check(e.Auth, keys...); err != nil {
				return err
			}
			return e.Next()
		},
	}
}

var bound sync.Map // menu key → true once a route binds it

func markBound(keys []string) {
	for _, k := range keys {
		bound.Store(k, true)
	}
}

// Bound lists the menu keys some route has bound with Require, sorted: the
// test that every menu has a server guard reads it after the app served.
func Bound() []string {
	var out []string
	bound.Range(func(k, _ any) bool {
		out = append(out, k.(string))
		return true
	})
	sort.Strings(out)
	return out
}
