package tenant_test

import (
	"fmt"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

const tnStaffPassword = "Staff#2026x"

func tnStaffBody(username, phone string) map[string]any {
	return map[string]any{
		"username": username, "phone": phone, "email": username + "@example.com",
		"password": tnStaffPassword, "passwordConfirm": tnStaffPassword,
	}
}

func tnUsersCount(t *testing.T, a *smedxtest.App, filter string) int {
	t.Helper()
	n, err := a.CountRecords("users", nil)
	if filter != "" {
		list, ferr := a.FindRecordsByFilter("users", filter, "", 0, 0)
		n, err = int64(len(list)), ferr
	}
	if err != nil {
		t.Fatal(err)
	}
	return int(n)
}

func TestTenantAddUser(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()

	for _, ten := range []*smedxtest.Tenant{f.ProviderA, f.EnterpriseA} {
		kind := ten.Enterprise.GetString("kind")
		body := tnStaffBody("new_"+kind, smedxtest.Phone(9000001+int64(len(kind))))
		// What the client may not choose is refused, naming the field
		// (writable fields by allow-list); the server decides it.
		for k, v := range map[string]any{"enterprise": f.ProviderB.Enterprise.Id, "is_expert": true} {
			body[k] = v
			if r := a.Do("POST", "/api/collections/users/records", ten.Admin, body).Status(t, 400); r.FieldError(k) == "" {
				t.Fatalf("%s: %s", k, r.Body)
			}
			delete(body, k)
		}
		body["menus"] = []string{"orders"}
		res := a.Do("POST", "/api/collections/users/records", ten.Admin, body).Status(t, 200)
		id := res.JSON(t)["id"].(string)
		u, err := a.FindRecordById("users", id)
		if err != nil {
			t.Fatal(err)
		}
		if u.GetString("enterprise") != ten.Enterprise.Id || u.GetString("role") != kind ||
			u.GetBool("tenant_admin") || u.GetBool("is_expert") {
			t.Fatalf("%s: new user %v", kind, u.PublicExport())
		}
		if u.GetString("name") != "new_"+kind {
			t.Fatalf("name defaults to username, got %q", u.GetString("name"))
		}
		if got := u.GetString("menus"); got != `["orders"]` {
			t.Fatalf("menus %s", got)
		}
		if a.AuditCount(t, "tenant_user_create", id) != 1 {
			t.Fatal("no audit row for the creation")
		}
		// The new user signs in with the password the admin chose.
		a.Login("new_"+kind, tnStaffPassword).Status(t, 200)
	}
}

func TestTenantAddUserRefusals(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	before := tnUsersCount(t, a, "")

	// A non-admin: the create rule refuses.
	a.Do("POST", "/api/collections/users/records", f.ProviderA.Staff, tnStaffBody("by_staff1", smedxtest.Phone(9100001)))
	// The admin of an uncertified tenant.
	res := a.Do("POST", "/api/collections/users/records", f.ProviderPending.Admin, tnStaffBody("by_pending", smedxtest.Phone(9100002))).Status(t, 403)
	if !res.Contains("企业认证通过后才能管理用户") {
		t.Fatalf("uncertified message: %s", res.Body)
	}
	a.Do("POST", "/api/collections/users/records", f.EnterprisePending.Admin, tnStaffBody("by_pending2", smedxtest.Phone(9100003))).Status(t, 403)

	admin := f.ProviderA.Admin
	cases := []struct {
		name   string
		mutate func(b map[string]any)
		field  string
	}{
		{"duplicate username", func(b map[string]any) { b["username"] = f.ProviderB.Staff.GetString("username") }, "username"},
		{"duplicate phone", func(b map[string]any) { b["phone"] = f.EnterpriseB.Admin.GetString("phone") }, "phone"},
		{"phone in tenant", func(b map[string]any) { b["phone"] = f.ProviderA.Staff.GetString("phone") }, "phone"},
		{"short username", func(b map[string]any) { b["username"] = "abc" }, "username"},
		{"username charset", func(b map[string]any) { b["username"] = "张三abcdef" }, "username"},
		{"bad phone", func(b map[string]any) { b["phone"] = "2391234567" }, "phone"},
		{"weak password", func(b map[string]any) { b["password"], b["passwordConfirm"] = "abcdefgh", "abcdefgh" }, "password"},
		{"password has username", func(b map[string]any) {
			b["password"], b["passwordConfirm"] = "Xx#staff_new1", "Xx#staff_new1"
		}, "password"},
		{"confirm mismatch", func(b map[string]any) { b["passwordConfirm"] = "Other#2026x" }, "passwordConfirm"},
		{"confirm missing", func(b map[string]any) { delete(b, "passwordConfirm") }, "passwordConfirm"},
		{"unknown menu", func(b map[string]any) { b["menus"] = []string{"orders", "nope"} }, "menus"},
		{"admin-only menu", func(b map[string]any) { b["menus"] = []string{"users"} }, "menus"},
		{"another role's menu", func(b map[string]any) { b["menus"] = []string{"voucher_query"} }, "menus"},
		{"role", func(b map[string]any) { b["role"] = "operator" }, "role"},
		{"tenant admin", func(b map[string]any) { b["tenant_admin"] = true }, "tenant_admin"},
	}
	for i, c := range cases {
		body := tnStaffBody("staff_new1", smedxtest.Phone(9200000+int64(i)))
		c.mutate(body)
		res := a.Do("POST", "/api/collections/users/records", admin, body).Status(t, 400)
		if msg := res.FieldError(c.field); msg == "" || !tnHasCJK(msg) {
			t.Errorf("%s: want a Chinese error on %s, got %s", c.name, c.field, res.Body)
		}
	}
	if after := tnUsersCount(t, a, ""); after != before {
		t.Fatalf("refused creates left %d users", after-before)
	}
}

func tnHasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

func TestTenantListUsers(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin := f.ProviderA.Admin
	for i := 0; i < 12; i++ {
		a.Do("POST", "/api/collections/users/records", admin,
			tnStaffBody(fmt.Sprintf("list_user_%02d", i), smedxtest.Phone(9300000+int64(i)))).Status(t, 200)
	}

	var page struct {
		TotalItems int              `json:"totalItems"`
		TotalPages int              `json:"totalPages"`
		Items      []map[string]any `json:"items"`
	}
	a.Do("GET", "/api/smedx/tenant/users?perPage=5&page=1", admin, nil).Status(t, 200).Decode(t, &page)
	// 12 new + admin + staff (an expert).
	if page.TotalItems != 14 || page.TotalPages != 3 || len(page.Items) != 5 {
		t.Fatalf("page 1: %d items of %d (%d pages)", len(page.Items), page.TotalItems, page.TotalPages)
	}
	for _, it := range page.Items {
		for _, k := range []string{"username", "name", "phone", "role", "created", "is_expert", "menus_effective"} {
			if _, ok := it[k]; !ok {
				t.Fatalf("row lacks %s: %v", k, it)
			}
		}
	}
	a.Do("GET", "/api/smedx/tenant/users?q=list_user_07", admin, nil).Status(t, 200).Decode(t, &page)
	if page.TotalItems != 1 || page.Items[0]["username"] != "list_user_07" {
		t.Fatalf("search by username: %+v", page)
	}
	a.Do("GET", "/api/smedx/tenant/users?q="+smedxtest.Phone(9300003), admin, nil).Status(t, 200).Decode(t, &page)
	if page.TotalItems != 1 {
		t.Fatalf("search by phone: %+v", page)
	}
	a.Do("GET", "/api/smedx/tenant/users?q="+f.ExpertA.GetString("name"), admin, nil).Status(t, 200).Decode(t, &page)
	if page.TotalItems != 1 || page.Items[0]["is_expert"] != true || page.Items[0]["expert_active"] != true {
		t.Fatalf("search by name / expert flags: %+v", page)
	}

	// The records API with its rules gives the same tenant-only list.
	res := a.Do("GET", "/api/collections/users/records?perPage=50", admin, nil).Status(t, 200)
	for _, it := range res.Items(t) {
		if it["enterprise"] != f.ProviderA.Enterprise.Id {
			t.Fatalf("records list leaks a user of another tenant: %v", it)
		}
	}

	a.Do("GET", "/api/smedx/tenant/users", f.ProviderA.Staff, nil).Status(t, 403)
	a.Do("GET", "/api/smedx/tenant/users", f.ProviderPending.Admin, nil).Status(t, 403)
	a.Do("GET", "/api/smedx/tenant/users", f.Operator, nil).Status(t, 403)
	a.Do("GET", "/api/smedx/tenant/users", nil, nil).Status(t, 401)
	a.Do("GET", "/api/smedx/tenant/users", f.EnterpriseA.Admin, nil).Status(t, 200).Decode(t, &page)
	if page.TotalItems != 2 {
		t.Fatalf("enterprise tenant sees %d users", page.TotalItems)
	}
}

func TestTenantEditUser(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin, staff := f.ProviderA.Admin, f.ProviderA.Staff
	path := "/api/collections/users/records/" + staff.Id

	newPhone := smedxtest.Phone(9400001)
	a.Do("PATCH", path, admin, map[string]any{"phone": newPhone, "email": "changed@example.com", "name": "王五"}).Status(t, 200)
	u := a.Reload(staff)
	if u.GetString("phone") != newPhone || u.GetString("email") != "changed@example.com" || u.GetString("name") != "王五" {
		t.Fatalf("edit not saved: %v", u.PublicExport())
	}
	if a.AuditCount(t, "tenant_user_update", staff.Id) != 1 {
		t.Fatal("no audit row for the edit")
	}

	refusals := []struct {
		name  string
		body  map[string]any
		field string
	}{
		{"username", map[string]any{"username": "renamed_user"}, "username"},
		{"role", map[string]any{"role": "enterprise"}, "role"},
		{"tenant_admin", map[string]any{"tenant_admin": true}, "tenant_admin"},
		{"enterprise", map[string]any{"enterprise": f.ProviderB.Enterprise.Id}, "enterprise"},
		{"is_expert", map[string]any{"is_expert": false}, "is_expert"},
		{"password", map[string]any{"password": "New#2026abc", "passwordConfirm": "New#2026abc"}, "password"},
		{"duplicate phone", map[string]any{"phone": f.ProviderB.Admin.GetString("phone")}, "phone"},
		{"bad phone", map[string]any{"phone": "12345"}, "phone"},
		{"bad email", map[string]any{"email": "not-an-email"}, "email"},
		{"unknown menu", map[string]any{"menus": []string{"bogus"}}, "menus"},
	}
	for _, c := range refusals {
		res := a.Do("PATCH", path, admin, c.body).Status(t, 400)
		if res.FieldError(c.field) == "" {
			t.Errorf("%s: want an error on %s, got %s", c.name, c.field, res.Body)
		}
	}
	if got := a.Reload(staff); got.GetString("phone") != newPhone || got.GetString("username") != staff.GetString("username") || !got.GetBool("is_expert") {
		t.Fatalf("a refused edit changed the user: %v", got.PublicExport())
	}

	// Admins of another tenant, staff and uncertified admins.
	a.Do("PATCH", path, f.ProviderB.Admin, map[string]any{"phone": smedxtest.Phone(9400002)}).Status(t, 404)
	a.Do("PATCH", path, f.EnterpriseA.Admin, map[string]any{"phone": smedxtest.Phone(9400002)}).Status(t, 404)
	a.Do("PATCH", "/api/collections/users/records/"+f.ProviderA.Admin.Id, staff, map[string]any{"phone": smedxtest.Phone(9400002)}).Status(t, 404)
	pending := f.ProviderPending
	a.Do("PATCH", "/api/collections/users/records/"+pending.Staff.Id, pending.Admin, map[string]any{"phone": smedxtest.Phone(9400003)}).Status(t, 403)
	if got := a.Reload(pending.Staff); got.GetString("phone") == smedxtest.Phone(9400003) {
		t.Fatal("uncertified admin edited a user")
	}
}

func TestTenantDeleteUser(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin := f.EnterpriseA.Admin
	staff := f.EnterpriseA.Staff

	// Refusals first: other tenant (guessing the id), staff, himself.
	a.Do("DELETE", "/api/collections/users/records/"+staff.Id, f.EnterpriseB.Admin, nil).Status(t, 404)
	a.Do("DELETE", "/api/collections/users/records/"+staff.Id, f.ProviderA.Admin, nil).Status(t, 404)
	a.Do("DELETE", "/api/collections/users/records/"+admin.Id, staff, nil).Status(t, 404)
	res := a.Do("DELETE", "/api/collections/users/records/"+admin.Id, admin, nil).Status(t, 400)
	if !res.Contains("不能删除自己") {
		t.Fatalf("self delete message: %s", res.Body)
	}
	a.Do("DELETE", "/api/collections/users/records/"+f.EnterprisePending.Staff.Id, f.EnterprisePending.Admin, nil).Status(t, 403)
	for _, u := range []*core.Record{staff, admin, f.EnterprisePending.Staff} {
		a.Reload(u) // still there
	}

	a.Do("DELETE", "/api/collections/users/records/"+staff.Id, admin, nil).Status(t, 204)
	if _, err := a.FindRecordById("users", staff.Id); err == nil {
		t.Fatal("user not deleted")
	}
	if a.AuditCount(t, "tenant_user_delete", staff.Id) != 1 {
		t.Fatal("no audit row for the delete")
	}
}

func TestTenantLastAdmin(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	ten := f.ProviderB
	// A second admin (made by a superuser) may be deleted by the first...
	second := a.NewUser("second_admin_b", "provider", ten.Enterprise, true)
	a.Do("DELETE", "/api/collections/users/records/"+second.Id, ten.Admin, nil).Status(t, 204)
	// ...but the last admin stays, whatever the path (dashboard, CLI).
	if err := a.Delete(a.Reload(ten.Admin)); err == nil {
		t.Fatal("the last admin of a tenant was deleted")
	}
	a.Reload(ten.Admin)
}

func TestTenantResetPassword(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin, staff := f.ProviderA.Admin, f.ProviderA.Staff
	path := "/api/smedx/tenant/users/" + staff.Id + "/reset-password"

	a.Do("POST", path, admin, map[string]any{"password": "Reset#2026a", "passwordConfirm": "Reset#2026b"}).Status(t, 400).FieldError("passwordConfirm")
	res := a.Do("POST", path, admin, map[string]any{"password": "Reset#2026a"}).Status(t, 400)
	if res.FieldError("passwordConfirm") == "" {
		t.Fatalf("missing confirm: %s", res.Body)
	}
	res = a.Do("POST", path, admin, map[string]any{"password": "abc12345", "passwordConfirm": "abc12345"}).Status(t, 400)
	if res.FieldError("password") == "" {
		t.Fatalf("weak password: %s", res.Body)
	}
	// The current password is a reused one.
	res = a.Do("POST", path, admin, map[string]any{"password": smedxtest.Password, "passwordConfirm": smedxtest.Password}).Status(t, 400)
	if msg := res.FieldError("password"); msg == "" || !tnHasCJK(msg) {
		t.Fatalf("reused password: %s", res.Body)
	}
	// Other tenants' admins guessing ids, staff, uncertified, himself.
	a.Do("POST", path, f.ProviderB.Admin, map[string]any{"password": "Reset#2026a", "passwordConfirm": "Reset#2026a"}).Status(t, 404)
	a.Do("POST", path, f.ExpertA, map[string]any{"password": "Reset#2026a", "passwordConfirm": "Reset#2026a"}).Status(t, 403)
	a.Do("POST", "/api/smedx/tenant/users/"+f.ProviderPending.Staff.Id+"/reset-password", f.ProviderPending.Admin,
		map[string]any{"password": "Reset#2026a", "passwordConfirm": "Reset#2026a"}).Status(t, 403)
	a.Do("POST", "/api/smedx/tenant/users/"+admin.Id+"/reset-password", admin,
		map[string]any{"password": "Reset#2026a", "passwordConfirm": "Reset#2026a"}).Status(t, 400)
	a.Login(staff.GetString("username"), smedxtest.Password).Status(t, 200)

	a.Do("POST", path, admin, map[string]any{"password": "Reset#2026a", "passwordConfirm": "Reset#2026a"}).Status(t, 200)
	a.Login(staff.GetString("username"), "Reset#2026a").Status(t, 200)
	a.Login(staff.GetString("username"), smedxtest.Password).Status(t, 400)
	if a.AuditCount(t, "tenant_user_reset_password", staff.Id) != 1 {
		t.Fatal("no audit row for the reset")
	}
	// Back to the previous password: in the history, refused.
	res = a.Do("POST", path, admin, map[string]any{"password": smedxtest.Password, "passwordConfirm": smedxtest.Password}).Status(t, 400)
	if res.FieldError("password") == "" {
		t.Fatalf("history reuse: %s", res.Body)
	}
}
