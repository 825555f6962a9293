package tenant

import "smedx/hooks/menus"

// GuardedMenus lists the menu keys the collection guards use, for the
// external test that every menu has a server guard.
func GuardedMenus() []string {
	var out []string
	for _, g := range collGuards {
		out = append(out, g.keys...)
		out = append(out, g.createKeys...)
	}
	// The application guard picks its key per row (keysFor).
	out = append(out, menus.ApplicationMenu("certification"), menus.ApplicationMenu("product_publish"))
	return out
}
