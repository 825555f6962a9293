package demo

import (
	"fmt"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// vouchers publishes one activity open now (an apply batch and a grab
// batch) and one finished activity, and gives the certified enterprises the
// vouchers they claimed.
func (s *seeder) vouchers() error {
	open, err := s.new("voucher_activities", map[string]any{
		"name": "2026年度中小企业数字化转型创新服务券", "listed": true,
		"description": "面向已认证中小企业发放，可用于购买平台上架的数字化转型解决方案与服务。",
		"start_at":    s.at(-7 * day), "end_at": s.at(60 * day),
	})
	if err != nil {
		return err
	}
	past, err := s.new("voucher_activities", map[string]any{
		"name": "2025年第四季度创新服务券", "listed": true,
		"description": "已结束的上期活动。",
		"start_at":    s.at(-150 * day), "end_at": s.at(-60 * day),
	})
	if err != nil {
		return err
	}
	diagnosis, err := s.productIDsOfType("diagnosis")
	if err != nil {
		return err
	}
	batches := []struct {
		key      string
		activity *core.Record
		data     map[string]any
	}{
		{"apply", open, map[string]any{"name": "创新服务券（申请类）1万元", "mode": "apply", "face_value_fen": yuan(10000),
			"quantity": 200, "per_enterprise_limit": 1, "valid_days": 180, "max_ratio": 0.5,
			"description": "单笔订单最多抵扣订单金额的50%。"}},
		{"grab", open, map[string]any{"name": "限时抢券：数字化诊断专享券2000元", "mode": "grab", "face_value_fen": yuan(2000),
			"quantity": 50, "per_enterprise_limit": 1, "valid_from": s.at(-7 * day), "valid_to": s.at(120 * day),
			// Scoped to the diagnosis products themselves: no solution
			// category means 数字化诊断 (management would admit ERP too).
			"description": "限购买数字化诊断服务类商品。", "scope_products": diagnosis}},
		{"past", past, map[string]any{"name": "上期服务券5000元", "mode": "apply", "face_value_fen": yuan(5000),
			"quantity": 100, "per_enterprise_limit": 1, "valid_from": s.at(-150 * day), "valid_to": s.at(-30 * day)}},
	}
	s.batches = map[string]*core.Record{}
	for _, b := range batches {
		b.data["activity"] = b.activity.Id
		b.data["remaining"] = b.data["quantity"]
		b.data["billing_mode"] = "单独计价"
		rec, err := s.new("voucher_batches", b.data)
		if err != nil {
			return err
		}
		s.batches[b.key] = rec
	}

	s.vouchersByKey = map[string]*core.Record{}
	claims := []struct{ key, batch, tenant, holder, status string }{
		{"A1", "apply", "enterpriseA", "demo_enterprise", "active"},
		{"A2", "grab", "enterpriseA", "demo_enterprise", "active"},
		{"B1", "apply", "enterpriseB", "demo_enterprise2", "active"},
		{"B0", "past", "enterpriseB", "demo_enterprise2", "expired"},
	}
	for _, c := range claims {
		b := s.batches[c.batch]
		from, to := b.GetDateTime("valid_from"), b.GetDateTime("valid_to")
		if days := b.GetInt("valid_days"); days > 0 {
			from, to = s.at(-5*day), s.at(time.Duration(days)*day-5*day)
		}
		v, err := s.new("vouchers", map[string]any{
			"batch": b.Id, "enterprise": s.ents[c.tenant].Id, "holder": s.users[c.holder].Id,
			"name": b.GetString("name"), "face_value_fen": b.GetInt("face_value_fen"),
			"balance_fen": b.GetInt("face_value_fen"), "valid_from": from, "valid_to": to,
			"status": c.status, "billing_mode": "单独计价", "claim_seq": 1,
		})
		if err != nil {
			return err
		}
		s.vouchersByKey[c.key] = v
		if _, err := s.app.DB().NewQuery("UPDATE voucher_batches SET remaining = remaining - 1 WHERE id = {:id}").
			Bind(map[string]any{"id": b.Id}).Execute(); err != nil {
			return err
		}
	}
	return nil
}

// demoOrder is an order and how far it got.
type demoOrder struct {
	buyer, product, spec string // tenant key, product key, spec name
	qty                  int
	voucher              string // voucher key or ""
	deductYuan           int
	status               string
	rating               int
	comment              string
	ago                  time.Duration
}

var demoOrders = []demoOrder{
	{"enterpriseA", "mes", "标准版（50用户）", 1, "A1", 6000, "completed", 5, "系统上线快，实施团队专业，车间报工效率明显提升。", 30 * day},
	{"enterpriseA", "pdm", "设备接入（按台）", 5, "", 0, "delivered", 0, "", 20 * day},
	{"enterpriseA", "platform", "平台接入（按月）", 3, "A1", 3000, "paid", 0, "", 12 * day},
	{"enterpriseA", "mes", "旗舰版（不限用户）", 1, "", 0, "pending_payment", 0, "", 2 * day},
	{"enterpriseA", "diag", "现场诊断（每次）", 1, "A2", 2000, "cancelled", 0, "", 8 * day},
	{"enterpriseB", "diag", "现场诊断（每次）", 1, "B1", 1500, "completed", 4, "诊断报告很有针对性，路线图清晰可落地。", 25 * day},
	{"enterpriseB", "platform", "平台接入（按月）", 12, "B1", 8500, "completed", 4, "平台稳定，数据看板实用，希望增加更多行业模板。", 18 * day},
}

// orders creates orders in every status with their payments, voucher
// ledger rows (face - balance = sum of ledger deltas) and ratings.
func (s *seeder) orders() error {
	products := map[string]*core.Record{}
	for _, p := range demoProducts {
		rec, err := s.app.FindFirstRecordByData("products", "name", p.name)
		if err != nil {
			return err
		}
		products[p.key] = rec
	}
	op := s.users["demo_operator"]
	for _, o := range demoOrders {
		product := products[o.product]
		spec, err := s.app.FindFirstRecordByFilter("product_specs", "product = {:p} && name = {:n}",
			map[string]any{"p": product.Id, "n": o.spec})
		if err != nil {
			return fmt.Errorf("demo order spec %s: %w", o.spec, err)
		}
		buyer := s.users[map[string]string{"enterpriseA": "demo_enterprise", "enterpriseB": "demo_enterprise2"}[o.buyer]]
		total := spec.GetInt("price_fen") * o.qty
		deduction := yuan(o.deductYuan)
		payable := total - deduction
		data := map[string]any{
			"order_no": s.orderNo(-o.ago), "order_type": "商品新订购",
			"buyer_enterprise": s.ents[o.buyer].Id, "buyer": buyer.Id, "buyer_name": s.ents[o.buyer].GetString("name"),
			"provider_enterprise": product.GetString("enterprise"), "product": product.Id, "spec": spec.Id,
			"product_name": product.GetString("name"), "product_type": product.GetString("type"),
			"spec_name": spec.GetString("name"), "purchase_mode": spec.GetString("purchase_mode"),
			"unit_price_fen": spec.GetInt("price_fen"), "quantity": o.qty,
			"total_fen": total, "deduction_fen": deduction, "payable_fen": payable,
			"pay_status": "unpaid", "status": o.status,
		}
		if o.voucher != "" {
			data["vouchers"] = []string{s.vouchersByKey[o.voucher].Id}
		}
		paid := o.status == "paid" || o.status == "delivered" || o.status == "completed"
		if paid {
			data["pay_status"], data["paid_fen"], data["paid_at"] = "paid", payable, s.at(-o.ago+day)
			if payable == 0 {
				data["pay_status"] = "none"
			}
		}
		if o.status == "delivered" || o.status == "completed" {
			data["delivered_at"] = s.at(-o.ago + 3*day)
		}
		if o.status == "completed" {
			data["completed_at"] = s.at(-o.ago + 5*day)
			data["rated"] = o.rating > 0
		}
		if o.status == "cancelled" {
			data["cancelled_at"], data["cancel_reason"] = s.at(-o.ago+day), "采购计划调整，取消订单。"
		}
		order, err := s.new("orders", data)
		if err != nil {
			return err
		}
		if err := s.setCreated(order, -o.ago); err != nil {
			return err
		}
		if o.voucher != "" {
			if err := s.spend(s.vouchersByKey[o.voucher], order, deduction, o.status == "cancelled"); err != nil {
				return err
			}
		}
		if payable > 0 && o.status != "cancelled" {
			pay := map[string]any{"order": order.Id, "method": "offline", "amount_fen": payable, "status": "pending",
				"payer_account": buyer.GetString("name") + " 对公账户", "reference": fmt.Sprintf("HD%s", order.GetString("order_no")[8:])}
			if paid {
				pay["status"], pay["confirmed_by"], pay["confirmed_at"] = "confirmed", op.Id, s.at(-o.ago+day)
			}
			if _, err := s.new("payments", pay); err != nil {
				return err
			}
		}
		if o.status == "completed" {
			product.Set("sales_count", product.GetInt("sales_count")+1)
		}
		if o.rating > 0 {
			if _, err := s.new("reviews", map[string]any{
				"order": order.Id, "product": product.Id, "enterprise": s.ents[o.buyer].Id,
				"provider_enterprise": product.GetString("enterprise"), "user": buyer.Id,
				"customer_name": buyer.GetString("name"), "rating": o.rating, "content": o.comment,
			}); err != nil {
				return err
			}
			n := product.GetInt("rating_count")
			avg := (product.GetFloat("rating_avg")*float64(n) + float64(o.rating)) / float64(n+1)
			product.Set("rating_count", n+1)
			product.Set("rating_avg", avg)
		}
		if err := s.app.Save(product); err != nil {
			return err
		}
	}
	return nil
}

// spend deducts amount from voucher for order with a ledger row, and gives
// it back with another when the order was cancelled.
func (s *seeder) spend(voucher, order *core.Record, amount int, refunded bool) error {
	balance := voucher.GetInt("balance_fen") - amount
	if _, err := s.new("voucher_ledger", map[string]any{
		"voucher": voucher.Id, "order": order.Id, "delta_fen": -amount, "reason": "checkout", "balance_after_fen": balance,
	}); err != nil {
		return err
	}
	if refunded {
		balance += amount
		if _, err := s.new("voucher_ledger", map[string]any{
			"voucher": voucher.Id, "order": order.Id, "delta_fen": amount, "reason": "cancel_refund", "balance_after_fen": balance,
		}); err != nil {
			return err
		}
	}
	voucher.Set("balance_fen", balance)
	if balance == 0 {
		voucher.Set("status", "used_up")
	}
	return s.app.Save(voucher)
}

// productIDsOfType lists the demo products of a products.type (a batch's
// scope_products), so a voucher meant for one kind of service pays only
// for that kind.
func (s *seeder) productIDsOfType(typ string) ([]string, error) {
	recs, err := s.app.FindAllRecords("products", dbx.HashExp{"type": typ})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		// An empty scope would admit every product.
		return nil, fmt.Errorf("demo: no products of type %s", typ)
	}
	ids := make([]string, 0, len(recs))
	for _, r := range recs {
		ids = append(ids, r.Id)
	}
	return ids, nil
}
