// Package tenant holds what a tenant admin manages inside his tenant: its
// users, their menu permissions (tenant_menus.go) and the guard that
// enforces them on records and routes (tenant_menus_guard.go), and the
// experts he enters.
//
// Depends on platform and forms.
package tenant
