package review

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/catalog"
	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Product publication from the provider's side: submit (first listing,
// resubmission after delisting, or a revision of a listed product),
// 重新编辑, delisting, and the guards that keep a product under review or
// on sale from changing behind the reviewers' back.

// productSystemFields change only through the workflow (or other areas'
// Go code: ratings, sales), never through the records API.
var productSystemFields = []string{"enterprise", "listed_at", "revision_pending"}

// guardProductRequestUpdate: records API updates of a product. Status moves
// only as the table allows (重新编辑); a pending product is frozen while the
// reviewers look at it; a listed product changes through a revision
// (POST products/{id}/revision + submit) so the live version stays as
// approved until the department approves the change.
func guardProductRequestUpdate(e *core.RecordRequestEvent) error {
	rec, orig := e.Record, e.Record.Original()
	from, to := orig.GetString("status"), rec.GetString("status")
	if !workflow.RequestMayTransition(workflow.MachineProduct, from, to) {
		return platform.FieldError("status", "status_by_workflow", workflow.TransitionError(workflow.MachineProduct, from, to)+"：请通过提交、撤销、下架等操作变更商品状态")
	}
	if e.HasSuperuserAuth() {
		return e.Next()
	}
	for _, f := range productSystemFields {
		if !sameValue(orig.Get(f), rec.Get(f)) {
			return platform.FieldError(f, "field_locked", "不能直接修改该字段")
		}
	}
	if changed := changedFields(rec, orig); len(changed) > 0 {
		switch from {
		case "pending":
			return platform.FieldError(changed[0], "product_under_review", "商品正在审核中，不能修改；如需修改请先撤销申请")
		case "listed":
			return platform.FieldError(changed[0], "product_listed", "已上架商品不能直接修改，请提交变更申请，审核通过后生效")
		}
	}
	return e.Next()
}

// changedFields lists the fields whose value differs (autodates aside).
func changedFields(rec, orig *core.Record) []string {
	var out []string
	for _, f := range rec.Collection().Fields {
		if f.Type() == core.FieldTypeAutodate {
			continue
		}
		if !sameValue(orig.Get(f.GetName()), rec.Get(f.GetName())) {
			out = append(out, f.GetName())
		}
	}
	return out
}

func sameValue(a, b any) bool { return fmt.Sprint(a) == fmt.Sprint(b) }

// Specs and cases of a product under review or on sale are frozen the same
// way (a revision carries their new values).
func guardProductPartCreate(e *core.RecordRequestEvent) error {
	if err := productPartEditable(e, e.Record.GetString("product")); err != nil {
		return err
	}
	return e.Next()
}

func guardProductPartUpdate(e *core.RecordRequestEvent) error {
	if err := productPartEditable(e, e.Record.Original().GetString("product")); err != nil {
		return err
	}
	if e.Record.GetString("product") != e.Record.Original().GetString("product") {
		if err := productPartEditable(e, e.Record.GetString("product")); err != nil {
			return err
		}
	}
	return e.Next()
}

func guardProductPartDelete(e *core.RecordRequestEvent) error {
	if err := productPartEditable(e, e.Record.GetString("product")); err != nil {
		return err
	}
	return e.Next()
}

func productPartEditable(e *core.RecordRequestEvent, productID string) error {
	if e.HasSuperuserAuth() || productID == "" {
		return nil
	}
	p, err := e.App.FindRecordById("products", productID)
	if err != nil {
		return nil // the rules and the relation validator answer
	}
	switch p.GetString("status") {
	case "pending":
		return platform.Error(http.StatusBadRequest, "商品正在审核中，不能修改规格或案例；如需修改请先撤销申请")
	case "listed":
		return platform.Error(http.StatusBadRequest, "已上架商品不能直接修改规格或案例，请提交变更申请，审核通过后生效")
	}
	return nil
}

// ownProduct loads the product of the route and checks that user is a
// provider of its enterprise.
func ownProduct(e *core.RequestEvent, user *core.Record) (*core.Record, error) {
	p, err := e.App.FindRecordById("products", e.Request.PathValue("id"))
	if err != nil {
		return nil, platform.Error(http.StatusNotFound, "商品不存在")
	}
	if !platform.HasRole(user, platform.RoleProvider) || user.GetString("enterprise") == "" || user.GetString("enterprise") != p.GetString("enterprise") {
		if platform.HasRole(user, platform.RoleProvider) && user.GetString("enterprise") != "" {
			return nil, platform.Error(http.StatusForbidden, "只能操作本企业的商品")
		}
		return nil, platform.Error(http.StatusForbidden, "只有服务商可以操作自己的商品")
	}
	return p, nil
}

type submitBody struct {
	Data map[string]any `json:"data"`
}

// submitProduct: POST /api/smedx/products/{id}/submit (provider of a
// certified tenant). draft or delisted → pending with a product_publish
// application at stage operator; for a listed product the pending draft
// revision (or body.data, saved as one) enters the same review while the
// product stays listed.
func submitProduct(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	p, err := ownProduct(e, user)
	if err != nil {
		return err
	}
	if _, err := platform.RequireCertified(e.App, user, "提交商品上架申请"); err != nil {
		return err
	}
	var body submitBody
	if e.Request.ContentLength != 0 {
		if err := e.BindBody(&body); err != nil {
			return platform.Error(http.StatusBadRequest, "请求格式不正确")
		}
	}
	if p.GetString("status") == "listed" {
		return submitRevision(e, user, p, body.Data)
	}
	if err := checkProductSubmittable(p); err != nil {
		return err
	}
	if err := catalog.ValidateProductForSubmit(e.App, p); err != nil {
		return saveErr("商品信息不完整，请补充后再提交", err)
	}

	var application *core.Record
	err = e.App.RunInTransaction(func(tx core.App) error {
		p, err := tx.FindRecordById("products", p.Id)
		if err != nil {
			return err
		}
		if err := checkProductSubmittable(p); err != nil {
			return err
		}
		from := p.GetString("status")
		p.Set("status", "pending")
		if err := tx.Save(p); err != nil {
			return saveErr("提交失败", err)
		}
		application, err = newApplication(tx, "product_publish", productTitle(p), p.GetString("enterprise"), user)
		if err != nil {
			return err
		}
		application.Set("product", p.Id)
		if err := tx.Save(application); err != nil {
			return saveErr("该商品已有待审批的申请", err)
		}
		if err := platform.AuditRequest(tx, e, "product_submit", "products", p.Id,
			map[string]any{"application": application.Id, "from": from}); err != nil {
			return err
		}
		return notifyStage(tx, application, p)
	})
	if err != nil {
		return err
	}
	return e.JSON(200, applicationJSON(application))
}

func checkProductSubmittable(p *core.Record) error {
	switch s := p.GetString("status"); s {
	case "draft", "delisted":
		return nil
	case "pending":
		return platform.Error(http.StatusBadRequest, "商品正在审核中，请勿重复提交")
	case "rejected", "revoked":
		return platform.Error(http.StatusBadRequest, "请先“重新编辑”商品，修改后再提交")
	default:
		return platform.Error(http.StatusBadRequest, workflow.TransitionError(workflow.MachineProduct, s, "pending"))
	}
}

func productTitle(p *core.Record) string {
	if n := strings.TrimSpace(p.GetString("name")); n != "" {
		return n
	}
	return "未命名商品"
}

// reeditProduct: POST /api/smedx/products/{id}/reedit (重新编辑) rejected or
// revoked → draft. The records API may make the same move
// (PATCH {status:"draft"}); the route adds the audit trail.
func reeditProduct(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	p, err := ownProduct(e, user)
	if err != nil {
		return err
	}
	err = e.App.RunInTransaction(func(tx core.App) error {
		p, err = tx.FindRecordById("products", p.Id)
		if err != nil {
			return err
		}
		from := p.GetString("status")
		if from != "rejected" && from != "revoked" {
			return platform.Error(http.StatusBadRequest, "只有已驳回或已撤销的商品可以重新编辑")
		}
		p.Set("status", "draft")
		if err := tx.Save(p); err != nil {
			return saveErr("操作失败", err)
		}
		return platform.AuditRequest(tx, e, "product_reedit", "products", p.Id, map[string]any{"from": from})
	})
	if err != nil {
		return err
	}
	return e.JSON(200, map[string]any{"id": p.Id, "status": p.GetString("status")})
}

// delistProduct: POST /api/smedx/products/{id}/delist (a provider of the
// owning tenant, or an operator): listed → delisted.
func delistProduct(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	var p *core.Record
	if platform.HasRole(user, platform.RoleOperator) {
		if p, err = e.App.FindRecordById("products", e.Request.PathValue("id")); err != nil {
			return platform.Error(http.StatusNotFound, "商品不存在")
		}
	} else if p, err = ownProduct(e, user); err != nil {
		return err
	}
	err = e.App.RunInTransaction(func(tx core.App) error {
		p, err = tx.FindRecordById("products", p.Id)
		if err != nil {
			return err
		}
		if p.GetString("status") != "listed" {
			return platform.Error(http.StatusBadRequest, "只有已上架的商品可以下架")
		}
		if p.GetBool("revision_pending") {
			return platform.Error(http.StatusBadRequest, "该商品有变更申请正在审核中，请先撤销变更申请再下架")
		}
		p.Set("status", "delisted")
		if err := tx.Save(p); err != nil {
			return saveErr("下架失败", err)
		}
		if err := platform.AuditRequest(tx, e, "product_delist", "products", p.Id,
			map[string]any{"by_operator": platform.HasRole(user, platform.RoleOperator)}); err != nil {
			return err
		}
		if !platform.HasRole(user, platform.RoleOperator) {
			return nil
		}
		// The provider learns of a delisting by the platform.
		var admins []string
		if err := tx.DB().Select("id").From("users").Where(dbx.HashExp{"enterprise": p.GetString("enterprise"), "tenant_admin": true}).Column(&admins); err != nil {
			return err
		}
		for _, id := range admins {
			if err := platform.NotifyWith(tx, platform.Notice{User: id, Title: "商品「" + productTitle(p) + "」已被平台下架",
				Content: "如有疑问请联系平台运营人员。", Link: "/workbench", Kind: platform.KindNotice,
				RefCollection: "products", RefID: p.Id}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return e.JSON(200, map[string]any{"id": p.Id, "status": p.GetString("status")})
}

// notifyStage tells the reviewers of the application's current stage that
// it waits for them.
func notifyStage(app core.App, application, subject *core.Record) error {
	n := platform.Notice{
		Title:   "待审批：" + application.GetString("title"),
		Content: workflow.TypeLabel(application.GetString("type")) + "申请「" + application.GetString("title") + "」已进入" + workflow.StageLabel(application.GetString("stage")) + "环节，请审批。",
		Link:    appLink(application.Id), Kind: platform.KindReviewTodo,
		RefCollection: "applications", RefID: application.Id,
	}
	switch application.GetString("stage") {
	case "operator":
		return platform.NotifyRole(app, platform.RoleOperator, n)
	case "department":
		return platform.NotifyRole(app, platform.RoleDepartment, n)
	case "expert":
		for _, id := range application.GetStringSlice("experts") {
			n.User = id
			if err := platform.NotifyWith(app, n); err != nil {
				return err
			}
		}
	}
	return nil
}
