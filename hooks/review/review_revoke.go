package review

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// revokeApplication: POST /api/smedx/applications/{id}/revoke (撤销) by the
// applicant or his tenant admin while the application is pending.
func revokeApplication(e *core.RequestEvent) error {
	user, err := platform.AuthUser(e)
	if err != nil {
		return err
	}
	id := e.Request.PathValue("id")
	a, err := e.App.FindRecordById("applications", id)
	if err != nil {
		return platform.Error(http.StatusNotFound, "申请不存在")
	}
	mayRevoke := func(a *core.Record) error {
		own := a.GetString("applicant") == user.Id ||
			(user.GetBool("tenant_admin") && user.GetString("enterprise") != "" && user.GetString("enterprise") == a.GetString("enterprise"))
		if !own {
			return platform.Error(http.StatusForbidden, "只有申请人可以撤销申请")
		}
		if a.GetString("status") != "pending" {
			return platform.Error(http.StatusBadRequest, "只有待审批的申请可以撤销，该申请已"+workflow.StatusLabel(a.GetString("status")))
		}
		return nil
	}
	if err := mayRevoke(a); err != nil {
		return err
	}
	err = e.App.RunInTransaction(func(tx core.App) error {
		a, err := tx.FindRecordById("applications", id)
		if err != nil {
			return err
		}
		if err := mayRevoke(a); err != nil {
			return err
		}
		stage := a.GetString("stage")
		a.Set("status", "revoked")
		a.Set("decided_at", platform.NowDate())
		if err := tx.Save(a); err != nil {
			return err
		}
		if err := setSubjectState(tx, a, "revoked", ""); err != nil {
			return err
		}
		return platform.AuditRequest(tx, e, "application_revoke", "applications", a.Id, map[string]any{
			"type": a.GetString("type"), "stage": stage, "product": a.GetString("product"), "revision": a.GetString("revision"),
		})
	})
	if err != nil {
		return err
	}
	return respondApplication(e, id)
}
