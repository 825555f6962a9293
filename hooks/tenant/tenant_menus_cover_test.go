package tenant_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
	"smedx/hooks/tenant"
	"smedx/smedxtest"
)

// TestEveryMenuHasPageGuardAndTitle: each entry of every role's catalogue
// has a title; each leaf leads to a page the UI router knows; each leaf a
// tenant admin can grant or withhold opens its data through a server guard
// (a route bound with menus.Require or a collection guard), so unticking it
// closes the door and not only the link.
func TestEveryMenuHasPageGuardAndTitle(t *testing.T) {
	smedxtest.New(t) // serves, so the routes bind their menus
	guarded := map[string]bool{}
	for _, k := range append(menus.Bound(), tenant.GuardedMenus()...) {
		guarded[k] = true
	}
	src, err := os.ReadFile(filepath.Join("..", "..", "pb_public", "app", "router.js"))
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]bool{}
	for _, m := range regexp.MustCompile(`path: '([^']+)'`).FindAllStringSubmatch(string(src), -1) {
		pages[m[1]] = true
	}
	for _, role := range []string{platform.RoleProvider, platform.RoleEnterprise, platform.RoleOperator, platform.RoleDepartment} {
		menus.Walk(menus.Catalogue(role), "", func(m menus.Menu, _ string) {
			if m.Title == "" {
				t.Errorf("%s menu %q has no title", role, m.Key)
			}
			if len(m.Children) > 0 {
				return
			}
			if path, _, _ := strings.Cut(m.Path, "?"); !pages[path] {
				t.Errorf("%s menu %q leads to %q, which no UI route serves", role, m.Key, m.Path)
			}
			if !m.Fixed && !m.Admin && !guarded[m.Key] {
				t.Errorf("%s menu %q has no server guard", role, m.Key)
			}
		})
	}
}
