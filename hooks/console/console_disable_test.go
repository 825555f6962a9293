package console_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

func login(a *smedxtest.App, identity, password string) *smedxtest.Response {
	return a.Do("POST", "/api/collections/users/auth-with-password", nil, map[string]string{"identity": identity, "password": password})
}

func message(t *testing.T, r *smedxtest.Response) string {
	t.Helper()
	m, _ := r.JSON(t)["message"].(string)
	return m
}

func notifications(t *testing.T, a *smedxtest.App, user *core.Record, contains string) int {
	t.Helper()
	recs, err := a.FindRecordsByFilter("notifications", "user = {:u} && content ~ {:c}", "", 0, 0, map[string]any{"u": user.Id, "c": contains})
	if err != nil {
		t.Fatal(err)
	}
	return len(recs)
}

func TestDisableEnterprise(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	entA, entB := f.EnterpriseA.Enterprise, f.EnterpriseB.Enterprise
	path := "/api/smedx/console/enterprises/"

	// Nobody but a superuser sets the fields through the records API.
	res := a.Do("PATCH", "/api/collections/users/records/"+f.EnterpriseA.Staff.Id, f.EnterpriseA.Staff, map[string]any{"disabled": true, "disabled_reason": "自己"})
	// Either field may be the one named: the allow-list reports the first
	// unwritable key of the body it meets.
	if res.Code != 400 || res.FieldError("disabled") == "" && res.FieldError("disabled_reason") == "" {
		t.Fatalf("self-disable through the records API: %d %s", res.Code, res.Body)
	}
	res = a.Do("PATCH", "/api/collections/enterprises/records/"+entA.Id, f.EnterpriseA.Admin, map[string]any{"disabled_reason": "x"})
	if res.Code == 200 {
		t.Fatalf("tenant admin changed disabled_reason: %s", res.Body)
	}

	// Only operators.
	body := map[string]any{"ids": []string{entA.Id}, "reason": "违规经营"}
	for _, u := range []*core.Record{f.Department, f.ProviderA.Admin, f.EnterpriseA.Admin} {
		a.Do("POST", path+"disable", u, body).Status(t, 403)
	}
	a.Do("POST", path+"disable", nil, body).Status(t, 401)

	// Bad input changes nothing.
	if r := a.Do("POST", path+"disable", f.Operator, map[string]any{"ids": []string{entA.Id}, "reason": "  "}); r.Code != 400 || r.FieldError("reason") == "" {
		t.Fatalf("no reason: %d %s", r.Code, r.Body)
	}
	if r := a.Do("POST", path+"disable", f.Operator, map[string]any{"ids": []string{}, "reason": "x"}); r.Code != 400 || r.FieldError("ids") == "" {
		t.Fatalf("no ids: %d %s", r.Code, r.Body)
	}
	if r := a.Do("POST", path+"disable", f.Operator, map[string]any{"ids": []string{entA.Id, entB.Id, "missing"}, "reason": "x"}); r.Code != 400 {
		t.Fatalf("unknown id: %d %s", r.Code, r.Body)
	}
	if a.Reload(entA).GetBool("disabled") || a.Reload(entB).GetBool("disabled") {
		t.Fatal("a refused batch disabled some enterprises")
	}

	staleAdmin := f.EnterpriseA.Admin // its token key is about to change
	login(a, staleAdmin.GetString("username"), smedxtest.Password).Status(t, 200)
	res = a.Do("POST", path+"disable", f.Operator, body).Status(t, 200)
	if res.JSON(t)["count"].(float64) != 1 {
		t.Fatalf("disable answer %s", res.Body)
	}
	ent := a.Reload(entA)
	if !ent.GetBool("disabled") || ent.GetString("disabled_reason") != "违规经营" || ent.GetDateTime("disabled_at").IsZero() {
		t.Fatalf("enterprise after disable: %v %q %v", ent.GetBool("disabled"), ent.GetString("disabled_reason"), ent.GetDateTime("disabled_at"))
	}
	if _, err := a.FindFirstRecordByFilter("audit_logs", "action = 'enterprise_disable' && target_id = {:id} && detail ~ '违规经营' && actor = {:op}",
		map[string]any{"id": entA.Id, "op": f.Operator.Id}); err != nil {
		t.Fatalf("no audit row: %v", err)
	}
	if notifications(t, a, f.EnterpriseA.Admin, "违规经营") != 1 {
		t.Fatal("the tenant admin was not notified with the reason")
	}

	// Login refused for every account of the tenant, with the reason; a
	// wrong password still answers as a wrong password.
	for _, u := range []*core.Record{f.EnterpriseA.Admin, f.EnterpriseA.Staff} {
		r := login(a, u.GetString("username"), smedxtest.Password)
		if r.Code != 403 || !strings.Contains(message(t, r), "违规经营") {
			t.Fatalf("login of a disabled tenant's account: %d %s", r.Code, r.Body)
		}
	}
	if r := login(a, f.EnterpriseA.Admin.GetString("username"), "Wrong@2026x"); r.Code != 400 {
		t.Fatalf("wrong password of a disabled account: %d %s", r.Code, r.Body)
	}
	login(a, f.EnterpriseB.Admin.GetString("username"), smedxtest.Password).Status(t, 200)

	// Sessions opened before are over; a token minted with the new key may
	// read but not write.
	a.Do("GET", "/api/smedx/menus", staleAdmin, nil).Status(t, 401)
	fresh := a.Reload(f.EnterpriseA.Admin)
	a.Do("GET", "/api/collections/notifications/records", fresh, nil).Status(t, 200)
	if r := a.Do("POST", "/api/collections/users/auth-refresh", fresh, nil); r.Code != 403 {
		t.Fatalf("token refresh of a disabled account: %d %s", r.Code, r.Body)
	}
	note, err := a.FindFirstRecordByFilter("notifications", "user = {:u}", map[string]any{"u": fresh.Id})
	if err != nil {
		t.Fatal(err)
	}
	if r := a.Do("PATCH", "/api/collections/notifications/records/"+note.Id, fresh, map[string]any{"read": true}); r.Code != 403 || !strings.Contains(message(t, r), "停用") {
		t.Fatalf("write of a disabled account: %d %s", r.Code, r.Body)
	}

	// The list shows it; enabling restores everything.
	var list struct {
		Items []struct {
			ID             string `json:"id"`
			Disabled       bool   `json:"disabled"`
			DisabledReason string `json:"disabled_reason"`
		} `json:"items"`
		TotalItems int `json:"totalItems"`
	}
	a.Do("GET", path[:len(path)-1]+"?disabled=1", f.Department, nil).Status(t, 200).Decode(t, &list)
	if list.TotalItems != 1 || list.Items[0].ID != entA.Id || list.Items[0].DisabledReason != "违规经营" {
		t.Fatalf("disabled filter: %+v", list)
	}
	a.Do("POST", path+"enable", f.Operator, map[string]any{"ids": []string{entA.Id}, "reason": "已整改"}).Status(t, 200)
	ent = a.Reload(entA)
	if ent.GetBool("disabled") || ent.GetString("disabled_reason") != "" || !ent.GetDateTime("disabled_at").IsZero() {
		t.Fatalf("enterprise after enable: %v %q", ent.GetBool("disabled"), ent.GetString("disabled_reason"))
	}
	login(a, f.EnterpriseA.Staff.GetString("username"), smedxtest.Password).Status(t, 200)
	if notifications(t, a, f.EnterpriseA.Admin, "已整改") != 1 {
		t.Fatal("the tenant admin was not told of the enabling")
	}
	// Enabling what is enabled changes nothing.
	if r := a.Do("POST", path+"enable", f.Operator, map[string]any{"ids": []string{entA.Id}}).Status(t, 200); r.JSON(t)["count"].(float64) != 0 {
		t.Fatalf("second enable: %s", r.Body)
	}
}

func TestDisableUsers(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	path := "/api/smedx/console/users/"

	if r := a.Do("POST", path+"disable", f.Operator, map[string]any{"ids": []string{f.Operator.Id}, "reason": "x"}); r.Code != 400 {
		t.Fatalf("self-disable: %d %s", r.Code, r.Body)
	}
	a.Do("POST", path+"disable", f.Department, map[string]any{"ids": []string{f.EnterpriseA.Staff.Id}, "reason": "x"}).Status(t, 403)

	// A platform account: refused at login, told by notification.
	a.Do("POST", path+"disable", f.Operator, map[string]any{"ids": []string{f.Department.Id}, "reason": "离职"}).Status(t, 200)
	if r := login(a, f.Department.GetString("username"), smedxtest.Password); r.Code != 403 || !strings.Contains(message(t, r), "离职") {
		t.Fatalf("login of a disabled platform account: %d %s", r.Code, r.Body)
	}
	if notifications(t, a, f.Department, "离职") != 1 {
		t.Fatal("the disabled account was not notified")
	}
	// A tenant's account: the tenant's other accounts keep working and the
	// tenant admin is told.
	a.Do("POST", path+"disable", f.Operator, map[string]any{"ids": []string{f.EnterpriseA.Staff.Id}, "reason": "冒用他人信息"}).Status(t, 200)
	login(a, f.EnterpriseA.Staff.GetString("username"), smedxtest.Password).Status(t, 403)
	login(a, f.EnterpriseA.Admin.GetString("username"), smedxtest.Password).Status(t, 200)
	if notifications(t, a, f.EnterpriseA.Admin, "冒用他人信息") != 1 {
		t.Fatal("the tenant admin was not told")
	}
	a.Do("POST", path+"enable", f.Operator, map[string]any{"ids": []string{f.Department.Id, f.EnterpriseA.Staff.Id}}).Status(t, 200)
	login(a, f.Department.GetString("username"), smedxtest.Password).Status(t, 200)
	login(a, f.EnterpriseA.Staff.GetString("username"), smedxtest.Password).Status(t, 200)
}
