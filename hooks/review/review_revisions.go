package review

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cast"

	"smedx/hooks/catalog"
	"smedx/hooks/platform"
)

// Revisions of listed products: the provider's changes live in
// product_revisions.data until the department approves them; the public
// keeps seeing the approved version. data holds the changed product fields
// plus, when they change, the full lists "specs" and "cases".

// revisionFields are the product fields a revision may change; its specs
// and cases carry specFields and caseFields (all from the one list in
// hooks/platform/platform_writable.go).
var (
	revisionFields = toSet(platform.ProductDataFields)
	specFields     = platform.SpecFields
	caseFields     = platform.CaseDataFields
)

func toSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, k := range list {
		m[k] = true
	}
	return m
}

// saveProductRevision: POST /api/smedx/products/{id}/revision {data}
// saves (creates or replaces) the draft revision of a listed product.
func saveProductRevision(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	p, err := ownProduct(e, user)
	if err != nil {
		return err
	}
	if _, err := platform.RequireCertified(e.App, user, "修改上架商品"); err != nil {
		return err
	}
	var body submitBody
	if err := e.BindBody(&body); err != nil {
		return platform.Error(http.StatusBadRequest, "请求格式不正确")
	}
	if p.GetString("status") != "listed" {
		return platform.Error(http.StatusBadRequest, "只有已上架的商品需要提交变更；其他状态的商品请直接编辑")
	}
	if err := checkRevisionData(body.Data); err != nil {
		return err
	}
	var rev *core.Record
	err = e.App.RunInTransaction(func(tx core.App) error {
		rev, err = upsertDraftRevision(tx, p, user, body.Data)
		if err != nil {
			return err
		}
		return platform.AuditRequest(tx, e, "product_revision_save", "product_revisions", rev.Id, map[string]any{"product": p.Id})
	})
	if err != nil {
		return err
	}
	return e.JSON(200, rev)
}

// submitRevision is submitProduct for a listed product.
func submitRevision(e *core.RequestEvent, user, p *core.Record, data map[string]any) error {
	if data != nil {
		if err := checkRevisionData(data); err != nil {
			return err
		}
	}
	var application *core.Record
	err := e.App.RunInTransaction(func(tx core.App) error {
		p, err := tx.FindRecordById("products", p.Id)
		if err != nil {
			return err
		}
		if p.GetString("status") != "listed" {
			return platform.Error(http.StatusBadRequest, "商品状态已变化，请刷新后重试")
		}
		if p.GetBool("revision_pending") {
			return platform.Error(http.StatusBadRequest, "该商品已有变更申请正在审核中，请勿重复提交")
		}
		var rev *core.Record
		if data != nil {
			rev, err = upsertDraftRevision(tx, p, user, data)
		} else {
			rev, err = tx.FindFirstRecordByFilter("product_revisions", "product = {:p} && status = 'draft'", dbx.Params{"p": p.Id})
			if err != nil {
				return platform.FieldError("data", "revision_missing", "没有待提交的修改内容，请先保存修改")
			}
		}
		if err != nil {
			return err
		}
		// The product as it will be once approved must pass the same
		// checks as a first submission, its specs those of a saved spec
		// (a revision the department could never apply is refused now).
		if err := validateRevisionSpecs(tx, revisionData(rev)); err != nil {
			return err
		}
		merged := p.Clone()
		applyRevisionFields(merged, revisionData(rev))
		if err := catalog.ValidateProductForSubmit(tx, merged); err != nil {
			return saveErr("修改后的商品信息不完整", err)
		}
		rev.Set("status", "pending")
		if err := tx.Save(rev); err != nil {
			return saveErr("提交失败", err)
		}
		p.Set("revision_pending", true)
		if err := tx.Save(p); err != nil {
			return saveErr("提交失败", err)
		}
		application, err = newApplication(tx, "product_publish", productTitle(merged)+"（变更）", p.GetString("enterprise"), user)
		if err != nil {
			return err
		}
		application.Set("product", p.Id)
		application.Set("revision", rev.Id)
		if err := tx.Save(application); err != nil {
			return saveErr("该商品已有待审批的申请", err)
		}
		if err := platform.AuditRequest(tx, e, "product_revision_submit", "products", p.Id,
			map[string]any{"application": application.Id, "revision": rev.Id}); err != nil {
			return err
		}
		return notifyStage(tx, application, p)
	})
	if err != nil {
		return err
	}
	return e.JSON(200, applicationJSON(application))
}

func upsertDraftRevision(tx core.App, p, user *core.Record, data map[string]any) (*core.Record, error) {
	if p.GetBool("revision_pending") {
		return nil, platform.Error(http.StatusBadRequest, "该商品已有变更申请正在审核中，审核结束后才能再次修改")
	}
	rev, err := tx.FindFirstRecordByFilter("product_revisions", "product = {:p} && status = 'draft'", dbx.Params{"p": p.Id})
	if err != nil {
		col, err := tx.FindCachedCollectionByNameOrId("product_revisions")
		if err != nil {
			return nil, err
		}
		rev = core.NewRecord(col)
		rev.Set("product", p.Id)
		rev.Set("status", "draft")
	}
	rev.Set("author", user.Id)
	rev.Set("data", data)
	if err := tx.Save(rev); err != nil {
		return nil, saveErr("保存失败", err)
	}
	return rev, nil
}

func revisionData(rev *core.Record) map[string]any {
	var data map[string]any
	raw, _ := json.Marshal(rev.Get("data"))
	_ = json.Unmarshal(raw, &data)
	return data
}

// checkRevisionData validates the shape of a revision: known fields only,
// specs with a valid purchase mode and pricing (a price for "simple"),
// exactly three cases numbered 1–3.
func checkRevisionData(data map[string]any) error {
	if len(data) == 0 {
		return platform.FieldError("data", "required", "请填写要修改的商品信息")
	}
	errs := validation.Errors{}
	for k := range data {
		if !revisionFields[k] && k != "specs" && k != "cases" {
			errs["data"] = platform.Invalid("unknown_field", "不能通过变更申请修改字段 "+k)
		}
	}
	if v, ok := data["specs"]; ok {
		specs, ok := v.([]any)
		if !ok || len(specs) == 0 {
			errs["specs"] = platform.Invalid("specs_required", "规格（specs）至少需要一项")
		}
		for i, s := range specs {
			m, _ := s.(map[string]any)
			label := fmt.Sprintf("第 %d 个规格", i+1)
			switch {
			case m == nil || cast.ToString(m["name"]) == "":
				errs["specs"] = platform.Invalid("spec_name", label+"请填写规格名称")
			case !oneOf(cast.ToString(m["purchase_mode"]), "year", "month", "quantity"):
				errs["specs"] = platform.Invalid("spec_purchase_mode", label+"的购买方式（purchase_mode）应为 year、month 或 quantity")
			case !oneOf(cast.ToString(m["pricing"]), "free", "simple"):
				errs["specs"] = platform.Invalid("spec_pricing", label+"的计价方式（pricing）应为 free 或 simple")
			case cast.ToString(m["pricing"]) == "simple" && cast.ToInt64(m["price_fen"]) <= 0:
				errs["specs"] = platform.Invalid("spec_price", label+"为简单计价，请填写价格（price_fen）")
			case cast.ToInt64(m["price_fen"]) < 0:
				errs["specs"] = platform.Invalid("spec_price", label+"的价格不能为负数")
			case cast.ToInt64(m["price_fen"]) > catalog.MaxPriceFen:
				errs["specs"] = platform.Invalid("spec_price", label+"的价格不能超过 10 亿元")
			}
		}
	}
	if v, ok := data["cases"]; ok {
		cases, _ := v.([]any)
		seen := map[int]bool{}
		for _, c := range cases {
			m, _ := c.(map[string]any)
			idx := cast.ToInt(m["idx"])
			if idx >= 1 && idx <= 3 {
				seen[idx] = true
			}
		}
		if len(cases) != 3 || len(seen) != 3 {
			errs["cases"] = platform.Invalid("cases_count", "案例（cases）需要恰好 3 个，编号 1-3")
		}
	}
	if len(errs) > 0 {
		return apis.NewBadRequestError("变更内容有误", errs)
	}
	return nil
}

// validateRevisionSpecs runs the model rules of a spec on each spec of a
// revision's data.
func validateRevisionSpecs(app core.App, data map[string]any) error {
	if err := checkRevisionData(data); err != nil {
		return err
	}
	specs, _ := data["specs"].([]any)
	for i, item := range specs {
		m, _ := item.(map[string]any)
		fields := map[string]any{"product": "-", "sort": i}
		for _, f := range specFields {
			if v, ok := m[f]; ok {
				fields[f] = v
			}
		}
		if err := catalog.ValidateSpecData(app, fields); err != nil {
			return platform.FieldError("specs", "spec_invalid", fmt.Sprintf("第 %d 个规格：%s", i+1, err.Error()))
		}
	}
	return nil
}

func oneOf(s string, values ...string) bool {
	for _, v := range values {
		if s == v {
			return true
		}
	}
	return false
}

func applyRevisionFields(p *core.Record, data map[string]any) {
	for k, v := range data {
		if revisionFields[k] {
			p.Set(k, v)
		}
	}
}

// applyRevision makes an approved revision live, inside the decision's
// transaction: product fields, then specs (matched by id: kept rows keep
// their id so orders keep pointing at them; missing ones are deleted) and
// cases (matched by idx, documents kept), then the price range.
func applyRevision(tx core.App, p, rev *core.Record) error {
	data := revisionData(rev)
	applyRevisionFields(p, data)
	if v, ok := data["specs"].([]any); ok {
		existing, err := tx.FindRecordsByFilter("product_specs", "product = {:p}", "sort", 0, 0, dbx.Params{"p": p.Id})
		if err != nil {
			return err
		}
		byID := map[string]*core.Record{}
		for _, s := range existing {
			byID[s.Id] = s
		}
		col, err := tx.FindCachedCollectionByNameOrId("product_specs")
		if err != nil {
			return err
		}
		var prices []int64
		for i, item := range v {
			m, _ := item.(map[string]any)
			rec, ok := byID[cast.ToString(m["id"])]
			if ok {
				delete(byID, rec.Id)
				rec.Set("retired", false)
			} else {
				rec = core.NewRecord(col)
				rec.Set("product", p.Id)
			}
			for _, f := range specFields {
				if val, ok := m[f]; ok {
					rec.Set(f, val)
				}
			}
			if _, ok := m["sort"]; !ok {
				rec.Set("sort", i)
			}
			if rec.GetString("pricing") == "free" {
				rec.Set("price_fen", 0)
			}
			if err := tx.Save(rec); err != nil {
				return err
			}
			prices = append(prices, int64(rec.GetInt("price_fen")))
		}
		// A dropped spec that has orders is retired (not public, not for
		// sale), never deleted: the orders keep pointing at it.
		for _, old := range byID {
			if catalog.SpecHasOrders(tx, old.Id) {
				old.Set("retired", true)
				if err := tx.Save(old); err != nil {
					return err
				}
				continue
			}
			if err := tx.Delete(old); err != nil {
				return err
			}
		}
		sort.Slice(prices, func(i, j int) bool { return prices[i] < prices[j] })
		if len(prices) > 0 {
			p.Set("price_min_fen", prices[0])
			p.Set("price_max_fen", prices[len(prices)-1])
		}
	}
	if v, ok := data["cases"].([]any); ok {
		col, err := tx.FindCachedCollectionByNameOrId("product_cases")
		if err != nil {
			return err
		}
		for _, item := range v {
			m, _ := item.(map[string]any)
			idx := cast.ToInt(m["idx"])
			rec, err := tx.FindFirstRecordByFilter("product_cases", "product = {:p} && idx = {:i}", dbx.Params{"p": p.Id, "i": idx})
			if err != nil {
				rec = core.NewRecord(col)
				rec.Set("product", p.Id)
			}
			for _, f := range caseFields {
				if val, ok := m[f]; ok {
					rec.Set(f, val)
				}
			}
			if err := tx.Save(rec); err != nil {
				return err
			}
		}
	}
	p.Set("revision_pending", false)
	return tx.Save(p)
}
