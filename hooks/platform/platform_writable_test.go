package platform_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/core"

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
