package accounts_test

import (
	"strings"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/smedxtest"
)

const regPassword = "Reg#2026abc"

func signUpBody(role, username, phone string) map[string]any {
	return map[string]any{
		"role": role, "username": username, "phone": phone,
		"password": regPassword, "passwordConfirm": regPassword, "agreement": true,
	}
}

func TestSignUpRefusals(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	taken := f.ProviderA.Admin

	cases := []struct {
		name   string
		mutate func(b map[string]any)
		field  string
		msg    string
	}{
		{"no agreement", func(b map[string]any) { delete(b, "agreement") }, "agreement", "《用户服务协议》和《隐私声明》"},
		{"agreement false", func(b map[string]any) { b["agreement"] = false }, "agreement", "请阅读并同意"},
		{"operator role", func(b map[string]any) { b["role"] = "operator" }, "role", "服务商或企业用户"},
		{"no role", func(b map[string]any) { delete(b, "role") }, "role", "请选择角色"},
		{"short username", func(b map[string]any) { b["username"] = "ab12" }, "username", "用户名长度应为 6-30 个字符"},
		{"bad username", func(b map[string]any) { b["username"] = "ab-1234" }, "username", "用户名只能包含字母、数字和下划线"},
		{"taken username", func(b map[string]any) { b["username"] = taken.GetString("username") }, "username", "该用户名已被注册"},
		{"bad phone", func(b map[string]any) { b["phone"] = "2391234567" }, "phone", "手机号格式不正确"},
		{"taken phone", func(b map[string]any) { b["phone"] = taken.GetString("phone") }, "phone", "该手机号已被注册"},
		{"short password", func(b map[string]any) { b["password"], b["passwordConfirm"] = "Ab1@x", "Ab1@x" }, "password", "密码长度应为 8-18 个字符"},
		{"two classes", func(b map[string]any) { b["password"], b["passwordConfirm"] = "abcdefg123", "abcdefg123" }, "password", "至少包含数字、大写字母、小写字母、特殊字符中的 3 种"},
		{"bad char", func(b map[string]any) { b["password"], b["passwordConfirm"] = "Abc 12345@", "Abc 12345@" }, "password", "密码只能包含"},
		{"contains username", func(b map[string]any) {
			b["password"], b["passwordConfirm"] = "X@new_user_1", "X@new_user_1"
		}, "password", "密码不能包含用户名"},
		{"contains phone", func(b map[string]any) {
			b["password"], b["passwordConfirm"] = "A@13800138000", "A@13800138000"
		}, "password", "密码不能包含手机号"},
		{"no confirm", func(b map[string]any) { delete(b, "passwordConfirm") }, "passwordConfirm", "请再次输入密码"},
		{"confirm mismatch", func(b map[string]any) { b["passwordConfirm"] = "Reg#2026abd" }, "passwordConfirm", "两次输入的密码不一致"},
	}
	for _, c := range cases {
		b := signUpBody("provider", "new_user_1", "13800138000")
		c.mutate(b)
		res := a.Do("POST", "/api/collections/users/records", nil, b).Status(t, 400)
		if got := res.FieldError(c.field); !strings.Contains(got, c.msg) {
			t.Errorf("%s: %s error %q, want %q; body %s", c.name, c.field, got, c.msg, res.Body)
		}
		if m := res.JSON(t)["message"].(string); m != res.FieldError(c.field) || strings.HasSuffix(m, ".") {
			t.Errorf("%s: top message %q", c.name, m)
		}
	}
	if n, _ := a.CountRecords("users", dbx.HashExp{"username": "new_user_1"}); n != 0 {
		t.Fatalf("a refused sign-up saved a user")
	}
}

func TestSignUpBothRolesWithDraftResume(t *testing.T) {
	a := smedxtest.New(t)
	for i, role := range []string{"provider", "enterprise"} {
		username := "reg_" + role
		phone := "1370000000" + string(rune('1'+i))
		body := signUpBody(role, username, phone)
		// Fields sign-up may not choose are refused by the allow-list
		// (platform_writable.go), naming the field, and nothing is saved.
		locked := map[string]any{"is_expert": true}
		for field, v := range locked {
			bad := map[string]any{}
			for k, x := range body {
				bad[k] = x
			}
			bad[field] = v
			r := a.Do("POST", "/api/collections/users/records", nil, bad).Status(t, 400)
			if !r.Contains(`"` + field + `"`) {
				t.Fatalf("sign-up with %s: %s", field, r.Body)
			}
		}
		if n, _ := a.CountRecords("users", dbx.HashExp{"username": username}); n != 0 {
			t.Fatalf("a refused sign-up saved a user")
		}
		// Overridden: the account that registers is its tenant's admin
		// with the role's default menus.
		body["tenant_admin"] = false
		body["menus"] = []string{"orders"}
		res := a.Do("POST", "/api/collections/users/records", nil, body).Status(t, 200)
		id := res.JSON(t)["id"].(string)
		user, err := a.FindRecordById("users", id)
		if err != nil {
			t.Fatal(err)
		}
		if !user.GetBool("tenant_admin") || user.GetBool("is_expert") || user.GetString("enterprise") != "" ||
			user.GetString("menus") != "null" && user.GetString("menus") != "" || user.GetDateTime("agreed_at").IsZero() {
			t.Fatalf("%s: sign-up fields not forced: %v", role, user.PublicExport())
		}
		if a.AuditCount(t, "signup", id) != 1 {
			t.Errorf("%s: no signup audit row", role)
		}

		// Step 2: log in (by phone this time), start the draft.
		auth := a.Login(phone, regPassword).Status(t, 200).JSON(t)
		if auth["token"] == "" {
			t.Fatal("no token")
		}
		other := "enterprise"
		if role == "enterprise" {
			other = "provider"
		}
		// A draft of the other kind is refused by the create rule.
		a.Do("POST", "/api/collections/enterprises/records", user, map[string]any{"kind": other}).Status(t, 400)
		res = a.Do("POST", "/api/collections/enterprises/records", user, map[string]any{
			"kind": role, "name": "草稿企业" + role, "cert_status": "approved", "profile": map[string]any{"intro": "草稿"},
		}).Status(t, 200)
		entID := res.JSON(t)["id"].(string)
		ent, _ := a.FindRecordById("enterprises", entID)
		if ent.GetString("cert_status") != "draft" {
			t.Fatalf("draft created as %s", ent.GetString("cert_status"))
		}
		user = a.Reload(user)
		if user.GetString("enterprise") != entID {
			t.Fatalf("users.enterprise not linked")
		}
		// A second tenant is refused.
		a.Do("POST", "/api/collections/enterprises/records", user, map[string]any{"kind": role}).Status(t, 400)

		// Autosave as the user types.
		for _, v := range []string{"甲", "甲乙", "甲乙丙"} {
			a.Do("PATCH", "/api/collections/enterprises/records/"+entID, user, map[string]any{
				"name": "企业" + v, "profile": map[string]any{"intro": v},
			}).Status(t, 200)
		}
		// The status is not the user's to set.
		a.Do("PATCH", "/api/collections/enterprises/records/"+entID, user, map[string]any{"cert_status": "approved"}).Status(t, 404)

		// Resume: a new login (fresh token, any browser) finds the draft.
		auth = a.Login(username, regPassword).Status(t, 200).JSON(t)
		rec := auth["record"].(map[string]any)
		if rec["enterprise"] != entID {
			t.Fatalf("login record enterprise = %v", rec["enterprise"])
		}
		draft := a.Do("GET", "/api/collections/enterprises/records/"+entID, user, nil).Status(t, 200).JSON(t)
		if draft["name"] != "企业甲乙丙" || draft["profile"].(map[string]any)["intro"] != "甲乙丙" {
			t.Fatalf("draft not restored: %v", draft)
		}
	}
}

func TestEnterpriseDraftEditWindowAndLicence(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	admin := f.ProviderPending.Admin
	ent := f.ProviderPending.Enterprise
	res := a.Do("PATCH", "/api/collections/enterprises/records/"+ent.Id, admin, map[string]any{"name": "改名"}).Status(t, 400)
	if !res.Contains("审核中") {
		t.Errorf("pending edit: %s", res.Body)
	}
	res = a.Do("PATCH", "/api/collections/enterprises/records/"+f.ProviderA.Enterprise.Id, f.ProviderA.Admin, map[string]any{"name": "改名"}).Status(t, 400)
	if !res.Contains("已通过认证") {
		t.Errorf("approved edit: %s", res.Body)
	}
	// Rejected: editable again.
	ent.Set("cert_status", "rejected")
	if err := a.Save(ent); err != nil {
		t.Fatal(err)
	}
	a.Do("PATCH", "/api/collections/enterprises/records/"+ent.Id, admin, map[string]any{"name": "改正后的名称"}).Status(t, 200)

	path := "/api/collections/enterprises/records/" + ent.Id
	// Licence: PNG ok; a text file and a file over 10 MB are refused in Chinese.
	a.Upload("PATCH", path, admin, nil, map[string]smedxtest.File{"license": {Name: "licence.png", Data: smedxtest.PNG(t)}}).Status(t, 200)
	res = a.Upload("PATCH", path, admin, nil, map[string]smedxtest.File{"license": {Name: "licence.pdf", Data: []byte("%PDF-1.4 not an image")}}).Status(t, 400)
	if got := res.FieldError("license"); got != "企业营业执照只支持 JPEG、JPG、PNG 格式的图片" {
		t.Errorf("licence type error %q (%s)", got, res.Body)
	}
	big := append(smedxtest.PNG(t), make([]byte, 10<<20)...)
	res = a.Upload("PATCH", path, admin, nil, map[string]smedxtest.File{"license": {Name: "big.png", Data: big}}).Status(t, 400)
	if got := res.FieldError("license"); got != "企业营业执照图片不能超过 10MB" {
		t.Errorf("licence size error %q (%s)", got, res.Body)
	}
	// Duplicate credit code, PocketBase's unique index, in Chinese.
	res = a.Do("PATCH", path, admin, map[string]any{"credit_code": f.ProviderA.Enterprise.GetString("credit_code")}).Status(t, 400)
	if got := res.FieldError("credit_code"); !strings.Contains(got, "统一社会信用代码") {
		t.Errorf("credit code error %q", got)
	}
}

func TestSelfUpdateGuard(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	staff := f.ProviderPending.Staff
	path := "/api/collections/users/records/" + staff.Id
	a.Do("PATCH", path, staff, map[string]any{"name": "新名字"}).Status(t, 200)
	for field, value := range map[string]any{
		"role": "operator", "tenant_admin": true, "is_expert": true, "menus": []string{"orders"},
		"username": "renamed_user", "phone": "13811112222", "enterprise": f.ProviderB.Enterprise.Id,
	} {
		res := a.Do("PATCH", path, staff, map[string]any{field: value})
		if res.Code != 400 || res.FieldError(field) == "" {
			t.Errorf("self-update of %s: %d %s", field, res.Code, res.Body)
		}
	}
	fresh := a.Reload(staff)
	if fresh.GetString("role") != "provider" || fresh.GetBool("tenant_admin") || fresh.GetString("username") != staff.GetString("username") {
		t.Fatalf("self-update changed locked fields")
	}
	// The username never changes, even at model level.
	fresh.Set("username", "renamed_user")
	if err := a.Save(fresh); err == nil || !strings.Contains(err.Error(), "用户名不可修改") {
		t.Fatalf("model-level rename: %v", err)
	}
}

func TestPasswordChangeAndHistory(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	user := f.EnterpriseA.Staff
	path := "/api/collections/users/records/" + user.Id

	// PocketBase's own update: oldPassword required and checked, in Chinese.
	res := a.Do("PATCH", path, user, map[string]any{"password": "New#2026aa", "passwordConfirm": "New#2026aa"}).Status(t, 400)
	if got := res.FieldError("oldPassword"); got != "请输入原密码" {
		t.Errorf("missing oldPassword: %q %s", got, res.Body)
	}
	res = a.Do("PATCH", path, user, map[string]any{"oldPassword": "Wrong#2026", "password": "New#2026aa", "passwordConfirm": "New#2026aa"}).Status(t, 400)
	if got := res.FieldError("oldPassword"); got != "原密码错误" {
		t.Errorf("wrong oldPassword: %q %s", got, res.Body)
	}
	res = a.Do("PATCH", path, user, map[string]any{"oldPassword": smedxtest.Password, "password": "New#2026aa", "passwordConfirm": "New#2026ab"}).Status(t, 400)
	if got := res.FieldError("passwordConfirm"); got != "两次输入的密码不一致" {
		t.Errorf("confirm mismatch: %q", got)
	}
	res = a.Do("PATCH", path, user, map[string]any{"oldPassword": smedxtest.Password, "password": "newpassword", "passwordConfirm": "newpassword"}).Status(t, 400)
	if got := res.FieldError("password"); !strings.Contains(got, "3 种") {
		t.Errorf("weak password: %q", got)
	}
	res = a.Do("PATCH", path, user, map[string]any{"oldPassword": smedxtest.Password, "password": smedxtest.Password, "passwordConfirm": smedxtest.Password}).Status(t, 400)
	if got := res.FieldError("password"); !strings.Contains(got, "最近 5 次") {
		t.Errorf("same as current: %q", got)
	}
	a.Do("PATCH", path, user, map[string]any{"oldPassword": smedxtest.Password, "password": "New#2026aa", "passwordConfirm": "New#2026aa"}).Status(t, 200)
	if a.AuditCount(t, "password_change", user.Id) != 1 {
		t.Error("no password_change audit row")
	}
	a.Login(user.GetString("username"), "New#2026aa").Status(t, 200)

	// The custom route: five more changes, each answered with a fresh token.
	passwords := []string{"New#2026aa", "Pw1#aaaaaa", "Pw2#aaaaaa", "Pw3#aaaaaa", "Pw4#aaaaaa", "Pw5#aaaaaa"}
	for i := 1; i < len(passwords); i++ {
		res := a.Do("POST", "/api/smedx/account/password", a.Reload(user), map[string]any{
			"oldPassword": passwords[i-1], "password": passwords[i], "passwordConfirm": passwords[i],
		}).Status(t, 200)
		if res.JSON(t)["token"] == nil {
			t.Fatal("no fresh token")
		}
	}
	// History: the original and the last 5 are refused; older ones are
	// forgotten after 5 newer passwords.
	current := a.Reload(user)
	for _, old := range []string{"Pw4#aaaaaa", "Pw1#aaaaaa", "New#2026aa", "Pw5#aaaaaa"} {
		res := a.Do("POST", "/api/smedx/account/password", current, map[string]any{
			"oldPassword": "Pw5#aaaaaa", "password": old, "passwordConfirm": old,
		}).Status(t, 400)
		if got := res.FieldError("password"); got != "新密码不能与原密码或最近 5 次使用过的密码相同" {
			t.Errorf("reuse of %s: %q", old, got)
		}
	}
	a.Do("POST", "/api/smedx/account/password", current, map[string]any{
		"oldPassword": "Pw5#aaaaaa", "password": smedxtest.Password, "passwordConfirm": smedxtest.Password,
	}).Status(t, 200)
	res = a.Do("POST", "/api/smedx/account/password", a.Reload(user), map[string]any{
		"oldPassword": "wrong", "password": "Pw9#aaaaaa", "passwordConfirm": "Pw9#aaaaaa",
	}).Status(t, 400)
	if res.FieldError("oldPassword") != "原密码错误" {
		t.Errorf("route wrong old password: %s", res.Body)
	}
	a.Do("POST", "/api/smedx/account/password", nil, map[string]any{}).Status(t, 401)

	// Every path: the model-level rule also refuses a weak or reused
	// password set from Go (tenant reset, CLI, dashboard).
	rec := a.Reload(user)
	rec.SetPassword("weakpass")
	if err := a.Save(rec); err == nil || !strings.Contains(err.Error(), "3 种") {
		t.Fatalf("model-level weak password: %v", err)
	}
	rec = a.Reload(user)
	rec.SetPassword("Pw5#aaaaaa")
	if err := a.Save(rec); err == nil || !strings.Contains(err.Error(), "最近 5 次") {
		t.Fatalf("model-level reuse: %v", err)
	}
	var hist []string
	if err := a.Reload(user).UnmarshalJSONField("password_history", &hist); err != nil || len(hist) != 5 {
		t.Fatalf("history kept %d hashes (%v)", len(hist), err)
	}
	// The history never leaves the server.
	if body := a.Do("GET", "/api/collections/users/records/"+user.Id, user, nil); body.Contains("password_history") || body.Contains("$2a$") {
		t.Fatal("password history exposed")
	}
}

// A user saved twice in one transaction (demo, tenant flows) keeps the
// plain password until commit; the second save is not a password change.
func TestSaveTwiceInTransaction(t *testing.T) {
	a := smedxtest.New(t)
	err := a.RunInTransaction(func(tx core.App) error {
		col, _ := tx.FindCollectionByNameOrId("users")
		u := core.NewRecord(col)
		u.Set("username", "twice_saved")
		u.Set("phone", "13511110000")
		u.Set("role", "provider")
		u.SetPassword(smedxtest.Password)
		if err := tx.Save(u); err != nil {
			return err
		}
		u.Set("name", "二次保存")
		return tx.Save(u)
	})
	if err != nil {
		t.Fatal(err)
	}
	u, _ := a.FindFirstRecordByData("users", "username", "twice_saved")
	if u.GetString("password_history") != "null" && u.GetString("password_history") != "" {
		t.Errorf("history after a non-change: %s", u.GetString("password_history"))
	}
}
