package console

import (
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// The 平台用户 import: operators only, like the single create. A row is a
// staffBody with the password as its own confirmation.

var staffRoles = []string{platform.RoleOperator, platform.RoleDepartment}

func init() {
	registerImportKind(&importKind{
		Name: "staff", Title: "平台用户",
		Columns: []importColumn{
			{Key: "role", Header: "角色", Required: true, Options: func(core.App) []string {
				return []string{workflow.RoleLabel(platform.RoleOperator), workflow.RoleLabel(platform.RoleDepartment)}
			}, Width: 12},
			{Key: "username", Header: "用户名", Required: true, Note: "6-30 位字母、数字或下划线，登录用，不能修改", Width: 18},
			{Key: "name", Header: "姓名", Required: true, Note: "不超过 50 个字", Width: 12},
			{Key: "phone", Header: "手机号", Required: true, Note: "1 开头的 11 位数字，不能与已有用户重复", Width: 16},
			{Key: "email", Header: "邮箱", Width: 24},
			{Key: "password", Header: "初始密码", Required: true, Note: "8-18 位，至少包含数字、大写字母、小写字母、特殊字符中的三种，不能包含用户名或手机号", Width: 16},
		},
		access: func(e *core.RequestEvent) (*importScope, error) {
			user, err := staffOnly(e, platform.RoleOperator)
			if err != nil {
				return nil, err
			}
			return &importScope{user: user}, nil
		},
		prepare: prepareStaff,
	})
}

// roleCode reads 角色 as its label or its code (anything else stays as
// written, for staffErrors to refuse).
func roleCode(v string) string {
	for _, r := range staffRoles {
		if v == r || v == workflow.RoleLabel(r) {
			return r
		}
	}
	return v
}

func prepareStaff(app core.App, _ *importScope, row map[string]string) (importWork, validation.Errors) {
	b := staffBody{Role: roleCode(row["role"]), Username: row["username"], Name: row["name"], Phone: row["phone"],
		Email: row["email"], Password: row["password"], PasswordConfirm: row["password"]}
	errs := staffErrors(&b)
	users, err := app.FindCachedCollectionByNameOrId("users")
	if err != nil {
		return nil, validation.Errors{"username": platform.Invalid("internal", "系统错误，请稍后重试")}
	}
	// The password is hashed by hash(), outside the transaction.
	return &staffWork{b: b, rec: staffRecord(users, b)}, errs
}

type staffWork struct {
	b   staffBody
	rec *core.Record
}

func (w *staffWork) uniques() map[string]string {
	return map[string]string{"username": w.b.Username, "phone": w.b.Phone, "email": w.b.Email}
}

func (w *staffWork) hash() { w.rec.SetPassword(w.b.Password) }

func (w *staffWork) save(tx core.App, e *core.RequestEvent, batch string) error {
	rec := w.rec.Clone() // a fresh unsaved copy should the transaction be retried
	if err := tx.Save(rec); err != nil {
		return err
	}
	return platform.AuditRequest(tx, e, "staff_create", "users", rec.Id, map[string]any{
		"role": w.b.Role, "username": w.b.Username, "import": batch,
	})
}

func (w *staffWork) preview() importPreview {
	return importPreview{Username: w.b.Username, Name: w.b.Name, Detail: workflow.RoleLabel(w.b.Role)}
}
