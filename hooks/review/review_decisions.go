package review

import (
	"errors"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Decisions on applications: approve / reject by the reviewer of the
// current stage, revoke by the applicant. Each decision is one transaction:
// the review_records row, the application's new state, the subject's new
// state (enterprise, product, revision), the audit_logs row and the
// notifications. Two reviewers deciding the same stage at once: the
// conditional UPDATE below lets exactly one through (the unique index
// application+stage+reviewer backs up an expert's double click).

type decisionBody struct {
	Comment string   `json:"comment"`
	Experts []string `json:"experts"`
}

func decide(e *core.RequestEvent, decision string) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	var body decisionBody
	if e.Request.ContentLength != 0 {
		if err := e.BindBody(&body); err != nil {
			return platform.Error(http.StatusBadRequest, "请求格式不正确")
		}
	}
	body.Comment = strings.TrimSpace(body.Comment)
	if decision == "reject" && body.Comment == "" {
		return platform.FieldError("comment", "required", "驳回时请填写审批意见（comment）")
	}
	if utf8.RuneCountInString(body.Comment) > 1000 {
		return platform.FieldError("comment", "too_long", "审批意见（comment）不能超过 1000 字")
	}
	id := e.Request.PathValue("id")
	a, err := e.App.FindRecordById("applications", id)
	if err != nil {
		return platform.Error(http.StatusNotFound, "申请不存在")
	}
	// The menu of the application's kind: 认证审核 or 商品初审/终审.
	if err := menus.Check(user, menus.ApplicationMenu(a.GetString("type"))); err != nil {
		return err
	}
	if err := checkDecider(e.App, user, a); err != nil {
		return err
	}
	stage := a.GetString("stage")
	assigning := decision == "approve" && a.GetString("type") == "product_publish" && stage == "operator"
	var experts []string
	if assigning {
		if experts, err = validateExperts(e.App, body.Experts, a.GetString("enterprise")); err != nil {
			return err
		}
	} else if len(body.Experts) > 0 {
		return platform.FieldError("experts", "not_assignable", "只有运营初审通过商品发布申请时可以指派评审专家")
	}

	err = e.App.RunInTransaction(func(tx core.App) error {
		a, err := tx.FindRecordById("applications", id)
		if err != nil {
			return err
		}
		if a.GetString("status") != "pending" || a.GetString("stage") != stage {
			return platform.Conflict("该申请的" + workflow.StageLabel(stage) + "环节已有审批结果，请刷新后查看")
		}
		if err := checkDecider(tx, user, a); err != nil {
			return err
		}
		// Claim the stage: of two concurrent deciders only one sees the
		// row still pending at this stage. (Writes are serialised on one
		// connection, so this also holds across processes sharing the db.)
		res, err := tx.DB().NewQuery("UPDATE applications SET updated = {:now} WHERE id = {:id} AND status = 'pending' AND stage = {:stage}").
			Bind(dbx.Params{"id": a.Id, "stage": stage, "now": platform.NowDate().String()}).Execute()
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return platform.Conflict("该申请的" + workflow.StageLabel(stage) + "环节已有审批结果，请刷新后查看")
		}
		if err := saveReviewRecord(tx, a, user, stage, decision, body.Comment); err != nil {
			return err
		}
		outcome, err := applyDecision(tx, a, user, decision, body.Comment, experts)
		if err != nil {
			return err
		}
		if err := platform.AuditRequest(tx, e, "application_"+decision, "applications", a.Id, map[string]any{
			"type": a.GetString("type"), "stage": stage, "comment": body.Comment, "experts": experts,
			"outcome": outcome, "product": a.GetString("product"), "revision": a.GetString("revision"),
		}); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		return err
	}
	return respondApplication(e, id)
}

// checkDecider: is user the reviewer of a's current stage?
func checkDecider(app core.App, user, a *core.Record) error {
	if a.GetString("status") != "pending" {
		return platform.Conflict("该申请已" + workflow.StatusLabel(a.GetString("status")) + "，不能再审批")
	}
	if a.GetString("applicant") == user.Id {
		return platform.Error(http.StatusForbidden, "不能审批自己提交的申请")
	}
	if ent := user.GetString("enterprise"); ent != "" && ent == a.GetString("enterprise") {
		return platform.Error(http.StatusForbidden, "不能审批本企业的申请")
	}
	switch stage := a.GetString("stage"); stage {
	case "operator":
		if !platform.HasRole(user, platform.RoleOperator) {
			return platform.Error(http.StatusForbidden, "当前为运营初审环节，只有运营人员可以审批")
		}
	case "department":
		if !platform.HasRole(user, platform.RoleDepartment) {
			return platform.Error(http.StatusForbidden, "当前为工信厅终审环节，只有工信厅人员可以审批")
		}
	case "expert":
		if !user.GetBool("is_expert") || !platform.ContainsString(a.GetStringSlice("experts"), user.Id) {
			return platform.Error(http.StatusForbidden, "当前为专家评审环节，只有被指派的评审专家可以审批")
		}
		var n int
		err := app.DB().Select("count(*)").From("review_records").
			Where(dbx.HashExp{"application": a.Id, "stage": "expert", "reviewer": user.Id}).Row(&n)
		if err != nil {
			return err
		}
		if n > 0 {
			return platform.Conflict("您已评审过该申请，不能重复评审")
		}
	default:
		return platform.Conflict("该申请当前不在审批中")
	}
	return nil
}

// validateExperts checks the operator's choice of reviewers: 1–5 distinct
// users, each an expert (users.is_expert and an active experts row) and
// none of the applying enterprise (conflict of interest).
func validateExperts(app core.App, ids []string, applicantEnterprise string) ([]string, error) {
	var list []string
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if id != "" && !platform.ContainsString(list, id) {
			list = append(list, id)
		}
	}
	bad := func(code, msg string) ([]string, error) {
		return nil, platform.FieldError("experts", code, msg)
	}
	if len(list) < 1 || len(list) > 5 {
		return bad("experts_count", "请指派 1-5 名评审专家（experts）")
	}
	for _, id := range list {
		u, err := app.FindRecordById("users", id)
		if err != nil {
			return bad("expert_not_found", "评审专家（experts）中有不存在的用户")
		}
		name := displayName(u)
		profile, err := app.FindFirstRecordByFilter("experts", "user = {:u} && active = true", dbx.Params{"u": id})
		if !u.GetBool("is_expert") || err != nil {
			return bad("not_expert", "「"+name+"」不是平台专家，不能指派为评审专家（experts）")
		}
		if u.GetString("enterprise") == applicantEnterprise || profile.GetString("enterprise") == applicantEnterprise {
			return bad("conflict_of_interest", "「"+name+"」与申请企业同属一家企业，需回避，不能指派为评审专家（experts）")
		}
	}
	return list, nil
}

func saveReviewRecord(tx core.App, a, user *core.Record, stage, decision, comment string) error {
	col, err := tx.FindCachedCollectionByNameOrId("review_records")
	if err != nil {
		return err
	}
	rec := core.NewRecord(col)
	rec.Set("application", a.Id)
	rec.Set("stage", stage)
	rec.Set("reviewer", user.Id)
	rec.Set("reviewer_name", displayName(user))
	rec.Set("decision", decision)
	rec.Set("comment", comment)
	if err := tx.Save(rec); err != nil {
		var verrs validation.Errors
		if errors.As(err, &verrs) {
			return platform.Conflict("您已审批过该环节，不能重复审批")
		}
		return err
	}
	return nil
}

// applyDecision moves the application and its subject; it returns a short
// description of what happened (for the audit trail).
func applyDecision(tx core.App, a, user *core.Record, decision, comment string, experts []string) (string, error) {
	stage := a.GetString("stage")
	title := a.GetString("title")
	decided := func(status string) {
		a.Set("status", status)
		a.Set("comment", comment)
		a.Set("decided_at", platform.NowDate())
	}
	tell := func(msg string) error {
		content := msg
		if comment != "" {
			content += "审批意见：" + comment
		}
		return platform.NotifyWith(tx, platform.Notice{
			User: a.GetString("applicant"), Title: "申请「" + title + "」" + msg, Content: content,
			Link: appLink(a.Id), Kind: platform.KindReviewDecision, RefCollection: "applications", RefID: a.Id,
		})
	}

	if decision == "reject" {
		decided("rejected")
		if err := tx.Save(a); err != nil {
			return "", err
		}
		if err := setSubjectState(tx, a, "rejected", comment); err != nil {
			return "", err
		}
		return "rejected", tell(workflow.StageLabel(stage) + "未通过。")
	}

	if a.GetString("type") == "certification" {
		a.Set("stage", "done")
		decided("approved")
		if err := tx.Save(a); err != nil {
			return "", err
		}
		if err := setSubjectState(tx, a, "approved", comment); err != nil {
			return "", err
		}
		return "approved", tell("已审批通过，企业认证完成。")
	}

	switch stage {
	case "operator":
		a.Set("experts", experts)
		a.Set("stage", "expert")
		if err := tx.Save(a); err != nil {
			return "", err
		}
		if err := notifyStage(tx, a, nil); err != nil {
			return "", err
		}
		return "to_expert", tell("运营初审已通过，进入专家评审。")
	case "expert":
		var approvals []string
		err := tx.DB().Select("reviewer").From("review_records").
			Where(dbx.HashExp{"application": a.Id, "stage": "expert", "decision": "approve"}).Column(&approvals)
		if err != nil {
			return "", err
		}
		for _, id := range a.GetStringSlice("experts") {
			if !platform.ContainsString(approvals, id) {
				// Others still to decide: the record is the decision.
				return "expert_approved", tell("已有专家评审通过，等待其他专家评审。")
			}
		}
		a.Set("stage", "department")
		if err := tx.Save(a); err != nil {
			return "", err
		}
		if err := notifyStage(tx, a, nil); err != nil {
			return "", err
		}
		return "to_department", tell("专家评审已通过，进入工信厅终审。")
	case "department":
		a.Set("stage", "done")
		decided("approved")
		if err := tx.Save(a); err != nil {
			return "", err
		}
		if err := setSubjectState(tx, a, "approved", comment); err != nil {
			return "", err
		}
		if a.GetString("revision") != "" {
			return "revision_applied", tell("工信厅终审通过，商品变更已生效。")
		}
		return "listed", tell("工信厅终审通过，商品已上架。")
	}
	return "", platform.Conflict("该申请当前不在审批中")
}

// setSubjectState carries an application's end (approved, rejected,
// revoked) over to its subject.
func setSubjectState(tx core.App, a *core.Record, end, comment string) error {
	if a.GetString("type") == "certification" {
		ent, err := tx.FindRecordById("enterprises", a.GetString("enterprise"))
		if err != nil {
			return err
		}
		switch end {
		case "approved":
			ent.Set("cert_status", "approved")
			ent.Set("certified_at", platform.NowDate())
		case "rejected":
			ent.Set("cert_status", "rejected")
		case "revoked":
			ent.Set("cert_status", "draft")
		}
		ent.Set("cert_comment", comment)
		return saveErr("保存企业认证状态失败", tx.Save(ent))
	}
	p, err := tx.FindRecordById("products", a.GetString("product"))
	if err != nil {
		return err
	}
	if revID := a.GetString("revision"); revID != "" {
		rev, err := tx.FindRecordById("product_revisions", revID)
		if err != nil {
			return err
		}
		rev.Set("status", end)
		if err := tx.Save(rev); err != nil {
			return err
		}
		if end == "approved" {
			return saveErr("应用商品变更失败", applyRevision(tx, p, rev))
		}
		p.Set("revision_pending", false)
		return tx.Save(p)
	}
	switch end {
	case "approved":
		p.Set("status", "listed")
		p.Set("listed_at", platform.NowDate())
	default:
		p.Set("status", end) // rejected | revoked
	}
	return saveErr("保存商品状态失败", tx.Save(p))
}

// respondApplication answers a decision or revocation with the
// application as it now stands.
func respondApplication(e *core.RequestEvent, id string) error {
	fresh, err := e.App.FindRecordById("applications", id)
	if err != nil {
		return err
	}
	return e.JSON(200, applicationJSON(fresh))
}
