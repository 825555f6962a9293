package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// Small constructors that keep the collection definitions readable: one
// line a field, the way the user guides list them.

const (
	mb = int64(1 << 20)

	// Rule fragments shared by many collections. @request.auth is a users
	// record; superusers bypass every rule.
	ruleOperator   = `@request.auth.role = "operator"`
	ruleDepartment = `@request.auth.role = "department"`
	ruleStaff      = `(@request.auth.role = "operator" || @request.auth.role = "department")`
	ruleTenantUser = `(@request.auth.enterprise != "" && enterprise = @request.auth.enterprise)`
)

var (
	imageMimes    = []string{"image/jpeg", "image/png"}
	coverMimes    = []string{"image/jpeg", "image/png", "image/bmp", "image/x-ms-bmp"}
	documentMimes = []string{
		"application/pdf", "image/png", "image/jpeg", "image/bmp", "image/x-ms-bmp",
		"application/msword",
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		"application/zip", "application/x-zip-compressed", "video/mp4",
		"application/vnd.ms-powerpoint",
		"application/vnd.openxmlformats-officedocument.presentationml.presentation",
	}
	mediaMimes = []string{"image/jpeg", "image/png", "image/bmp", "image/gif", "image/webp", "video/mp4"}
)

func rule(s string) *string { return types.Pointer(s) }

func text(name string, max int) *core.TextField {
	return &core.TextField{Name: name, Max: max}
}

func textReq(name string, max int) *core.TextField {
	return &core.TextField{Name: name, Max: max, Required: true}
}

func editor(name string) *core.EditorField {
	return &core.EditorField{Name: name, MaxSize: 2 * mb}
}

// integer is a whole number (counts, fen amounts) that may be zero.
func integer(name string, min float64) *core.NumberField {
	return &core.NumberField{Name: name, OnlyInt: true, Min: types.Pointer(min)}
}

// decimal is a number such as 万元 statistics (two decimals in the UI).
func decimal(name string, min float64) *core.NumberField {
	return &core.NumberField{Name: name, Min: types.Pointer(min)}
}

func boolean(name string) *core.BoolField { return &core.BoolField{Name: name} }

func date(name string) *core.DateField { return &core.DateField{Name: name} }

func jsonField(name string, maxSize int64) *core.JSONField {
	return &core.JSONField{Name: name, MaxSize: maxSize}
}

func choice(name string, required bool, values ...string) *core.SelectField {
	return &core.SelectField{Name: name, Values: values, MaxSelect: 1, Required: required}
}

func file(name string, maxSelect int, maxSize int64, mimes []string) *core.FileField {
	return &core.FileField{Name: name, MaxSelect: maxSelect, MaxSize: maxSize, MimeTypes: mimes}
}

func relation(name string, target *core.Collection, maxSelect int, required, cascade bool) *core.RelationField {
	return &core.RelationField{Name: name, CollectionId: target.Id, MaxSelect: maxSelect, Required: required, CascadeDelete: cascade}
}

func withTimestamps(c *core.Collection) {
	c.Fields.Add(&core.AutodateField{Name: "created", OnCreate: true})
	c.Fields.Add(&core.AutodateField{Name: "updated", OnCreate: true, OnUpdate: true})
}

// newBase starts a base collection with created/updated timestamps, which
// base collections made in Go otherwise lack (sorting by created would fail).
func newBase(name string, fields ...core.Field) *core.Collection {
	c := core.NewBaseCollection(name)
	for _, f := range fields {
		c.Fields.Add(f)
	}
	withTimestamps(c)
	return c
}

func setRules(c *core.Collection, list, view, create, update, del *string) {
	c.ListRule, c.ViewRule, c.CreateRule, c.UpdateRule, c.DeleteRule = list, view, create, update, del
}
