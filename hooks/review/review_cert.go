package review

import (
	"net/http"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// submitEnterprise: POST /api/smedx/enterprises/{id}/submit. The tenant
// admin sends his draft (or the corrected rejected profile) to the
// operators: cert_status → pending and a certification application at
// stage operator, in one transaction. Completeness of the profile is
// checked by the enterprises OnRecordValidate hook of the forms area when
// cert_status moves to pending, so an incomplete draft is a 400 naming the
// fields and nothing changes.
func submitEnterprise(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	id := e.Request.PathValue("id")
	ent, err := e.App.FindRecordById("enterprises", id)
	if err != nil {
		return platform.Error(http.StatusNotFound, "企业不存在")
	}
	if user.GetString("enterprise") != ent.Id || !user.GetBool("tenant_admin") {
		return platform.Error(http.StatusForbidden, "只有本企业的管理员可以提交认证申请")
	}
	if err := checkCertSubmittable(ent); err != nil {
		return err
	}
	if strings.TrimSpace(ent.GetString("name")) == "" {
		return platform.FieldError("name", "required", "请填写企业名称后再提交认证")
	}

	var application *core.Record
	err = e.App.RunInTransaction(func(tx core.App) error {
		ent, err := tx.FindRecordById("enterprises", id)
		if err != nil {
			return err
		}
		if err := checkCertSubmittable(ent); err != nil {
			return err
		}
		ent.Set("cert_status", "pending")
		ent.Set("cert_comment", "")
		ent.Set("submitted_at", types.NowDateTime())
		if err := tx.Save(ent); err != nil {
			return saveErr("企业信息不完整，请补充后再提交", err)
		}
		application, err = newApplication(tx, "certification", ent.GetString("name")+" 企业认证", ent.Id, user)
		if err != nil {
			return err
		}
		if err := tx.Save(application); err != nil {
			return saveErr("提交失败", err)
		}
		if err := platform.AuditRequest(tx, e, "certification_submit", "enterprises", ent.Id,
			map[string]any{"application": application.Id, "kind": ent.GetString("kind")}); err != nil {
			return err
		}
		return platform.NotifyRole(tx, platform.RoleOperator, platform.Notice{
			Title:   "待审批：" + application.GetString("title"),
			Content: "企业「" + ent.GetString("name") + "」提交了认证申请，请审核。",
			Link:    appLink(application.Id), Kind: platform.KindReviewTodo,
			RefCollection: "applications", RefID: application.Id,
		})
	})
	if err != nil {
		return err
	}
	return e.JSON(200, applicationJSON(application))
}

func checkCertSubmittable(ent *core.Record) error {
	switch ent.GetString("cert_status") {
	case "draft", "rejected":
		return nil
	case "pending":
		return platform.Error(http.StatusBadRequest, "企业认证正在审核中，请勿重复提交")
	case "approved":
		return platform.Error(http.StatusBadRequest, "企业已通过认证，无需再次提交")
	}
	return platform.Error(http.StatusBadRequest, workflow.TransitionError(workflow.MachineCert, ent.GetString("cert_status"), "pending"))
}

// newApplication prepares an applications row at stage operator.
func newApplication(app core.App, appType, title, enterpriseID string, applicant *core.Record) (*core.Record, error) {
	col, err := app.FindCachedCollectionByNameOrId("applications")
	if err != nil {
		return nil, err
	}
	rec := core.NewRecord(col)
	rec.Set("type", appType)
	rec.Set("title", platform.TruncateRunes(strings.TrimSpace(title), 200))
	rec.Set("enterprise", enterpriseID)
	rec.Set("applicant", applicant.Id)
	rec.Set("applicant_name", displayName(applicant))
	rec.Set("stage", "operator")
	rec.Set("status", "pending")
	return rec, nil
}

func displayName(user *core.Record) string {
	if user == nil {
		return ""
	}
	if n := strings.TrimSpace(user.GetString("name")); n != "" {
		return n
	}
	return user.GetString("username")
}

// appLink is the workbench page of an application (notifications, mails).
func appLink(id string) string { return "/workbench/applications/" + id }
