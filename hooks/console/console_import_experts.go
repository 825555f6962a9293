package console

import (
	"net/http"
	"regexp"
	"strings"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/tenant"
)

// The 专家 import: each row is a new account of a certified provider, made
// an expert with its 专家录入 profile — what a tenant admin does with 新增用户
// then 设为专家, through the same functions (tenant.PrepareTenantUser,
// tenant.ParseExpertInput, tenant.CheckExpertDicts, tenant.SaveExpert).
// Operators import into any certified provider, named per row by its
// 统一社会信用代码; a provider's tenant admin imports into his own tenant
// only (the column may stay empty). Options are written as the form shows
// them (labels) or as their codes; 所属区域 as 省/市/区.

func init() {
	dictOptions := func(typ string) func(core.App) []string {
		return func(app core.App) []string { return optionLabels(app, typ) }
	}
	multi := "多个选项用顿号（、）分隔"
	registerImportKind(&importKind{
		Name: "experts", Title: "专家",
		Columns: []importColumn{
			{Key: "enterprise", Header: "所属服务商统一社会信用代码", Note: "平台运营人员导入时必填；服务商管理员导入时留空或填本企业的代码", Width: 26},
			{Key: "username", Header: "用户名", Required: true, Note: "6-30 位字母、数字或下划线，专家登录用", Width: 18},
			{Key: "name", Header: "姓名", Required: true, Width: 12},
			{Key: "phone", Header: "手机号", Required: true, Note: "1 开头的 11 位数字，不能与已有用户重复", Width: 16},
			{Key: "email", Header: "邮箱", Width: 22},
			{Key: "password", Header: "初始密码", Required: true, Note: "8-18 位，至少包含数字、大写字母、小写字母、特殊字符中的三种，不能包含用户名或手机号", Width: 16},
			{Key: "position", Header: "职务", Width: 12},
			{Key: "major", Header: "专业", Required: true, Width: 14},
			{Key: "professional_title", Header: "职称", Options: dictOptions("professional_title"), Width: 10},
			{Key: "region", Header: "所属区域", Required: true, Note: "按 省/市/区 填写，如 山东省/济南市/历下区", Width: 24},
			{Key: "years_ii", Header: "工业互联网服务年限", Required: true, Options: dictOptions("service_years"), Width: 12},
			{Key: "years_industry", Header: "工业领域服务年限", Required: true, Options: dictOptions("service_years"), Width: 12},
			{Key: "ii_domains", Header: "工业互联网专业领域", Required: true, Note: multi, Options: dictOptions("expert_ii_domain"), Width: 24},
			{Key: "industry_domains", Header: "工业行业领域", Required: true, Note: multi, Options: dictOptions("expert_industry"), Width: 24},
			{Key: "operating_domains", Header: "企业运行领域", Required: true, Note: multi, Options: dictOptions("expert_operating"), Width: 24},
			{Key: "intro", Header: "专家介绍", Required: true, Note: "不超过 500 字", Width: 40},
			{Key: "work_experience", Header: "工作经验", Note: "不超过 500 字", Width: 40},
			{Key: "project_experience", Header: "项目经验", Note: "不超过 500 字", Width: 40},
		},
		access:  expertImportAccess,
		prepare: prepareExpert,
	})
}

func expertImportAccess(e *core.RequestEvent) (*importScope, error) {
	user, err := platform.AuthUser(e)
	if err != nil {
		return nil, err
	}
	switch {
	case platform.HasRole(user, platform.RoleOperator):
		return &importScope{user: user, cache: map[string]any{}}, nil
	case platform.HasRole(user, platform.RoleProvider) && user.GetBool("tenant_admin"):
		own, err := tenant.RequireTenantAdmin(e.App, user)
		if err != nil {
			return nil, err
		}
		return &importScope{user: user, tenant: own, cache: map[string]any{}}, nil
	}
	return nil, platform.Error(http.StatusForbidden, "仅平台运营人员和服务商的企业管理员可以导入专家")
}

// expertTenant resolves the row's provider: the importer's own tenant, or
// for operators the certified provider with that credit code.
func expertTenant(app core.App, s *importScope, code string) (*core.Record, error) {
	code = strings.ToUpper(code)
	if s.tenant != nil {
		if code != "" && code != strings.ToUpper(s.tenant.GetString("credit_code")) {
			return nil, platform.Invalid("not_own_tenant", "只能导入本企业（"+s.tenant.GetString("name")+"）的专家，请留空或填写本企业的统一社会信用代码")
		}
		return s.tenant, nil
	}
	if code == "" {
		return nil, platform.Invalid("required", "请填写所属服务商的统一社会信用代码")
	}
	if v, ok := s.cache["ent:"+code]; ok {
		if rec, ok := v.(*core.Record); ok {
			return rec, nil
		}
		return nil, v.(error)
	}
	var err error
	rec, ferr := app.FindFirstRecordByFilter("enterprises", "credit_code = {:c}", dbx.Params{"c": code})
	switch {
	case ferr != nil:
		err = platform.Invalid("not_found", "未找到统一社会信用代码为 "+code+" 的企业")
	case rec.GetString("kind") != platform.RoleProvider:
		err = platform.Invalid("not_provider", rec.GetString("name")+" 不是服务商，只有服务商的用户可以设为专家")
	case rec.GetString("cert_status") != "approved":
		err = platform.Invalid("not_certified", rec.GetString("name")+" 尚未通过企业认证")
	case rec.GetBool("disabled"):
		err = platform.Invalid("disabled", rec.GetString("name")+" 已被停用")
	}
	if err != nil {
		s.cache["ent:"+code] = err
		return nil, err
	}
	s.cache["ent:"+code] = rec
	return rec, nil
}

// optionLabels are the labels of a dict's enabled top-level options.
func optionLabels(app core.App, typ string) []string {
	var out []string
	_ = app.DB().NewQuery(`SELECT label FROM dicts WHERE type = {:t} AND parent = '' AND enabled = TRUE ORDER BY sort, code`).
		Bind(dbx.Params{"t": typ}).Column(&out)
	return out
}

// dictCode reads an option written as its label or code; unknown text is
// returned as written, for CheckExpertDicts to name.
func dictCode(app core.App, typ, parent, v string) (string, bool) {
	if v == "" {
		return "", true
	}
	var code string
	err := app.DB().NewQuery(`SELECT code FROM dicts WHERE type = {:t} AND parent = {:p} AND enabled = TRUE AND (code = {:v} OR label = {:v})
		ORDER BY code = {:v} DESC LIMIT 1`).Bind(dbx.Params{"t": typ, "p": parent, "v": v}).Row(&code)
	if err != nil {
		return v, false
	}
	return code, true
}

var listSeparators = regexp.MustCompile(`[、,，;；\n]+`)

func dictCodes(app core.App, typ, v string) []string {
	out := []string{}
	for _, part := range listSeparators.Split(v, -1) {
		if part = strings.TrimSpace(part); part != "" {
			code, _ := dictCode(app, typ, "", part)
			out = append(out, code)
		}
	}
	return out
}

// regionCodes reads 省/市/区 (labels or codes) down the region tree.
func regionCodes(app core.App, v string) ([]string, error) {
	codes := []string{}
	parent := ""
	for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == '/' || r == '／' || r == '-' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		code, ok := dictCode(app, "region", parent, part)
		if !ok {
			return nil, platform.Invalid("invalid_option", "所属区域不存在："+part+"（按 省/市/区 填写）")
		}
		codes = append(codes, code)
		parent = code
	}
	return codes, nil
}

func prepareExpert(app core.App, s *importScope, row map[string]string) (importWork, validation.Errors) {
	ent, entErr := expertTenant(app, s, row["enterprise"])
	years := func(key string) string { c, _ := dictCode(app, "service_years", "", row[key]); return c }
	title, _ := dictCode(app, "professional_title", "", row["professional_title"])
	region, regionErr := regionCodes(app, row["region"])
	body := map[string]any{
		"name": row["name"], "position": row["position"], "major": row["major"], "professional_title": title,
		"region": region, "years_ii": years("years_ii"), "years_industry": years("years_industry"),
		"ii_domains":        dictCodes(app, "expert_ii_domain", row["ii_domains"]),
		"industry_domains":  dictCodes(app, "expert_industry", row["industry_domains"]),
		"operating_domains": dictCodes(app, "expert_operating", row["operating_domains"]),
		"intro":             row["intro"], "work_experience": row["work_experience"], "project_experience": row["project_experience"],
	}
	in, errs := tenant.ParseExpertInput(body)
	tenant.CheckExpertDicts(app, &in, errs)
	if regionErr != nil {
		errs["region"] = regionErr
	}
	if entErr != nil {
		errs["enterprise"] = entErr
	}
	w := &expertWork{in: in, ent: ent, inputOK: len(errs) == 0, password: row["password"],
		username: row["username"], phone: row["phone"], email: row["email"]}
	users, err := app.FindCachedCollectionByNameOrId("users")
	if err != nil {
		return nil, validation.Errors{"username": platform.Invalid("internal", "系统错误，请稍后重试")}
	}
	if ent != nil {
		rec := core.NewRecord(users)
		rec.Set("username", w.username)
		rec.Set("phone", w.phone)
		rec.Set("email", w.email)
		rec.Set("name", in.Name)
		tenant.PrepareTenantUser(rec, ent)
		w.user = rec
	}
	return w, errs
}

type expertWork struct {
	in                     tenant.ExpertInput
	ent, user              *core.Record
	inputOK                bool
	username, phone, email string
	password               string
}

// hash sets the account's password (hashed) outside the transaction.
func (w *expertWork) hash() {
	if w.user != nil {
		w.user.SetPassword(w.password)
	}
}

func (w *expertWork) uniques() map[string]string {
	return map[string]string{"username": w.username, "phone": w.phone, "email": w.email}
}

func (w *expertWork) save(tx core.App, e *core.RequestEvent, batch string) error {
	if w.user == nil {
		return nil // no tenant: nothing to check further
	}
	u := w.user.Clone()
	if err := tx.Save(u); err != nil {
		return err
	}
	if !w.inputOK {
		return nil
	}
	if err := platform.AuditRequest(tx, e, "tenant_user_create", "users", u.Id, map[string]any{
		"username": u.GetString("username"), "phone": u.GetString("phone"), "role": u.GetString("role"),
		"enterprise": w.ent.Id, "import": batch,
	}); err != nil {
		return err
	}
	x, created, err := tenant.SaveExpert(tx, w.ent.Id, u, w.in, nil)
	if err != nil {
		return err
	}
	return platform.AuditRequest(tx, e, "expert_set", "experts", x.Id, map[string]any{
		"user": u.Id, "username": u.GetString("username"), "name": w.in.Name, "created": created, "import": batch,
	})
}

func (w *expertWork) preview() importPreview {
	detail := ""
	if w.ent != nil {
		detail = w.ent.GetString("name")
	}
	return importPreview{Username: w.username, Name: w.in.Name, Detail: detail}
}
