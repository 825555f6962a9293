package console

import (
	"errors"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// 平台用户: the operators and department reviewers, which never come from
// sign-up (DESIGN §1) — the `staff create` command of the binary, in the
// console. Operators only.
//
//	GET  /api/smedx/console/staff?role=&q=&disabled=&page=&perPage=&sort=
//	POST /api/smedx/console/staff {role, username, name, phone, email, password, passwordConfirm}
//	POST /api/smedx/console/staff/{id}/reset-password {password, passwordConfirm}
//
// Username, phone and password rules (DESIGN §5, including the password
// history) are the users model hook's, which every save obeys; this file
// only checks what is particular to staff (role, name, the confirmation).

var staffSorts = map[string]string{"created": "created", "username": "username", "name": "name", "role": "role", "last_login_at": "last_login_at"}

func listStaff(e *core.RequestEvent) error {
	if _, err := staffOnly(e, platform.RoleOperator); err != nil {
		return err
	}
	q := e.Request.URL.Query()
	w := newConds()
	w.add("role IN ('operator', 'department')", nil)
	if v := q.Get("role"); v != "" {
		w.add("role = {:role}", dbx.Params{"role": v})
	}
	if v := strings.TrimSpace(q.Get("q")); v != "" {
		w.add(`username LIKE {:q} ESCAPE '\' OR name LIKE {:q} ESCAPE '\' OR phone LIKE {:q} ESCAPE '\'`, dbx.Params{"q": likeParam(v)})
	}
	if v, ok, err := boolParam(q, "disabled"); err != nil {
		return err
	} else if ok {
		w.add("disabled = {:disabled}", dbx.Params{"disabled": v})
	}
	order, err := orderBy(q, staffSorts, "-created")
	if err != nil {
		return err
	}
	res, err := pageList[accountRow](e.App, q, "users", accountCols, w, order, "id")
	if err != nil {
		return err
	}
	rows := res.Items.([]accountRow)
	for i := range rows {
		rows[i].RoleLabel = fromMap(workflow.RoleNames)(rows[i].Role)
	}
	return e.JSON(http.StatusOK, res)
}

type staffBody struct {
	Role            string `json:"role"`
	Username        string `json:"username"`
	Name            string `json:"name"`
	Phone           string `json:"phone"`
	Email           string `json:"email"`
	Password        string `json:"password"`
	PasswordConfirm string `json:"passwordConfirm"`
}

// confirmErrors checks the confirmation of a new password.
func confirmErrors(errs validation.Errors, password, confirm string) {
	if password == "" {
		errs["password"] = platform.Invalid("password_required", "请输入密码")
	}
	if confirm == "" {
		errs["passwordConfirm"] = platform.Invalid("password_confirm_required", "请再次输入密码")
	} else if confirm != password {
		errs["passwordConfirm"] = platform.Invalid("password_confirm_mismatch", "两次输入的密码不一致")
	}
}

// saveErr turns the model hooks' field errors into a 400 with the first
// one's message.
func saveErr(err error) error {
	var verrs validation.Errors
	if errors.As(err, &verrs) {
		return platform.BadRequest(verrs)
	}
	return err
}

// staffErrors trims b and checks what is particular to a new staff
// account: the role, the name and the password's confirmation. The single
// create and the bulk import (console_import_staff.go) both call it; the
// username, phone and password rules are the users model hook's.
func staffErrors(b *staffBody) validation.Errors {
	b.Username, b.Name, b.Phone, b.Email = strings.TrimSpace(b.Username), strings.TrimSpace(b.Name), strings.TrimSpace(b.Phone), strings.TrimSpace(b.Email)
	errs := validation.Errors{}
	if b.Role != platform.RoleOperator && b.Role != platform.RoleDepartment {
		errs["role"] = platform.Invalid("role_invalid", "请选择角色：运营人员或工信厅")
	}
	if b.Name == "" {
		errs["name"] = platform.Invalid("name_required", "请填写姓名")
	} else if utf8.RuneCountInString(b.Name) > 50 {
		errs["name"] = platform.Invalid("name_too_long", "姓名不能超过 50 个字")
	}
	confirmErrors(errs, b.Password, b.PasswordConfirm)
	return errs
}

// newStaffRecord is the unsaved users record of a checked staff body, its
// password set (hashed).
func newStaffRecord(users *core.Collection, b staffBody) *core.Record {
	rec := staffRecord(users, b)
	rec.SetPassword(b.Password)
	return rec
}

// staffRecord is newStaffRecord without the password.
func staffRecord(users *core.Collection, b staffBody) *core.Record {
	rec := core.NewRecord(users)
	rec.Set("role", b.Role)
	rec.Set("username", b.Username)
	rec.Set("name", b.Name)
	rec.Set("phone", b.Phone)
	rec.Set("email", b.Email)
	rec.Set("verified", true)
	return rec
}

func createStaff(e *core.RequestEvent) error {
	if _, err := staffOnly(e, platform.RoleOperator); err != nil {
		return err
	}
	var b staffBody
	if err := e.BindBody(&b); err != nil {
		return platform.Error(400, "无法读取提交的数据")
	}
	if errs := staffErrors(&b); len(errs) > 0 {
		return platform.BadRequest(errs)
	}
	users, err := e.App.FindCachedCollectionByNameOrId("users")
	if err != nil {
		return err
	}
	rec := newStaffRecord(users, b)
	err = platform.RunTx(e.App, func(tx core.App) error {
		if err := tx.Save(rec); err != nil {
			return saveErr(err)
		}
		return platform.AuditRequest(tx, e, "staff_create", "users", rec.Id, map[string]any{"role": b.Role, "username": b.Username})
	})
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, accountRow{ID: rec.Id, Username: b.Username, Name: b.Name, Phone: b.Phone, Email: b.Email,
		Role: b.Role, RoleLabel: workflow.RoleNames[b.Role], Created: rec.GetString("created")})
}

func resetStaffPassword(e *core.RequestEvent) error {
	me, err := staffOnly(e, platform.RoleOperator)
	if err != nil {
		return err
	}
	var b struct {
		Password        string `json:"password"`
		PasswordConfirm string `json:"passwordConfirm"`
	}
	if err := e.BindBody(&b); err != nil {
		return platform.Error(400, "无法读取提交的数据")
	}
	target, err := e.App.FindRecordById("users", e.Request.PathValue("id"))
	if err != nil || !platform.HasRole(target, platform.RoleOperator, platform.RoleDepartment) {
		return apis.NewNotFoundError("平台用户不存在", nil)
	}
	if target.Id == me.Id {
		return platform.Error(400, "请在“修改密码”中修改自己的密码")
	}
	errs := validation.Errors{}
	confirmErrors(errs, b.Password, b.PasswordConfirm)
	if len(errs) > 0 {
		return platform.BadRequest(errs)
	}
	target.SetPassword(b.Password)
	err = platform.RunTx(e.App, func(tx core.App) error {
		if err := tx.Save(target); err != nil {
			return saveErr(err)
		}
		if err := platform.AuditRequest(tx, e, "password_reset", "users", target.Id, map[string]any{"by": "operator", "username": target.GetString("username")}); err != nil {
			return err
		}
		return platform.NotifyWith(tx, platform.Notice{User: target.Id, Title: "密码已重置",
			Content: "您的登录密码已由平台运营人员重置，请使用新密码登录，并及时修改密码。", Link: "/workbench/password",
			Kind: platform.KindNotice, RefCollection: "users", RefID: target.Id})
	})
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{"id": target.Id})
}
