package review_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/pocketbase/dbx"

	"smedx/smedxtest"
)

func TestListedProductRevision(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	p := reviewProduct(t, a, f.ProviderA, "智能仓储方案", "listed")
	oldSpec, _ := a.FindFirstRecordByFilter("product_specs", "product = {:p}", dbx.Params{"p": p.Id})

	// The live product cannot be edited in place.
	res := a.Do("PATCH", "/api/collections/products/records/"+p.Id, f.ProviderA.Staff, map[string]any{"name": "改名"})
	if res.Status(t, 400).FieldError("name") == "" {
		t.Fatalf("listed product edited in place: %s", res.Body)
	}
	a.Do("PATCH", "/api/collections/product_specs/records/"+oldSpec.Id, f.ProviderA.Staff, map[string]any{"price_fen": 1}).Status(t, 400)
	a.Do("POST", "/api/collections/product_specs/records", f.ProviderA.Staff, map[string]any{
		"product": p.Id, "name": "新规格", "purchase_mode": "year", "pricing": "free"}).Status(t, 400)

	// A revision: bad data refused, then saved and submitted.
	rev := "/api/smedx/products/" + p.Id + "/revision"
	a.Do("POST", rev, f.ProviderA.Staff, map[string]any{"data": map[string]any{"status": "listed"}}).Status(t, 400)
	if r := a.Do("POST", rev, f.ProviderA.Staff, map[string]any{"data": map[string]any{"specs": []any{map[string]any{"name": "x", "purchase_mode": "year", "pricing": "simple"}}}}); r.Status(t, 400).FieldError("specs") == "" {
		t.Fatalf("spec without price: %s", r.Body)
	}
	a.Do("POST", rev, f.ProviderB.Admin, map[string]any{"data": map[string]any{"name": "x"}}).Status(t, 403)
	data := map[string]any{
		"name": "智能仓储方案2.0",
		"specs": []any{
			map[string]any{"id": oldSpec.Id, "name": "标准版", "purchase_mode": "year", "pricing": "simple", "price_fen": 120000},
			map[string]any{"name": "旗舰版", "purchase_mode": "year", "pricing": "simple", "price_fen": 300000},
		},
	}
	a.Do("POST", rev, f.ProviderA.Staff, map[string]any{"data": data}).Status(t, 200)
	app := appOf(t, a, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200))
	if app.GetString("revision") == "" || app.GetString("product") != p.Id {
		t.Fatalf("revision application %v", app.FieldsData())
	}
	live := a.Reload(p)
	if live.GetString("status") != "listed" || live.GetString("name") != "智能仓储方案" || !live.GetBool("revision_pending") {
		t.Fatalf("live product changed while under review: %v", live.FieldsData())
	}
	// The public still sees the approved version.
	pub := a.Do("GET", "/api/collections/public_products/records/"+p.Id, nil, nil).Status(t, 200).JSON(t)
	if pub["name"] != "智能仓储方案" {
		t.Fatalf("public sees %v", pub["name"])
	}
	wantRefused(t, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil), 400, "")
	wantRefused(t, a.Do("POST", "/api/smedx/products/"+p.Id+"/delist", f.ProviderA.Staff, nil), 400, "变更")

	approve(a, app.Id, f.Operator, map[string]any{"experts": []string{f.ExpertB.Id}}).Status(t, 200)
	approve(a, app.Id, f.ExpertB, nil).Status(t, 200)
	if a.Reload(p).GetString("name") != "智能仓储方案" {
		t.Fatal("revision applied before the final approval")
	}
	approve(a, app.Id, f.Department, nil).Status(t, 200)

	live = a.Reload(p)
	if live.GetString("name") != "智能仓储方案2.0" || live.GetString("status") != "listed" || live.GetBool("revision_pending") {
		t.Fatalf("after approval: %v", live.FieldsData())
	}
	if live.GetInt("price_min_fen") != 120000 || live.GetInt("price_max_fen") != 300000 {
		t.Fatalf("price range %d-%d", live.GetInt("price_min_fen"), live.GetInt("price_max_fen"))
	}
	if a.Reload(oldSpec).GetInt("price_fen") != 120000 || count(t, a, "product_specs", dbx.HashExp{"product": p.Id}) != 2 {
		t.Fatal("specs not applied in place")
	}
	wantState(t, a, a.Reload(app), "status", "approved")
	revRec, _ := a.FindRecordById("product_revisions", app.GetString("revision"))
	if revRec.GetString("status") != "approved" {
		t.Fatalf("revision status %q", revRec.GetString("status"))
	}

	// A rejected revision leaves the product as it was.
	a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, map[string]any{"data": map[string]any{"name": "错误的名字"}}).Status(t, 200)
	app2, err := a.FindFirstRecordByFilter("applications", "product = {:p} && status = 'pending'", dbx.Params{"p": p.Id})
	if err != nil {
		t.Fatal(err)
	}
	reject(a, app2.Id, f.Operator, "名称不规范").Status(t, 200)
	live = a.Reload(p)
	if live.GetString("name") != "智能仓储方案2.0" || live.GetBool("revision_pending") || live.GetString("status") != "listed" {
		t.Fatalf("after rejected revision: %v", live.FieldsData())
	}
}

// Status fields move only through the workflow, whatever the path.
func TestDirectStatusWritesRefused(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	su := superuser(t, a)
	draft := reviewProduct(t, a, f.ProviderA, "草稿方案", "draft")
	patch := func(user any, coll, id string, body map[string]any) *smedxtest.Response {
		if user == nil {
			return a.Do("PATCH", "/api/collections/"+coll+"/records/"+id, nil, body)
		}
		switch u := user.(type) {
		case *smedxtest.Tenant:
			return a.Do("PATCH", "/api/collections/"+coll+"/records/"+id, u.Admin, body)
		}
		return a.Do("PATCH", "/api/collections/"+coll+"/records/"+id, su, body)
	}
	for _, to := range []string{"pending", "listed", "delisted"} {
		if res := patch(f.ProviderA, "products", draft.Id, map[string]any{"status": to}); res.Status(t, 400).FieldError("status") == "" {
			t.Fatalf("provider set status %s: %s", to, res.Body)
		}
		patch("su", "products", draft.Id, map[string]any{"status": to}).Status(t, 400)
	}
	patch(f.ProviderA, "products", draft.Id, map[string]any{"listed_at": "2024-01-01 00:00:00.000Z"}).Status(t, 400)
	patch(f.ProviderA, "products", draft.Id, map[string]any{"name": "草稿可以改"}).Status(t, 200)
	wantState(t, a, draft, "status", "draft")

	// Enterprises: the rule refuses tenant users, the hook refuses everyone.
	pendingEnt := f.ProviderPending.Enterprise
	if code := patch(f.ProviderPending, "enterprises", pendingEnt.Id, map[string]any{"cert_status": "approved"}).Code; code < 400 {
		t.Fatalf("tenant admin approved his own certification (%d)", code)
	}
	patch("su", "enterprises", pendingEnt.Id, map[string]any{"cert_status": "approved"}).Status(t, 400)
	wantState(t, a, pendingEnt, "cert_status", "pending")

	// Applications and revisions: superusers in the dashboard too.
	app := appOf(t, a, a.Do("POST", submitPath(draft.Id), f.ProviderA.Admin, nil).Status(t, 200))
	patch("su", "applications", app.Id, map[string]any{"status": "approved", "stage": "done"}).Status(t, 400)
	patch("su", "applications", app.Id, map[string]any{"stage": "department"}).Status(t, 400)
	patch(f.ProviderA, "applications", app.Id, map[string]any{"status": "approved"}).Status(t, 403)
	wantState(t, a, app, "status", "pending")
	wantState(t, a, app, "stage", "operator")

	// Request-level creates start in the initial state.
	a.Do("POST", "/api/collections/products/records", f.ProviderA.Admin, map[string]any{
		"enterprise": f.ProviderA.Enterprise.Id, "type": "solution", "name": "直接上架", "status": "listed"}).Status(t, 400)
	a.Do("POST", "/api/collections/products/records", su, map[string]any{
		"enterprise": f.ProviderA.Enterprise.Id, "type": "solution", "name": "直接上架", "status": "listed"}).Status(t, 400)
	created := a.Do("POST", "/api/collections/products/records", f.ProviderA.Admin, map[string]any{
		"enterprise": f.ProviderA.Enterprise.Id, "type": "solution", "name": "新草稿"}).Status(t, 200).JSON(t)
	if created["status"] != "draft" {
		t.Fatalf("created product status %v", created["status"])
	}
	a.Do("POST", "/api/collections/applications/records", su, map[string]any{
		"type": "certification", "title": "x", "enterprise": f.ProviderA.Enterprise.Id, "status": "approved", "stage": "done"}).Status(t, 400)
	a.Do("POST", "/api/collections/enterprises/records", su, map[string]any{
		"kind": "provider", "name": "直接认证", "cert_status": "approved"}).Status(t, 400)

	// Go code: any path through app.Save obeys the table ...
	p := reviewProduct(t, a, f.ProviderA, "另一个草稿", "draft")
	p.Set("status", "listed")
	if err := a.Save(p); err == nil || !strings.Contains(err.Error(), "已上架") {
		t.Fatalf("Go code moved a draft to listed: %v", err)
	}
	wantState(t, a, p, "status", "draft")
	// ... while a consistent non-initial row may be created (demo data).
	reviewProduct(t, a, f.ProviderB, "演示已上架", "listed")
}

// Two reviewers deciding the same stage at the same moment: exactly one
// decision is taken.
func TestConcurrentDecisionsOneWins(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	op2 := a.NewUser("t_operator2", "operator", nil, false)
	dep2 := a.NewUser("t_department2", "department", nil, false)

	race := func(appID string, calls ...func() *smedxtest.Response) (ok, refused int) {
		var wg sync.WaitGroup
		codes := make([]int, len(calls))
		start := make(chan struct{})
		for i, c := range calls {
			wg.Add(1)
			go func(i int, c func() *smedxtest.Response) {
				defer wg.Done()
				<-start
				codes[i] = c().Code
			}(i, c)
		}
		close(start)
		wg.Wait()
		for _, c := range codes {
			switch {
			case c == 200:
				ok++
			case c == 409 || c == 403:
				refused++
			default:
				t.Fatalf("unexpected status %d (%v)", c, codes)
			}
		}
		return
	}

	for round := 0; round < 3; round++ {
		tenant := a.NewTenant("enterprise", "并发测试企业", "draft")
		app := appOf(t, a, a.Do("POST", "/api/smedx/enterprises/"+tenant.Enterprise.Id+"/submit", tenant.Admin, nil).Status(t, 200))
		ok, refused := race(app.Id,
			func() *smedxtest.Response { return approve(a, app.Id, f.Operator, nil) },
			func() *smedxtest.Response { return reject(a, app.Id, op2, "不同意") },
			func() *smedxtest.Response { return approve(a, app.Id, op2, nil) },
		)
		if ok != 1 || refused != 2 {
			t.Fatalf("round %d: %d succeeded, %d refused", round, ok, refused)
		}
		if n := count(t, a, "review_records", dbx.HashExp{"application": app.Id}); n != 1 {
			t.Fatalf("round %d: %d review records", round, n)
		}
		if n := count(t, a, "audit_logs", dbx.HashExp{"target_id": app.Id, "action": "application_approve"}) +
			count(t, a, "audit_logs", dbx.HashExp{"target_id": app.Id, "action": "application_reject"}); n != 1 {
			t.Fatalf("round %d: %d audit rows", round, n)
		}
		status := a.Reload(app).GetString("status")
		cert := a.Reload(tenant.Enterprise).GetString("cert_status")
		if !(status == "approved" && cert == "approved" || status == "rejected" && cert == "rejected") {
			t.Fatalf("round %d: application %s, enterprise %s", round, status, cert)
		}
	}

	// Department stage, and one expert double-clicking.
	p := reviewProduct(t, a, f.ProviderA, "并发方案", "draft")
	app := appOf(t, a, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200))
	experts := map[string]any{"experts": []string{f.ExpertB.Id}}
	ok, _ := race(app.Id,
		func() *smedxtest.Response { return approve(a, app.Id, f.Operator, experts) },
		func() *smedxtest.Response { return approve(a, app.Id, op2, experts) },
	)
	if ok != 1 {
		t.Fatalf("stage 1: %d succeeded", ok)
	}
	ok, _ = race(app.Id,
		func() *smedxtest.Response { return approve(a, app.Id, f.ExpertB, nil) },
		func() *smedxtest.Response { return approve(a, app.Id, f.ExpertB, nil) },
	)
	if ok != 1 || count(t, a, "review_records", dbx.HashExp{"application": app.Id, "stage": "expert"}) != 1 {
		t.Fatalf("expert double decision: %d succeeded", ok)
	}
	ok, _ = race(app.Id,
		func() *smedxtest.Response { return approve(a, app.Id, f.Department, nil) },
		func() *smedxtest.Response { return reject(a, app.Id, dep2, "不同意") },
	)
	if ok != 1 || count(t, a, "review_records", dbx.HashExp{"application": app.Id, "stage": "department"}) != 1 {
		t.Fatalf("department: %d succeeded", ok)
	}
}
