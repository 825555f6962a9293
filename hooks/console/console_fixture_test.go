package console_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/smedxtest"
)

// The statistics fixture: the standard cast, moved into the first quarter
// of 2025 (China time) with regions and industries, plus applications,
// products, orders and vouchers written straight into the tables with the
// timestamps the figures depend on. Every number the tests expect is
// derived from the comments here.

const window = "from=2025-01-01&to=2025-03-31"

// at is a China-time wall clock as PocketBase stores it (UTC).
func at(s string) string {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, platform.China)
	if err != nil {
		panic(err)
	}
	return t.UTC().Format("2006-01-02 15:04:05.000Z")
}

type statsFixture struct {
	a   *smedxtest.App
	f   *smedxtest.Fixtures
	ids map[string]string // products p1.., applications app1.., orders o1.., batches b1.., vouchers v1..
}

var seq int

func (s *statsFixture) insert(table string, key string, row dbx.Params) string {
	s.a.T.Helper()
	seq++
	id := fmt.Sprintf("fx%013d", seq)
	row["id"] = id
	if _, ok := row["created"]; !ok {
		row["created"] = at("2025-01-01 08:00")
	}
	row["updated"] = row["created"]
	if _, err := s.a.DB().Insert(table, row).Execute(); err != nil {
		s.a.T.Fatalf("insert %s %s: %v", table, key, err)
	}
	if key != "" {
		s.ids[key] = id
	}
	return id
}

func (s *statsFixture) exec(sql string, params dbx.Params) {
	s.a.T.Helper()
	if _, err := s.a.DB().NewQuery(sql).Bind(params).Execute(); err != nil {
		s.a.T.Fatalf("%s: %v", sql, err)
	}
}

func newStatsFixture(t *testing.T) *statsFixture {
	a := smedxtest.New(t)
	s := &statsFixture{a: a, f: a.Fixtures(), ids: map[string]string{}}
	f := s.f

	// Tenants (ProviderB and ProviderPending stay registered "now", outside
	// the window):
	//   EnterpriseA        济南 370102, C34 → 门类 C; registered 2025-01-10, certified 2025-02-03
	//   EnterpriseB        青岛 370202, F;          registered 2025-01-20, certified 2025-01-25
	//   EnterprisePending  淄博 (2 levels), C;      registered 2025-02-01 01:00 China time (31 Jan in UTC), pending
	//   ProviderA          no region (未填写), I;   registered 2025-03-01, certified 2025-03-02
	tenant := func(ent *core.Record, region, industry, created, certified string) {
		s.exec(`UPDATE enterprises SET created = {:c}, certified_at = {:ca},
			profile = json_set(CASE WHEN json_valid(profile) THEN profile ELSE '{}' END, '$.industry_1', {:ind}) WHERE id = {:id}`,
			dbx.Params{"c": created, "ca": certified, "ind": industry, "id": ent.Id})
		if region != "" {
			s.exec(`UPDATE enterprises SET profile = json_set(profile, '$.region', json({:r})) WHERE id = {:id}`, dbx.Params{"r": region, "id": ent.Id})
		} else {
			s.exec(`UPDATE enterprises SET profile = json_remove(profile, '$.region') WHERE id = {:id}`, dbx.Params{"id": ent.Id})
		}
	}
	tenant(f.EnterpriseA.Enterprise, `["370000","370100","370102"]`, "C34", at("2025-01-10 10:00"), at("2025-02-03 10:00"))
	tenant(f.EnterpriseB.Enterprise, `["370000","370200","370202"]`, "F", at("2025-01-20 10:00"), at("2025-01-25 10:00"))
	tenant(f.EnterprisePending.Enterprise, `["370000","370300"]`, "C", at("2025-02-01 01:00"), "")
	tenant(f.ProviderA.Enterprise, "", "I", at("2025-03-01 10:00"), at("2025-03-02 10:00"))

	// Applications and decisions (2025-01-20 is a Monday). Durations in
	// working days:
	//   app1 cert     operator 01-20 09:00 → 01-22 09:00 = 2       approved 01-22
	//   app2 product  operator 01-24 12:00 (Fri) → 01-27 12:00 = 1; expert → 02-03 12:00 = 5
	//                 (two experts, the last decides); department → 02-04 12:00 = 1; approved 02-04
	//   app3 product  operator 02-10 09:00 → 02-17 09:00 = 5 (rejected)
	//   app4 cert     operator 03-03 09:00 → 03-03 15:00 = 0.25    approved 03-03
	//   app5 product  pending at operator since 03-10 (overdue now)
	//   app6 product  operator 03-11 09:00 → 03-12 09:00 = 1; pending at expert (1 of 2 decided) since 03-12
	//   app7 cert     revoked at operator, no decision
	// Operator stage: [0.25 1 1 2 5] → median 1, p90 5, 1 over 3 days.
	ent := f.EnterpriseA.Enterprise.Id
	prov := f.ProviderA.Enterprise.Id
	application := func(key, typ, status, stage, created, decided string) {
		s.insert("applications", key, dbx.Params{"type": typ, "title": key, "enterprise": ent, "status": status,
			"stage": stage, "created": created, "decided_at": decided})
	}
	decision := func(app, stage, reviewer, decision, created string) {
		s.insert("review_records", "", dbx.Params{"application": s.ids[app], "stage": stage, "reviewer": reviewer,
			"decision": decision, "created": created})
	}
	op, dept := f.Operator.Id, f.Department.Id
	application("app1", "certification", "approved", "done", at("2025-01-20 09:00"), at("2025-01-22 09:00"))
	decision("app1", "operator", op, "approve", at("2025-01-22 09:00"))
	application("app2", "product_publish", "approved", "done", at("2025-01-24 12:00"), at("2025-02-04 12:00"))
	decision("app2", "operator", op, "approve", at("2025-01-27 12:00"))
	decision("app2", "expert", f.ExpertA.Id, "approve", at("2025-01-28 12:00"))
	decision("app2", "expert", f.ExpertB.Id, "approve", at("2025-02-03 12:00"))
	decision("app2", "department", dept, "approve", at("2025-02-04 12:00"))
	application("app3", "product_publish", "rejected", "operator", at("2025-02-10 09:00"), at("2025-02-17 09:00"))
	decision("app3", "operator", op, "reject", at("2025-02-17 09:00"))
	application("app4", "certification", "approved", "done", at("2025-03-03 09:00"), at("2025-03-03 15:00"))
	decision("app4", "operator", op, "approve", at("2025-03-03 15:00"))
	application("app5", "product_publish", "pending", "operator", at("2025-03-10 09:00"), "")
	application("app6", "product_publish", "pending", "expert", at("2025-03-11 09:00"), "")
	decision("app6", "operator", op, "approve", at("2025-03-12 09:00"))
	decision("app6", "expert", f.ExpertA.Id, "approve", at("2025-03-13 09:00"))
	application("app7", "certification", "revoked", "operator", at("2025-03-14 09:00"), at("2025-03-14 10:00"))

	// Products of ProviderA (p6 of ProviderB):
	//   p1 listed [rnd, production]  p2 listed [rnd]  p3 pending [production]
	//   p4 draft []  p5 delisted [management]  p6 listed [rnd] (ProviderB)
	product := func(key, owner, status, cats, typ string) {
		s.insert("products", key, dbx.Params{"enterprise": owner, "name": "商品" + key, "type": typ,
			"status": status, "categories": cats, "created": at("2025-01-02 10:00")})
	}
	product("p1", prov, "listed", `["rnd","production"]`, "software")
	product("p2", prov, "listed", `["rnd"]`, "software")
	product("p3", prov, "pending", `["production"]`, "solution")
	product("p4", prov, "draft", `[]`, "solution")
	product("p5", prov, "delisted", `["management"]`, "consulting")
	product("p6", f.ProviderB.Enterprise.Id, "listed", `["rnd"]`, "software")

	// Orders (total / deduction in fen):
	//   o1 p1 A→provA 100000/30000 completed 01-15      o2 p1 B 50000/50000 paid 02-10
	//   o3 p2 A 20000/0 delivered 02-11                 o4 p2 B 999999 pending_payment 03-01
	//   o5 p1 A 40000/10000 cancelled 03-02             o6 p6 A→provB 70000/0 completed 03-05
	//   o7 p2 B 5000 completed 2024-12-31 23:00 (outside) o8 p2 B 10000/0 completed 2025-01-01 00:30
	// GMV 250000 in 5 orders, deduction 80000 (share 0.32).
	order := func(key, product, buyer, provider, status string, total, deduction int, created string) {
		payStatus := map[string]string{"pending_payment": "unpaid", "cancelled": "unpaid"}[status]
		if payStatus == "" {
			payStatus = "paid"
		}
		s.insert("orders", key, dbx.Params{"order_no": fmt.Sprintf("2025%014d", seq+1), "product": s.ids[product],
			"product_name": "商品" + product, "buyer_enterprise": buyer, "provider_enterprise": provider, "quantity": 1,
			"total_fen": total, "deduction_fen": deduction, "payable_fen": total - deduction, "paid_fen": total - deduction,
			"status": status, "pay_status": payStatus, "buyer_name": "买方" + key, "created": created})
	}
	A, B, provB := f.EnterpriseA.Enterprise.Id, f.EnterpriseB.Enterprise.Id, f.ProviderB.Enterprise.Id
	order("o1", "p1", A, prov, "completed", 100000, 30000, at("2025-01-15 10:00"))
	order("o2", "p1", B, prov, "paid", 50000, 50000, at("2025-02-10 10:00"))
	order("o3", "p2", A, prov, "delivered", 20000, 0, at("2025-02-11 10:00"))
	order("o4", "p2", B, prov, "pending_payment", 999999, 0, at("2025-03-01 10:00"))
	order("o5", "p1", A, prov, "cancelled", 40000, 10000, at("2025-03-02 10:00"))
	order("o6", "p6", A, provB, "completed", 70000, 0, at("2025-03-05 10:00"))
	order("o7", "p2", B, prov, "completed", 5000, 0, at("2024-12-31 23:00"))
	order("o8", "p2", B, prov, "completed", 10000, 0, at("2025-01-01 00:30"))

	// Vouchers of one activity:
	//   b1 grab 500元: v1 A 50000 bal 20000 active (spent 30000 on o1); v2 B 50000 bal 0 used_up (spent 50000 on o2)
	//   b2 apply 200元: v3 B 20000 expired unspent; v4 A 20000 active (10000 spent on o5, refunded)
	// Issued 4 / 140000, spent 80000, expired 1 / 20000, active 2 / 40000.
	act := s.insert("voucher_activities", "act", dbx.Params{"name": "2025年第一批创新服务券", "start_at": at("2025-01-01 00:00"),
		"end_at": at("2025-12-31 00:00"), "listed": true})
	s.insert("voucher_batches", "b1", dbx.Params{"activity": act, "name": "抢券批次", "mode": "grab", "face_value_fen": 50000,
		"quantity": 10, "remaining": 8, "per_enterprise_limit": 1, "created": at("2025-01-05 10:00")})
	s.insert("voucher_batches", "b2", dbx.Params{"activity": act, "name": "申请批次", "mode": "apply", "face_value_fen": 20000,
		"quantity": 5, "remaining": 3, "per_enterprise_limit": 1, "created": at("2025-01-06 10:00")})
	voucher := func(key, batch, owner, status string, face, balance int) {
		s.insert("vouchers", key, dbx.Params{"batch": s.ids[batch], "enterprise": owner, "name": "券" + key, "face_value_fen": face,
			"balance_fen": balance, "status": status, "claim_seq": 1, "created": at("2025-01-08 10:00")})
	}
	voucher("v1", "b1", A, "active", 50000, 20000)
	voucher("v2", "b1", B, "used_up", 50000, 0)
	voucher("v3", "b2", B, "expired", 20000, 20000)
	voucher("v4", "b2", A, "active", 20000, 20000)
	ledger := func(v, o, reason string, delta, after int) {
		s.insert("voucher_ledger", "", dbx.Params{"voucher": s.ids[v], "order": s.ids[o], "reason": reason,
			"delta_fen": delta, "balance_after_fen": after})
	}
	ledger("v1", "o1", "checkout", -30000, 20000)
	ledger("v2", "o2", "checkout", -50000, 0)
	ledger("v4", "o5", "checkout", -10000, 10000)
	ledger("v4", "o5", "cancel_refund", 10000, 20000)
	return s
}
