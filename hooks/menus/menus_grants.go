package menus

import (
	"encoding/json"
	"strings"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// Walk calls fn for every entry of the tree with its parent ("" at the top).
func Walk(list []Menu, parent string, fn func(m Menu, parent string)) {
	for _, m := range list {
		fn(m, parent)
		Walk(m.Children, m.Key, fn)
	}
}

// Configurable are the keys an admin may grant for role, in
// catalogue order: leaves that are neither fixed nor admin-only.
func Configurable(role string) []string {
	var out []string
	Walk(Catalogue(role), "", func(m Menu, _ string) {
		if len(m.Children) == 0 && !m.Fixed && !m.Admin {
			out = append(out, m.Key)
		}
	})
	return out
}

// Normalize checks keys against the catalogue of role and returns the
// leaf keys to store, in catalogue order. A parent stands for its children;
// fixed menus are accepted and dropped (everyone has them).
func Normalize(role string, keys []string) ([]string, error) {
	byKey := map[string]Menu{}
	Walk(Catalogue(role), "", func(m Menu, _ string) { byKey[m.Key] = m })
	want := map[string]bool{}
	for _, k := range keys {
		m, ok := byKey[k]
		switch {
		case !ok:
			return nil, platform.FieldError("menus", "menu_unknown", "菜单权限中有不存在的菜单："+k)
		case m.Admin:
			return nil, platform.FieldError("menus", "menu_admin_only", "“"+m.Title+"”仅企业管理员拥有，不能分配给其他用户")
		case m.Fixed:
			continue
		}
		if len(m.Children) == 0 {
			want[k] = true
		}
		for _, c := range m.Children {
			if !c.Fixed && !c.Admin {
				want[c.Key] = true
			}
		}
	}
	out := []string{}
	for _, k := range Configurable(role) {
		if want[k] {
			out = append(out, k)
		}
	}
	return out, nil
}

// Stored returns the configured menus of user and whether they were
// ever configured (a JSON array, even empty, counts as configured).
func Stored(user *core.Record) ([]string, bool) {
	raw := strings.TrimSpace(user.GetString("menus"))
	if raw == "" || raw == "null" {
		return nil, false
	}
	var keys []string
	if err := json.Unmarshal([]byte(raw), &keys); err != nil {
		// Anything but a list of keys (hand-edited in the dashboard)
		// grants nothing configurable rather than everything.
		return []string{}, true
	}
	return keys, true
}

// Grants is the set of menu keys a user has.
type Grants map[string]bool

// Has reports whether any of keys is granted.
func (g Grants) Has(keys ...string) bool {
	for _, k := range keys {
		if g[k] {
			return true
		}
	}
	return false
}

// Of computes the menus of user without touching the database.
// certified tells whether 用户管理 applies (tenant admins of certified
// tenants only); the guards don't need it and pass false.
func Of(user *core.Record, certified bool) Grants {
	g := Grants{}
	if user == nil {
		return g
	}
	role := user.GetString("role")
	admin := user.GetBool("tenant_admin") && (role == platform.RoleProvider || role == platform.RoleEnterprise)
	stored, configured := Stored(user)
	allowed := map[string]bool{}
	for _, k := range stored {
		allowed[k] = true
	}
	Walk(Catalogue(role), "", func(m Menu, parent string) {
		if len(m.Children) > 0 {
			return
		}
		var ok bool
		switch {
		case m.Fixed:
			ok = true
		case m.Admin:
			ok = admin && certified
		case admin || !configured:
			ok = true
		default:
			ok = allowed[m.Key]
		}
		if ok {
			g[m.Key] = true
			if parent != "" {
				g[parent] = true
			}
		}
	})
	if role == platform.RoleProvider && user.GetBool("is_expert") {
		g[ReviewExpert] = true
	}
	return g
}

// ForUser is Of with the certification of the user's tenant.
func ForUser(app core.App, user *core.Record) Grants {
	certified := false
	if user.GetBool("tenant_admin") && user.GetString("enterprise") != "" {
		if ent, err := app.FindRecordById("enterprises", user.GetString("enterprise")); err == nil {
			certified = ent.GetString("cert_status") == "approved"
		}
	}
	return Of(user, certified)
}

// Nav keeps the granted entries of list (parents with their granted
// children), optionally without the entries hidden from the navigation.
func Nav(list []Menu, g Grants, withHidden bool) []Menu {
	out := []Menu{}
	for _, m := range list {
		if !g[m.Key] || (m.Hidden && !withHidden) {
			continue
		}
		if len(m.Children) > 0 {
			m.Children = Nav(m.Children, g, withHidden)
		}
		out = append(out, m)
	}
	return out
}

// UserTree is the navigation of user: his role's granted menus plus
// 专家评审 for experts.
func UserTree(user *core.Record, g Grants) []Menu {
	items := Nav(Catalogue(user.GetString("role")), g, false)
	if g[ReviewExpert] {
		items = append(items, menuExpert)
	}
	return items
}

// GrantedKeys lists g in catalogue order (plus 专家评审).
func GrantedKeys(role string, g Grants) []string {
	out := []string{}
	Walk(Catalogue(role), "", func(m Menu, _ string) {
		if g[m.Key] {
			out = append(out, m.Key)
		}
	})
	if g[ReviewExpert] {
		out = append(out, ReviewExpert)
	}
	return out
}
