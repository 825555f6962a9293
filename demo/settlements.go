package demo

import (
	"fmt"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"smedx/hooks/workflow"
)

// settlements gives the activities their budgets and settlement deadlines
// and walks three settlement requests (兑付) through the workflow at model
// level, so the hooks check them like any other save: provider A's MES
// order is paid, its diagnosis order for 潍坊丰源 waits for the operator,
// provider B's platform order was rejected for a wrong invoice. Provider A
// also gets one more completed voucher order that it has not asked to be
// paid for yet (the 可兑付订单 of 兑付管理).
func (s *seeder) settlements() error {
	open, err := s.app.FindFirstRecordByData("voucher_activities", "name", "2026年度中小企业数字化转型创新服务券")
	if err != nil {
		return err
	}
	past, err := s.app.FindFirstRecordByData("voucher_activities", "name", "2025年第四季度创新服务券")
	if err != nil {
		return err
	}
	// Budgets cover what the batches commit (open: 200 × 1万 + 50 × 2000 =
	// 210万元); providers ask within 90 days of the end; the past activity's
	// deadline is over.
	open.Set("budget_fen", yuan(3000000))
	open.Set("settle_deadline", open.GetDateTime("end_at").Add(90*day))
	past.Set("budget_fen", yuan(500000))
	past.Set("settle_deadline", s.at(-10*day))
	for _, a := range []*core.Record{open, past} {
		if err := s.app.Save(a); err != nil {
			return fmt.Errorf("demo activity budget: %w", err)
		}
	}

	if err := s.eligibleOrder(); err != nil {
		return err
	}

	find := func(product, buyer string) (*core.Record, error) {
		return s.app.FindFirstRecordByFilter("orders", "product_name = {:p} && buyer_enterprise = {:b} && status = 'completed' && deduction_fen > 0",
			map[string]any{"p": product, "b": s.ents[buyer].Id})
	}
	op, dept := s.users["demo_operator"], s.users["demo_department"]
	steps := []struct {
		product, buyer, applicant string
		ago                       time.Duration
		moves                     []settleMove
	}{
		{"智造云MES生产执行管理系统", "enterpriseA", "demo_provider", 20 * day, []settleMove{
			{"submit", "pending", "operator", nil, ""},
			{"approve", "pending", "department", op, "发票与验收材料齐全，同意兑付。"},
			{"approve", "approved", "done", dept, "同意。"},
			{"pay", "paid", "done", op, ""},
		}},
		{"中小企业数字化转型诊断服务", "enterpriseB", "demo_provider", 3 * day, []settleMove{
			{"submit", "pending", "operator", nil, ""},
		}},
		{"海数工业互联网平台接入服务", "enterpriseB", "demo_provider2", 10 * day, []settleMove{
			{"submit", "pending", "operator", nil, ""},
			{"reject", "rejected", "operator", op, "发票金额与申请兑付金额不一致，请重新开具发票后提交。"},
		}},
	}
	col, err := s.app.FindCachedCollectionByNameOrId("settlements")
	if err != nil {
		return err
	}
	for i, st := range steps {
		order, err := find(st.product, st.buyer)
		if err != nil {
			return fmt.Errorf("demo settlement order %s: %w", st.product, err)
		}
		applicant := s.users[st.applicant]
		rec := core.NewRecord(col)
		invoice, err := caseDocument(fmt.Sprintf("fapiao-%d", i+1))
		if err != nil {
			return err
		}
		acceptance, err := caseDocument(fmt.Sprintf("yanshou-%d", i+1))
		if err != nil {
			return err
		}
		rec.Load(map[string]any{
			"provider_enterprise": order.GetString("provider_enterprise"), "activity": open.Id, "applicant": applicant.Id,
			"orders": []string{order.Id}, "amount_fen": order.GetInt("deduction_fen"), "status": "draft", "stage": "operator",
			"invoice_no": fmt.Sprintf("2637%08d", 1200+i), "remark": "订单已验收，申请兑付服务券抵扣款。",
			"invoice": invoice, "documents": []*filesystem.File{acceptance},
		})
		hist := []map[string]any{historyLine("create", applicant, "", "draft/operator", rec, s.at(-st.ago))}
		rec.Set("history", hist)
		if err := s.app.Save(rec); err != nil {
			return fmt.Errorf("demo settlement %s: %w", st.product, err)
		}
		at := -st.ago + day
		for _, m := range st.moves {
			actor := m.actor
			if actor == nil {
				actor = applicant
			}
			rec.Set("status", m.status)
			rec.Set("stage", m.stage)
			switch m.action {
			case "submit":
				rec.Set("submitted_at", s.at(at))
				rec.Set("first_submitted_at", s.at(at))
			case "reject":
				rec.Set("comment", m.comment)
			case "pay":
				rec.Set("payout_ref", fmt.Sprintf("GK%s%04d", s.now.Add(at).Format("20060102"), 17+i))
				rec.Set("paid_at", s.at(at))
			}
			hist = append(hist, historyLine(m.action, actor, m.comment, m.status+"/"+m.stage, rec, s.at(at)))
			rec.Set("history", hist)
			if err := s.app.Save(rec); err != nil {
				return fmt.Errorf("demo settlement %s %s: %w", st.product, m.action, err)
			}
			at += 2 * day
		}
		if err := s.setCreated(rec, -st.ago); err != nil {
			return err
		}
	}
	return nil
}

// settleMove is one step of a demo request (actor nil: the applicant).
type settleMove struct {
	action, status, stage string
	actor                 *core.Record
	comment               string
}

// historyLine is a line of settlements.history as the routes write it.
func historyLine(action string, actor *core.Record, comment, to string, rec *core.Record, at fmt.Stringer) map[string]any {
	return map[string]any{
		"at": at.String(), "action": action, "actor": actor.Id, "actor_name": actor.GetString("name"),
		"role": actor.GetString("role"), "comment": comment, "to": to, "to_label": workflow.StateLabel(workflow.MachineSettlement, to),
		"amount_fen": rec.GetInt("amount_fen"),
	}
}

// eligibleOrder: 济南华鲁 bought a second diagnosis from provider A with its
// 2000元 grab voucher (given back when its earlier order was cancelled),
// paid the rest offline and accepted it.
func (s *seeder) eligibleOrder() error {
	product, err := s.app.FindFirstRecordByData("products", "name", "中小企业数字化转型诊断服务")
	if err != nil {
		return err
	}
	spec, err := s.app.FindFirstRecordByFilter("product_specs", "product = {:p}", map[string]any{"p": product.Id})
	if err != nil {
		return err
	}
	buyer, voucher := s.users["demo_enterprise"], s.vouchersByKey["A2"]
	ago := 9 * day
	total, deduction := spec.GetInt("price_fen"), voucher.GetInt("balance_fen")
	order, err := s.new("orders", map[string]any{
		"order_no": s.orderNo(-ago), "order_type": "商品新订购",
		"buyer_enterprise": s.ents["enterpriseA"].Id, "buyer": buyer.Id, "buyer_name": s.ents["enterpriseA"].GetString("name"),
		"provider_enterprise": product.GetString("enterprise"), "product": product.Id, "spec": spec.Id,
		"product_name": product.GetString("name"), "product_type": product.GetString("type"),
		"spec_name": spec.GetString("name"), "purchase_mode": spec.GetString("purchase_mode"),
		"unit_price_fen": total, "quantity": 1, "total_fen": total, "deduction_fen": deduction, "payable_fen": total - deduction,
		"pay_status": "paid", "paid_fen": total - deduction, "status": "completed", "vouchers": []string{voucher.Id},
		"paid_at": s.at(-ago + day), "delivered_at": s.at(-ago + 3*day), "completed_at": s.at(-ago + 5*day),
	})
	if err != nil {
		return err
	}
	if err := s.setCreated(order, -ago); err != nil {
		return err
	}
	if err := s.spend(voucher, order, deduction, false); err != nil {
		return err
	}
	_, err = s.new("payments", map[string]any{"order": order.Id, "method": "offline", "amount_fen": total - deduction,
		"status": "confirmed", "confirmed_by": s.users["demo_operator"].Id, "confirmed_at": s.at(-ago + day),
		"payer_account": buyer.GetString("name") + " 对公账户", "reference": "HD" + order.GetString("order_no")[8:]})
	return err
}
