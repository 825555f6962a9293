// Package demo loads a realistic, idempotent demo data set so a new user
// sees a living platform at once: platform staff, certified and pending
// providers and enterprises, experts, products in every state of review,
// voucher activities, vouchers, orders in every status and ratings.
//
// Everything is saved at model level in one transaction, so the model hooks
// of every area still check it; loading twice changes nothing.
package demo

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Password is the password of every demo account.
const Password = "Smedx@2026"

// Account is a demo login for the README and the command's output.
type Account struct {
	Username, Role, Who string
}

// Accounts lists the demo logins in the order the README shows them.
var Accounts = []Account{
	{"demo_operator", "operator", "运营人员（初审、认证审核、线下支付确认、服务券活动）"},
	{"demo_department", "department", "工信厅审核人员（终审）"},
	{"demo_provider", "provider", "服务商 A 山东智造云科技有限公司的管理员（已认证）"},
	{"demo_provider2", "provider", "服务商 B 青岛海数工业互联网有限公司的管理员（已认证）"},
	{"demo_provider3", "provider", "服务商 C 烟台新创软件有限公司的管理员（认证待审批）"},
	{"demo_expert1", "provider", "专家，服务商 A 的用户"},
	{"demo_expert2", "provider", "专家，服务商 B 的用户"},
	{"demo_expert3", "provider", "专家，服务商 B 的用户"},
	{"demo_enterprise", "enterprise", "企业用户 济南华鲁机械制造有限公司的管理员（已认证）"},
	{"demo_enterprise2", "enterprise", "企业用户 潍坊丰源食品有限公司的管理员（已认证）"},
	{"demo_enterprise3", "enterprise", "企业用户 临沂沂蒙新材料有限公司的管理员（认证待审批）"},
	{"demo_provider_clerk", "provider", "服务商 A 的普通用户，只有商品管理等部分菜单"},
}

// Result tells what Load did.
type Result struct {
	AlreadyLoaded bool
	Counts        map[string]int
	// Logins are the demo accounts one can sign in with (password
	// Password), whether they were loaded now or before.
	Logins []Account
}

// PrintLogins writes the demo logins and their password to w.
func (r *Result) PrintLogins(w io.Writer) {
	fmt.Fprintf(w, "演示帐号（密码均为 %s）：\n", Password)
	for _, a := range r.Logins {
		fmt.Fprintf(w, "  %-22s %s\n", a.Username, a.Who)
	}
}

// Load puts the demo data set into app unless it is there already.
func Load(app core.App) (*Result, error) {
	if _, err := app.FindFirstRecordByData("users", "username", "demo_operator"); err == nil {
		return &Result{AlreadyLoaded: true, Counts: Counts(app), Logins: logins()}, nil
	}
	err := app.RunInTransaction(func(tx core.App) error {
		s := &seeder{app: tx, now: time.Now().UTC(), users: map[string]*core.Record{}, ents: map[string]*core.Record{}}
		steps := []func() error{s.accounts, s.experts, s.products, s.content, s.vouchers, s.orders, s.settlements}
		for _, step := range steps {
			if err := step(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &Result{Counts: Counts(app), Logins: logins()}, nil
}

func logins() []Account { return append([]Account(nil), Accounts...) }

// CountedCollections are the collections whose row counts Load reports.
var CountedCollections = []string{
	"users", "enterprises", "experts", "products", "product_specs", "product_cases",
	"applications", "review_records", "announcements", "voucher_activities", "voucher_batches",
	"vouchers", "voucher_ledger", "orders", "payments", "reviews", "demand_surveys", "notifications",
}

// Counts returns the row count of each of CountedCollections.
func Counts(app core.App) map[string]int {
	out := map[string]int{}
	for _, name := range CountedCollections {
		var n int
		_ = app.DB().Select("count(*)").From(name).Row(&n)
		out[name] = n
	}
	return out
}

// seeder carries the records created so far, by demo key.
type seeder struct {
	app   core.App
	now   time.Time
	users map[string]*core.Record
	ents  map[string]*core.Record
	seq   int

	batches       map[string]*core.Record
	vouchersByKey map[string]*core.Record
}

func (s *seeder) new(collection string, data map[string]any) (*core.Record, error) {
	col, err := s.app.FindCachedCollectionByNameOrId(collection)
	if err != nil {
		return nil, err
	}
	rec := core.NewRecord(col)
	rec.Load(data)
	if err := s.app.Save(rec); err != nil {
		return nil, fmt.Errorf("demo %s %v: %w", collection, firstValue(data), err)
	}
	return rec, nil
}

func firstValue(data map[string]any) any {
	for _, k := range []string{"username", "name", "title", "order_no"} {
		if v, ok := data[k]; ok {
			return v
		}
	}
	return ""
}

// at is now shifted by d, as a PocketBase datetime.
func (s *seeder) at(d time.Duration) types.DateTime {
	dt, _ := types.ParseDateTime(s.now.Add(d))
	return dt
}

const day = 24 * time.Hour

// setCreated backdates a record's created field, so lists look lived in.
func (s *seeder) setCreated(rec *core.Record, d time.Duration) error {
	_, err := s.app.DB().Update(rec.Collection().Name,
		map[string]any{"created": s.at(d).String()}, dbx.HashExp{"id": rec.Id}).Execute()
	return err
}

// orderNo makes an 18-digit order number from a creation time.
func (s *seeder) orderNo(d time.Duration) string {
	s.seq++
	return s.now.Add(d).Format("20060102150405") + fmt.Sprintf("%04d", 1000+s.seq)
}

func yuan(n int) int { return n * 100 }

func trim(s string) string { return strings.TrimSpace(s) }
