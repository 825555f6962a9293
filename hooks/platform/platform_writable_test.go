package platform_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/smedxtest"
)

func refusedField(t *testing.T, r *smedxtest.Response, field string) {
	t.Helper()
	r.Status(t, 400)
	if r.FieldError(field) == "" {
		t.Fatalf("want a 400 naming %s, got %s", field, r.Body)
	}
}

// Finding 4: fields only the server writes are refused on every records
// API path (sign-up body, self, tenant admin, a draft tenant admin, the
// notification's owner) with a 400 naming the field; superusers (the
// dashboard) may still set them.
func TestWritableFieldsAllowList(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	users := "/api/collections/users/records"
	stamp := "2020-01-01 00:00:00.000Z"

	// Sign-up body.
	body := map[string]any{"role": "enterprise", "username": "writable_user", "phone": "13711112222",
		"password": "Reg#2026abc", "passwordConfirm": "Reg#2026abc", "agreement": true, "last_login_at": stamp}
	refusedField(t, a.Do("POST", users, nil, body), "last_login_at")
	delete(body, "last_login_at")
	a.Do("POST", users, nil, body).Status(t, 200)
	fresh, err := a.FindFirstRecordByData("users", "username", "writable_user")
	if err != nil {
		t.Fatal(err)
	}
	if !fresh.GetDateTime("last_login_at").IsZero() {
		t.Fatal("sign-up stored last_login_at")
	}

	// Self and the tenant admin.
	me, admin, staff := f.EnterpriseA.Staff, f.EnterpriseA.Admin, f.EnterpriseA.Staff
	refusedField(t, a.Do("PATCH", users+"/"+me.Id, me, map[string]any{"last_login_at": stamp}), "last_login_at")
	refusedField(t, a.Do("PATCH", users+"/"+admin.Id, admin, map[string]any{"last_login_at": stamp}), "last_login_at")
	refusedField(t, a.Do("PATCH", users+"/"+staff.Id, admin, map[string]any{"last_login_at": stamp}), "last_login_at")
	refusedField(t, a.Do("PATCH", users+"/"+staff.Id, admin, map[string]any{"verified": true}), "verified")
	a.Do("PATCH", users+"/"+me.Id, me, map[string]any{"name": "新名字"}).Status(t, 200)
	a.Do("PATCH", users+"/"+staff.Id, admin, map[string]any{"phone": "13711113333"}).Status(t, 200)
	if !a.Reload(me).GetDateTime("last_login_at").IsZero() {
		t.Fatal("last_login_at was written")
	}

	// A draft tenant admin and his enterprise.
	draftAdmin := a.NewUser("draft_admin_w", "provider", nil, true)
	ents := "/api/collections/enterprises/records"
	refusedField(t, a.Do("POST", ents, draftAdmin, map[string]any{"kind": "provider", "cert_status": "draft", "certified_at": stamp}), "certified_at")
	ent := a.Do("POST", ents, draftAdmin, map[string]any{"kind": "provider", "cert_status": "draft", "profile": map[string]any{}}).Status(t, 200).JSON(t)
	id := ent["id"].(string)
	draftAdmin = a.Reload(draftAdmin)
	refusedField(t, a.Do("PATCH", ents+"/"+id, draftAdmin, map[string]any{"certified_at": stamp}), "certified_at")
	refusedField(t, a.Do("PATCH", ents+"/"+id, draftAdmin, map[string]any{"submitted_at": stamp}), "submitted_at")
	a.Do("PATCH", ents+"/"+id, draftAdmin, map[string]any{"name": "草稿企业"}).Status(t, 200)
	if e, _ := a.FindRecordById("enterprises", id); !e.GetDateTime("certified_at").IsZero() || !e.GetDateTime("submitted_at").IsZero() {
		t.Fatal("certification dates were written")
	}

	// Notifications: read only.
	n := smedxtest.SaveRecord(t, a, "notifications", map[string]any{"user": me.Id, "title": "通知", "link": "/workbench", "kind": "info"})
	nots := "/api/collections/notifications/records/" + n.Id
	refusedField(t, a.Do("PATCH", nots, me, map[string]any{"link": "https://evil.example/"}), "link")
	refusedField(t, a.Do("PATCH", nots, me, map[string]any{"kind": "review_decision"}), "kind")
	a.Do("PATCH", nots, me, map[string]any{"read": true}).Status(t, 200)
	if got := a.Reload(n); got.GetString("link") != "/workbench" || !got.GetBool("read") {
		t.Fatalf("notification after the patches: %v", got.FieldsData())
	}

	// The dashboard (a superuser) is not a client of this table.
	col, _ := a.FindCollectionByNameOrId(core.CollectionNameSuperusers)
	su := core.NewRecord(col)
	su.SetEmail("root@example.cn")
	su.SetPassword("Root#2026abc")
	if err := a.Save(su); err != nil {
		t.Fatal(err)
	}
	a.Do("PATCH", nots, su, map[string]any{"link": "/workbench/orders"}).Status(t, 200)
}

// TestEveryClientWritableCollectionListed: every collection a
// non-superuser may create or update through the records API has an
// allow-list for that action, and every field it lists exists — so a field
// added to such a collection is locked until someone lists it.
func TestEveryClientWritableCollectionListed(t *testing.T) {
	a := smedxtest.New(t)
	cols, err := a.FindAllCollections()
	if err != nil {
		t.Fatal(err)
	}
	authFields := map[string]bool{"password": true, "email": true, "emailVisibility": true, "verified": true}
	checked := 0
	for _, c := range cols {
		if c.IsView() || c.Name == core.CollectionNameSuperusers {
			continue
		}
		create, update, listed := platform.WritableFields(c.Name)
		if (c.CreateRule != nil || c.UpdateRule != nil) && !listed {
			t.Errorf("%s is writable by clients but has no allow-list", c.Name)
			continue
		}
		if c.CreateRule != nil && len(create) == 0 {
			t.Errorf("%s has a create rule but no create allow-list", c.Name)
		}
		if c.UpdateRule != nil && len(update) == 0 {
			t.Errorf("%s has an update rule but no update allow-list", c.Name)
		}
		for _, f := range append(append([]string{}, create...), update...) {
			if c.Fields.GetByName(f) == nil && !(c.IsAuth() && authFields[f]) {
				t.Errorf("%s allow-list names %q, which the collection lacks", c.Name, f)
			}
		}
		if listed {
			checked++
		}
	}
	if checked < 10 {
		t.Fatalf("only %d collections checked", checked)
	}
}

// TestUnlistedFieldRefused: a field outside the allow-list is refused with
// a 400 naming it even where the API rule lets the user write the row —
// the provider's own product (sales_count) and spec (retired).
func TestUnlistedFieldRefused(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	body := map[string]any{"enterprise": f.ProviderA.Enterprise.Id, "name": "白名单测试商品", "type": "solution", "sales_count": 99}
	refusedField(t, a.Do("POST", "/api/collections/products/records", f.ProviderA.Admin, body), "sales_count")
	delete(body, "sales_count")
	body["status"] = "listed"
	refusedField(t, a.Do("POST", "/api/collections/products/records", f.ProviderA.Admin, body), "status")
	delete(body, "status")
	p := a.Do("POST", "/api/collections/products/records", f.ProviderA.Admin, body).Status(t, 200).JSON(t)
	refusedField(t, a.Do("PATCH", "/api/collections/products/records/"+p["id"].(string), f.ProviderA.Admin, map[string]any{"rating_avg": 5}), "rating_avg")
	spec := map[string]any{"product": p["id"], "name": "标准版", "purchase_mode": "year", "pricing": "fixed", "price_fen": 100000, "retired": true}
	refusedField(t, a.Do("POST", "/api/collections/product_specs/records", f.ProviderA.Admin, spec), "retired")
}
