package review

import (
	"errors"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"

	"smedx/hooks/menus"
	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// Register binds the hooks and routes of certification, the product
// review workflow, to-dos, notifications and the workbench home (issue 4).
//
// Files of the area:
//   - workflow/workflow_transitions.go: the state machines (pure);
//   - review.go: the model hooks that enforce them on every path;
//   - review_cert.go, review_products.go: submissions, delist, revisions;
//   - review_decisions.go: approve / reject / revoke;
//   - review_applications.go: 我的申请, 待我审批, detail;
//   - review_workbench.go: 工作台 (notifications: platform_notify.go).
func Register(app core.App) {
	// Model level (route, JS SDK, dashboard, Go code): a status changes only
	// along the table.
	app.OnRecordUpdate("enterprises").BindFunc(guardStatusField(workflow.MachineCert, "cert_status"))
	app.OnRecordUpdate("products").BindFunc(guardStatusField(workflow.MachineProduct, "status"))
	app.OnRecordUpdate("product_revisions").BindFunc(guardStatusField(workflow.MachineRevision, "status"))
	app.OnRecordUpdate("applications").BindFunc(guardApplicationState)

	// Request level: creates start in the initial state; updates may only
	// make the moves the table opens to the records API.
	app.OnRecordCreateRequest("enterprises").BindFunc(requireInitial(workflow.MachineCert, "cert_status"))
	app.OnRecordCreateRequest("products").BindFunc(requireInitial(workflow.MachineProduct, "status"))
	app.OnRecordCreateRequest("product_revisions").BindFunc(requireInitial(workflow.MachineRevision, "status"))
	app.OnRecordCreateRequest("applications").BindFunc(requireInitialApplication)
	app.OnRecordUpdateRequest("enterprises").BindFunc(requestStatusField(workflow.MachineCert, "cert_status"))
	app.OnRecordUpdateRequest("products").BindFunc(guardProductRequestUpdate)
	app.OnRecordUpdateRequest("product_revisions").BindFunc(requestStatusField(workflow.MachineRevision, "status"))
	app.OnRecordUpdateRequest("applications").BindFunc(requestApplicationUpdate)
	for _, c := range []string{"product_specs", "product_cases"} {
		app.OnRecordCreateRequest(c).BindFunc(guardProductPartCreate)
		app.OnRecordUpdateRequest(c).BindFunc(guardProductPartUpdate)
		app.OnRecordDeleteRequest(c).BindFunc(guardProductPartDelete)
	}

	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		auth := apis.RequireAuth("users")
		r := se.Router
		r.POST("/api/smedx/enterprises/{id}/submit", submitEnterprise).Bind(auth)
		r.POST("/api/smedx/products/{id}/submit", submitProduct).Bind(auth).Bind(menus.Require(menus.ProductPublish, menus.MyProducts))
		r.POST("/api/smedx/products/{id}/revision", saveProductRevision).Bind(auth).Bind(menus.Require(menus.ProductPublish, menus.MyProducts))
		r.POST("/api/smedx/products/{id}/reedit", reeditProduct).Bind(auth).Bind(menus.Require(menus.ProductPublish, menus.MyProducts))
		r.POST("/api/smedx/products/{id}/delist", delistProduct).Bind(auth).Bind(menus.Require(menus.ProductPublish, menus.MyProducts))
		r.POST("/api/smedx/applications/{id}/approve", func(e *core.RequestEvent) error { return decide(e, "approve") }).Bind(auth)
		r.POST("/api/smedx/applications/{id}/reject", func(e *core.RequestEvent) error { return decide(e, "reject") }).Bind(auth)
		r.POST("/api/smedx/applications/{id}/revoke", revokeApplication).Bind(auth)
		r.GET("/api/smedx/applications/mine", func(e *core.RequestEvent) error { return listApplications(e, "mine") }).Bind(auth)
		r.GET("/api/smedx/applications/todo", func(e *core.RequestEvent) error { return listApplications(e, "todo") }).Bind(auth).Bind(menus.Require(menus.Todo))
		r.GET("/api/smedx/applications/{id}", applicationDetail).Bind(auth)
		r.GET("/api/smedx/workbench", workbench).Bind(auth)
		return se.Next()
	})
}

// guardStatusField refuses a save that moves field outside the machine.
func guardStatusField(name, field string) func(e *core.RecordEvent) error {
	return func(e *core.RecordEvent) error {
		from := platform.StoredRecord(e.App, e.Record).GetString(field)
		to := e.Record.GetString(field)
		if !workflow.CanTransition(name, from, to) {
			return platform.FieldError(field, "invalid_transition", workflow.TransitionError(name, from, to))
		}
		return e.Next()
	}
}

func guardApplicationState(e *core.RecordEvent) error {
	rec := e.Record
	stored := platform.StoredRecord(e.App, rec)
	if rec.GetString("type") != stored.GetString("type") {
		return platform.FieldError("type", "immutable", "申请类型不能修改")
	}
	name := workflow.AppMachine(rec.GetString("type"))
	from := workflow.AppState(stored.GetString("status"), stored.GetString("stage"))
	to := workflow.AppState(rec.GetString("status"), rec.GetString("stage"))
	if !workflow.CanTransition(name, from, to) {
		return platform.FieldError("status", "invalid_transition", "申请"+workflow.TransitionError(name, from, to))
	}
	return e.Next()
}

// requireInitial: a row created through the records API (sign-up, the
// dashboard) starts in the machine's initial state; an empty value is
// filled in. Go code creating rows directly (demo, fixtures) skips this.
func requireInitial(name, field string) func(e *core.RecordRequestEvent) error {
	return func(e *core.RecordRequestEvent) error {
		initial := workflow.InitialState(name)
		switch e.Record.GetString(field) {
		case "":
			e.Record.Set(field, initial)
		case initial:
		default:
			return platform.FieldError(field, "invalid_initial_state",
				"新建时状态只能为「"+workflow.StateLabel(name, initial)+"」，状态变更请通过审核流程")
		}
		return e.Next()
	}
}

func requireInitialApplication(e *core.RecordRequestEvent) error {
	rec := e.Record
	if rec.GetString("status") == "" {
		rec.Set("status", "pending")
	}
	if rec.GetString("stage") == "" {
		rec.Set("stage", "operator")
	}
	if workflow.AppState(rec.GetString("status"), rec.GetString("stage")) != "pending/operator" {
		return platform.FieldError("status", "invalid_initial_state", "新建的申请只能处于「待运营初审」状态")
	}
	return e.Next()
}

// requestStatusField: through the records API only the moves marked
// byRequest (for everyone, superusers in the dashboard included: a status
// set by hand would skip the review records and the audit trail).
func requestStatusField(name, field string) func(e *core.RecordRequestEvent) error {
	return func(e *core.RecordRequestEvent) error {
		from := e.Record.Original().GetString(field)
		to := e.Record.GetString(field)
		if !workflow.RequestMayTransition(name, from, to) {
			return platform.FieldError(field, "status_by_workflow", workflow.TransitionError(name, from, to)+"：状态只能通过提交、审批、撤销等操作变更")
		}
		return e.Next()
	}
}

func requestApplicationUpdate(e *core.RecordRequestEvent) error {
	orig := e.Record.Original()
	for _, f := range []string{"type", "status", "stage", "experts", "enterprise", "applicant", "product", "revision", "decided_at"} {
		if !sameValue(orig.Get(f), e.Record.Get(f)) {
			return platform.FieldError(f, "status_by_workflow", "申请的"+applicationFieldLabel(f)+"只能通过审批操作变更")
		}
	}
	return e.Next()
}

func applicationFieldLabel(f string) string {
	switch f {
	case "experts":
		return "评审专家"
	case "stage":
		return "审批环节"
	case "status":
		return "状态"
	}
	return "字段 " + f
}

// saveErr turns an error of app.Save into a response: ApiErrors pass,
// validation errors become a 400 naming the fields.
func saveErr(msg string, err error) error {
	if err == nil {
		return nil
	}
	var apiErr *router.ApiError
	if errors.As(err, &apiErr) {
		return apiErr
	}
	var verrs validation.Errors
	if errors.As(err, &verrs) {
		return apis.NewBadRequestError(msg, verrs)
	}
	return err
}
