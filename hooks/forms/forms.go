package forms

import (
	"encoding/json"
	"net/http"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// registerForms binds the hooks and routes of schema-driven enterprise questionnaires:
//
//   - GET /api/smedx/forms/{kind} (public) serves the schema the UI renders
//     the provider or enterprise form from;
//   - every save of an enterprises row (API, dashboard, Go code) checks its
//     profile against that same schema.
func registerForms(app core.App) {
	// A broken schema is a build mistake: fail at start rather than on the
	// first save.
	if _, err := loadForms(); err != nil {
		panic(err)
	}
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/smedx/forms/{kind}", serveFormSchema)
		se.Router.GET("/api/smedx/labels", serveLabels)
		return se.Next()
	})
	app.OnRecordValidate("enterprises").BindFunc(validateEnterpriseProfile)
}

// serveFormSchema answers the normalized schema with an ETag; it only
// changes with a new binary, so clients may keep it for a while.
func serveFormSchema(e *core.RequestEvent) error {
	all, err := loadForms()
	if err != nil {
		return err
	}
	lf, ok := all[e.Request.PathValue("kind")]
	if !ok {
		return platform.Error(http.StatusNotFound, "表单不存在，应为 provider 或 enterprise")
	}
	h := e.Response.Header()
	h.Set("Cache-Control", "public, max-age=300")
	h.Set("ETag", lf.etag)
	if match := e.Request.Header.Get("If-None-Match"); match != "" && strings.Contains(match, lf.etag) {
		return e.NoContent(http.StatusNotModified)
	}
	return e.Blob(http.StatusOK, "application/json; charset=utf-8", lf.json)
}

// validateEnterpriseProfile checks the profile and columns of an
// enterprises row. A draft (or rejected) row may be incomplete; the
// required fields are enforced when the row enters review or is certified
// (status moves to pending/approved), and again whenever the profile of a
// pending/approved row changes. Saves that touch neither (an operator's
// comment, certified_at) do not re-check completeness, so a field made
// required by a later schema version does not lock existing tenants.
func validateEnterpriseProfile(e *core.RecordEvent) error {
	rec := e.Record
	kind := rec.GetString("kind")
	form, err := FormSchema(kind)
	if err != nil {
		return e.Next() // the kind select field reports a bad kind
	}
	errs := validation.Errors{}
	profile, ok := recordProfile(rec)
	if !ok {
		errs["profile"] = platform.Invalid("profile_invalid", "企业信息格式不正确")
		return errs
	}
	complete := profileMustBeComplete(e.App, rec)
	for k, v := range ValidateProfile(kind, profile, complete, dictLookup(e.App)) {
		errs[k] = v
	}
	if cc := rec.GetString("credit_code"); cc != "" {
		if msg := creditCodeProblem("统一社会信用代码", cc); msg != "" {
			errs["credit_code"] = platform.Invalid("credit_code_invalid", msg)
		}
	}
	if complete {
		// Column-backed answers. The licence file is checked by the
		// submission route, which sees the stored file list.
		for _, fl := range form.Fields() {
			if fl.Required && fl.Column != "" && fl.Type != TypeFile &&
				strings.TrimSpace(rec.GetString(fl.Column)) == "" {
				if _, has := errs[fl.Column]; !has {
					errs[fl.Column] = platform.Invalid("required", requiredMessage(fl))
				}
			}
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return e.Next()
}

// recordProfile decodes the profile JSON; null or absent is an empty
// profile, anything but an object is refused.
func recordProfile(rec *core.Record) (map[string]any, bool) {
	raw, err := json.Marshal(rec.Get("profile"))
	if err != nil {
		return nil, false
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, false
	}
	switch x := v.(type) {
	case nil:
		return map[string]any{}, true
	case string:
		// An empty JSON field reads back as "".
		return map[string]any{}, x == ""
	case map[string]any:
		return x, true
	}
	return nil, false
}

func profileMustBeComplete(app core.App, rec *core.Record) bool {
	status := rec.GetString("cert_status")
	if status != "pending" && status != "approved" {
		return false
	}
	if rec.IsNew() {
		return true
	}
	orig := platform.StoredRecord(app, rec)
	if orig.GetString("cert_status") != status || orig.GetString("kind") != rec.GetString("kind") {
		return true
	}
	a, _ := recordProfile(orig)
	b, _ := recordProfile(rec)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) != string(jb) ||
		orig.GetString("name") != rec.GetString("name") ||
		orig.GetString("credit_code") != rec.GetString("credit_code")
}

// dictLookup checks codes against the option lists (the dicts area's
// cached snapshot, so an autosave costs no queries). It is tolerant of
// lists that are not there: without the collection, or without any enabled
// option of a type, every code of that type is accepted rather than
// blocking every save.
func dictLookup(app core.App) DictLookup {
	if _, err := app.FindCachedCollectionByNameOrId("dicts"); err != nil {
		return nil
	}
	snap, err := dictSnapshotOf(app)
	if err != nil {
		return nil
	}
	return func(dictType, code string) bool {
		codes := snap.codes[dictType]
		if len(codes) == 0 {
			return true
		}
		_, ok := codes[code]
		return ok
	}
}
