package smedxtest

import (
	"bytes"
	"fmt"
	"github.com/pocketbase/dbx"
	"image"
	"image/png"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
	"golang.org/x/crypto/bcrypt"

	"smedx/hooks/forms"
)

// Tenant is an enterprise row with its accounts.
type Tenant struct {
	Enterprise *core.Record
	Admin      *core.Record // the tenant admin (registered the tenant)
	Staff      *core.Record // an ordinary user of the tenant
}

// Fixtures is the standard cast of the API tests: platform staff, two
// certified providers with an expert each, an uncertified provider, two
// certified enterprises and an uncertified one.
type Fixtures struct {
	Operator, Department *core.Record

	ProviderA, ProviderB, ProviderPending       *Tenant
	ExpertA, ExpertB                            *core.Record // users of ProviderA / ProviderB with experts profiles
	EnterpriseA, EnterpriseB, EnterprisePending *Tenant
}

var seq atomic.Int64

// hashes holds the bcrypt hash of Password by cost, made once per process.
var hashes sync.Map // int → string

// passwordHash is the bcrypt hash of Password at the cost of col's
// password field (PocketBase's default when unset).
func passwordHash(t testing.TB, col *core.Collection) string {
	t.Helper()
	cost := bcrypt.DefaultCost
	if f, ok := col.Fields.GetByName("password").(*core.PasswordField); ok && f.Cost > 0 {
		cost = f.Cost
	}
	if h, ok := hashes.Load(cost); ok {
		return h.(string)
	}
	h, err := bcrypt.GenerateFromPassword([]byte(Password), cost)
	if err != nil {
		t.Fatal(err)
	}
	hashes.Store(cost, string(h))
	return string(h)
}

// Fixtures creates the standard cast in a's database.
func (a *App) Fixtures() *Fixtures {
	a.T.Helper()
	f := &Fixtures{
		Operator:   a.NewUser("t_operator", "operator", nil, false),
		Department: a.NewUser("t_department", "department", nil, false),
	}
	f.ProviderA = a.NewTenant("provider", "甲数字科技有限公司", "approved")
	f.ProviderB = a.NewTenant("provider", "乙工业互联网有限公司", "approved")
	f.ProviderPending = a.NewTenant("provider", "丙软件有限公司", "pending")
	f.EnterpriseA = a.NewTenant("enterprise", "济南甲机械制造有限公司", "approved")
	f.EnterpriseB = a.NewTenant("enterprise", "青岛乙食品有限公司", "approved")
	f.EnterprisePending = a.NewTenant("enterprise", "淄博丙化工有限公司", "pending")
	f.ExpertA = a.NewExpert(f.ProviderA.Staff, "张工")
	f.ExpertB = a.NewExpert(f.ProviderB.Staff, "李工")
	return f
}

// NewTenant creates an enterprise of kind with status, its admin and one
// staff user. Usernames derive from a sequence so tenants never clash.
func (a *App) NewTenant(kind, name, certStatus string) *Tenant {
	a.T.Helper()
	n := seq.Add(1)
	ent := a.NewEnterprise(kind, name, certStatus)
	admin := a.NewUser(fmt.Sprintf("admin_%s_%d", kind, n), kind, ent, true)
	staff := a.NewUser(fmt.Sprintf("staff_%s_%d", kind, n), kind, ent, false)
	return &Tenant{Enterprise: ent, Admin: admin, Staff: staff}
}

// NewEnterprise saves an enterprises row with a valid credit code.
func (a *App) NewEnterprise(kind, name, certStatus string) *core.Record {
	a.T.Helper()
	col, err := a.FindCollectionByNameOrId("enterprises")
	if err != nil {
		a.T.Fatal(err)
	}
	rec := core.NewRecord(col)
	rec.Set("kind", kind)
	rec.Set("name", name)
	rec.Set("credit_code", CreditCode(seq.Add(1)))
	// Certified and pending tenants have answered every required question.
	rec.Set("profile", forms.SampleProfileFor(a, kind))
	rec.Set("cert_status", certStatus)
	if certStatus == "approved" {
		rec.Set("certified_at", types.NowDateTime())
	}
	if err := a.Save(rec); err != nil {
		a.T.Fatalf("fixture enterprise %s: %v", name, err)
	}
	return rec
}

// NewUser saves a users row with the fixture password and a unique phone.
func (a *App) NewUser(username, role string, enterprise *core.Record, tenantAdmin bool) *core.Record {
	a.T.Helper()
	col, err := a.FindCollectionByNameOrId("users")
	if err != nil {
		a.T.Fatal(err)
	}
	rec := core.NewRecord(col)
	rec.Set("username", username)
	rec.Set("name", username)
	rec.Set("phone", Phone(seq.Add(1)))
	rec.Set("role", role)
	rec.Set("tenant_admin", tenantAdmin)
	if enterprise != nil {
		rec.Set("enterprise", enterprise.Id)
	}
	// What SetPassword(Password) sets, with the bcrypt hash made once per
	// process instead of once per user: still a real hash of Password at
	// the field's cost (logins verify it), the plain value still checked
	// by the field's rules, and a fresh tokenKey generated on create.
	rec.SetRaw("password", &core.PasswordFieldValue{Hash: passwordHash(a.T, col), Plain: Password})
	if err := a.Save(rec); err != nil {
		a.T.Fatalf("fixture user %s: %v", username, err)
	}
	return rec
}

// NewExpert marks user as an expert with an active public profile.
func (a *App) NewExpert(user *core.Record, name string) *core.Record {
	a.T.Helper()
	col, err := a.FindCollectionByNameOrId("experts")
	if err != nil {
		a.T.Fatal(err)
	}
	rec := core.NewRecord(col)
	rec.Set("user", user.Id)
	rec.Set("enterprise", user.GetString("enterprise"))
	rec.Set("name", name)
	rec.Set("major", "工业互联网")
	rec.Set("professional_title", "高级工程师")
	rec.Set("intro", name+"，长期从事制造业数字化转型咨询。")
	rec.Set("active", true)
	if err := a.Save(rec); err != nil {
		a.T.Fatalf("fixture expert: %v", err)
	}
	user.Set("is_expert", true)
	if err := a.Save(user); err != nil {
		a.T.Fatalf("fixture expert flag: %v", err)
	}
	return user
}

// Reload returns the current database state of rec.
func (a *App) Reload(rec *core.Record) *core.Record {
	a.T.Helper()
	fresh, err := a.FindRecordById(rec.Collection().Id, rec.Id)
	if err != nil {
		a.T.Fatalf("reload %s/%s: %v", rec.Collection().Name, rec.Id, err)
	}
	return fresh
}

// Phone returns a distinct valid mainland mobile number for n.
func Phone(n int64) string { return fmt.Sprintf("139%08d", n%100000000) }

// CreditCode returns a distinct 统一社会信用代码 for n with a correct
// GB 32100-2015 check character.
func CreditCode(n int64) string {
	body := fmt.Sprintf("91370100MA%07d", n%10000000)
	return body + string(forms.CreditCodeCheckChar(body))
}

// Login signs in with identity/password and returns the auth response.
func (a *App) Login(identity, password string) *Response {
	return a.Do("POST", "/api/collections/users/auth-with-password", nil,
		map[string]any{"identity": identity, "password": password})
}

// AuditCount counts the audit_logs rows of action on targetID.
func (a *App) AuditCount(t testing.TB, action, targetID string) int {
	t.Helper()
	var n int
	err := a.DB().Select("count(*)").From("audit_logs").
		Where(dbx.HashExp{"action": action, "target_id": targetID}).Row(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// PNG is a valid 2×2 PNG image for upload fields.
func PNG(t testing.TB) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 2, 2))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
