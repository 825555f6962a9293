package platform_test

import (
	"sync"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/smedxtest"
)

// The auth cache must never let a token outlive what ends it without the
// cache: each case uses ONE token string, answered from the cache after
// its first request, then ends it the way the platform does.
func TestAuthCacheEndsWithTheToken(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	menus := func(token string) int {
		return a.DoWith("GET", "/api/smedx/menus", nil, nil, map[string]string{"Authorization": token}).Code
	}
	token := func(u *core.Record) string {
		tok, err := a.Reload(u).NewAuthToken()
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	cached := func(name, tok string) {
		t.Helper()
		for i := 0; i < 2; i++ { // the second answer comes from the cache
			if c := menus(tok); c != 200 {
				t.Fatalf("%s: request %d with a valid token: %d", name, i+1, c)
			}
		}
		if c := menus("Bearer " + tok); c != 200 {
			t.Fatalf("%s: with the Bearer prefix: %d", name, c)
		}
		if !platform.AuthCached(a, tok) {
			t.Fatalf("%s: the token's lookup was not kept", name)
		}
	}

	// A save through PocketBase (dashboard, password change) rotating the
	// token key.
	tok := token(f.EnterpriseA.Staff)
	cached("key rotated by a save", tok)
	u := a.Reload(f.EnterpriseA.Staff)
	u.RefreshTokenKey()
	if err := a.Save(u); err != nil {
		t.Fatal(err)
	}
	if platform.AuthCached(a, tok) {
		t.Fatal("a save of the account left its token in the cache")
	}
	if c := menus(tok); c != 401 {
		t.Fatalf("token of a rotated key still accepted: %d", c)
	}
	cached("new key", token(u))

	// Disabling a tenant rotates its users' keys with raw SQL.
	tok = token(f.EnterpriseB.Staff)
	cached("tenant disabled", tok)
	a.Do("POST", "/api/smedx/console/enterprises/disable", f.Operator,
		map[string]any{"ids": []string{f.EnterpriseB.Enterprise.Id}, "reason": "测试停用"}).Status(t, 200)
	if c := menus(tok); c != 401 {
		t.Fatalf("token of a disabled tenant's user still accepted: %d", c)
	}

	// A deleted account.
	tok = token(f.ProviderPending.Staff)
	cached("deleted", tok)
	if err := a.Delete(a.Reload(f.ProviderPending.Staff)); err != nil {
		t.Fatal(err)
	}
	if c := menus(tok); c != 401 {
		t.Fatalf("token of a deleted user still accepted: %d", c)
	}

	// A token's own expiry ends the cached entry.
	short, err := a.Reload(f.ProviderA.Staff).NewStaticAuthToken(2 * time.Second)
	if err != nil {
		t.Fatal(err)
	}
	cached("short token", short)
	deadline := time.Now().Add(15 * time.Second)
	for menus(short) == 200 {
		if time.Now().After(deadline) {
			t.Fatal("an expired token is still accepted")
		}
		time.Sleep(100 * time.Millisecond)
	}

	// Many requests with one token at once: each gets its own record.
	tok = token(f.ProviderB.Admin)
	var wg sync.WaitGroup
	codes := make([]int, 20)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i] = menus(tok)
		}()
	}
	wg.Wait()
	for i, c := range codes {
		if c != 200 {
			t.Fatalf("concurrent request %d: %d", i, c)
		}
	}
}

// A superuser's token is never kept: a rotated key ends it at once (the
// dashboard's account; `superuser upsert` runs in another process).
func TestAuthCacheSuperuser(t *testing.T) {
	a := smedxtest.New(t)
	col, err := a.FindCollectionByNameOrId(core.CollectionNameSuperusers)
	if err != nil {
		t.Fatal(err)
	}
	su := core.NewRecord(col)
	su.SetEmail("root@example.com")
	su.SetPassword("Root@2026-smedx")
	if err := a.Save(su); err != nil {
		t.Fatal(err)
	}
	tok, err := su.NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	list := func() int {
		return a.DoWith("GET", "/api/collections?perPage=1", nil, nil, map[string]string{"Authorization": tok}).Code
	}
	if list() != 200 || list() != 200 {
		t.Fatal("superuser token refused")
	}
	if platform.AuthCached(a, tok) {
		t.Fatal("a superuser's token was kept")
	}
	su.RefreshTokenKey()
	if err := a.Save(su); err != nil {
		t.Fatal(err)
	}
	if c := list(); c == 200 {
		t.Fatal("superuser token of a rotated key still accepted")
	}
}

// A key rotated with raw SQL inside a transaction (as disabling a tenant
// does): until the commit other connections still read the old key, so a
// request in between is still let in and its lookup cached; that entry
// must not outlive the commit.
func TestAuthCacheRawRotationInTransaction(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	u := a.Reload(f.EnterpriseA.Staff)
	tok, err := u.NewAuthToken()
	if err != nil {
		t.Fatal(err)
	}
	menus := func() int {
		return a.DoWith("GET", "/api/smedx/menus", nil, nil, map[string]string{"Authorization": tok}).Code
	}
	if c := menus(); c != 200 {
		t.Fatalf("valid token: %d", c)
	}
	err = a.RunInTransaction(func(tx core.App) error {
		if _, err := tx.DB().Update("users", dbx.Params{"tokenKey": "rotated-inside-a-transaction"}, dbx.HashExp{"id": u.Id}).Execute(); err != nil {
			return err
		}
		platform.ForgetAuth(tx, u.Id)
		if c := menus(); c != 200 {
			t.Errorf("before the commit other connections read the old key: %d", c)
		}
		if !platform.AuthCached(a, tok) {
			t.Error("the lookup before the commit was not kept: the case this test is about did not happen")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if c := menus(); c != 401 {
		t.Fatalf("token of a key rotated in a committed transaction still accepted: %d", c)
	}
}
