package tenant

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"
	"github.com/pocketbase/pocketbase/tools/types"
	"github.com/spf13/cast"

	"smedx/hooks/forms"
	"smedx/hooks/platform"
)

// 设为专家 / 取消专家 (guide §4.7, 图4-18/4-19): the tenant admin of a
// certified provider makes one of his users an expert with a public
// profile, or cancels it.
//
//   GET    /api/smedx/tenant/users/{id}/expert  prefill of the 专家录入 form
//   POST   /api/smedx/tenant/users/{id}/expert  JSON or multipart (photo)
//   DELETE /api/smedx/tenant/users/{id}/expert  cancel (refused while the
//          expert has pending review assignments)

const (
	expertTextMax  = 500
	expertPhotoMax = 2 << 20
)

// ExpertInput is the 专家录入 form.
type ExpertInput struct {
	Name              string   `json:"name"`
	Position          string   `json:"position"`
	Major             string   `json:"major"`
	ProfessionalTitle string   `json:"professional_title"`
	Region            []string `json:"region"`
	RegionText        string   `json:"region_text"`
	YearsII           string   `json:"years_ii"`
	YearsIndustry     string   `json:"years_industry"`
	IIDomains         []string `json:"ii_domains"`
	IndustryDomains   []string `json:"industry_domains"`
	OperatingDomains  []string `json:"operating_domains"`
	Intro             string   `json:"intro"`
	WorkExperience    string   `json:"work_experience"`
	ProjectExperience string   `json:"project_experience"`
}

// toStringList reads a list of strings from a JSON/multipart body value:
// a list, a JSON-encoded list, a JSON raw value, or a single value.
func toStringList(v any) ([]string, bool) {
	switch x := v.(type) {
	case nil:
		return []string{}, true
	case []string:
		return trimList(x), true
	case []any:
		out := make([]string, 0, len(x))
		for _, it := range x {
			switch it.(type) {
			case map[string]any, []any:
				return nil, false
			}
			out = append(out, cast.ToString(it))
		}
		return trimList(out), true
	case types.JSONRaw:
		return toStringList(string(x))
	case []byte:
		return toStringList(string(x))
	case string:
		s := strings.TrimSpace(x)
		if s == "" || s == "null" {
			return []string{}, true
		}
		if strings.HasPrefix(s, "[") {
			var list []any
			if err := json.Unmarshal([]byte(s), &list); err != nil {
				return nil, false
			}
			return toStringList(list)
		}
		return []string{s}, true
	case float64, int, int64, bool:
		return []string{cast.ToString(x)}, true
	}
	return nil, false
}

func trimList(in []string) []string {
	out := make([]string, 0, len(in))
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// ParseExpertInput validates the 专家录入 form body (DESIGN §5: intro, work
// and project experience ≤500 characters). Every error names its field.
func ParseExpertInput(body map[string]any) (ExpertInput, validation.Errors) {
	errs := validation.Errors{}
	str := func(key, label string, required bool, max int) string {
		s := strings.TrimSpace(cast.ToString(body[key]))
		switch {
		case s == "" && required:
			errs[key] = platform.FieldErr("required", "请填写"+label)
		case utf8.RuneCountInString(s) > max:
			errs[key] = platform.FieldErr("too_long", fmt.Sprintf("%s不能超过 %d 个字", label, max))
		}
		return s
	}
	list := func(key, label string, maxItems int) []string {
		l, ok := toStringList(body[key])
		switch {
		case !ok:
			errs[key] = platform.FieldErr("invalid", label+"格式不正确")
		case len(l) == 0:
			errs[key] = platform.FieldErr("required", "请选择"+label)
		case len(l) > maxItems:
			errs[key] = platform.FieldErr("too_many", fmt.Sprintf("%s最多选择 %d 项", label, maxItems))
		default:
			for _, it := range l {
				if utf8.RuneCountInString(it) > 60 {
					errs[key] = platform.FieldErr("invalid", label+"格式不正确")
				}
			}
		}
		return l
	}
	in := ExpertInput{
		Name:              str("name", "姓名", true, 50),
		Position:          str("position", "职务", false, 50),
		Major:             str("major", "专业", true, 100),
		ProfessionalTitle: str("professional_title", "职称", false, 50),
		RegionText:        str("region_text", "所属区域名称", false, 100),
		YearsII:           str("years_ii", "工业互联网服务年限", true, 30),
		YearsIndustry:     str("years_industry", "工业领域服务年限", true, 30),
		Intro:             str("intro", "专家介绍", true, expertTextMax),
		WorkExperience:    str("work_experience", "工作经验", false, expertTextMax),
		ProjectExperience: str("project_experience", "项目经验", false, expertTextMax),
		IIDomains:         list("ii_domains", "工业互联网专业领域", 20),
		IndustryDomains:   list("industry_domains", "工业行业领域", 20),
		OperatingDomains:  list("operating_domains", "企业运行领域", 20),
	}
	// 所属区域: province / city / district codes (GB/T 2260, the cascader's values).
	region, ok := toStringList(body["region"])
	switch {
	case !ok:
		errs["region"] = platform.FieldErr("invalid", "所属区域格式不正确")
	case len(region) == 0:
		errs["region"] = platform.FieldErr("required", "请选择所属区域")
	case len(region) > 3:
		errs["region"] = platform.FieldErr("invalid", "所属区域最多选择到区县")
	default:
		for _, c := range region {
			if len(c) > 12 || strings.Trim(c, "0123456789") != "" {
				errs["region"] = platform.FieldErr("invalid", "所属区域格式不正确")
			}
		}
	}
	in.Region = region
	return in, errs
}

// CheckExpertDicts checks the option fields against the option lists the
// form offers (GET /api/smedx/dicts): domains, service years, 职称 and the
// region codes; an empty region_text is filled from the region labels.
func CheckExpertDicts(app core.App, in *ExpertInput, errs validation.Errors) {
	lists := []struct {
		field, dict, label string
		values             []string
	}{
		{"ii_domains", "expert_ii_domain", "工业互联网专业领域", in.IIDomains},
		{"industry_domains", "expert_industry", "工业行业领域", in.IndustryDomains},
		{"operating_domains", "expert_operating", "企业运行领域", in.OperatingDomains},
		{"years_ii", "service_years", "工业互联网服务年限", []string{in.YearsII}},
		{"years_industry", "service_years", "工业领域服务年限", []string{in.YearsIndustry}},
		{"professional_title", "professional_title", "职称", []string{in.ProfessionalTitle}},
	}
	for _, l := range lists {
		if errs[l.field] != nil {
			continue
		}
		for _, v := range l.values {
			if v != "" && !forms.DictHas(app, l.dict, v) {
				errs[l.field] = platform.FieldErr("invalid_option", l.label+"的选项不存在："+v)
				break
			}
		}
	}
	if errs["region"] != nil {
		return
	}
	labels := make([]string, 0, len(in.Region))
	for _, c := range in.Region {
		label := forms.DictLabel(app, "region", c)
		if label == "" {
			errs["region"] = platform.FieldErr("invalid_option", "所属区域不存在："+c)
			return
		}
		labels = append(labels, label)
	}
	if in.RegionText == "" {
		in.RegionText = strings.Join(labels, "/")
	}
}

// checkExpertPhoto: JPEG/JPG/PNG, at most 2 MB (DESIGN §5).
func checkExpertPhoto(f *filesystem.File) error {
	ext := strings.ToLower(filepath.Ext(f.OriginalName))
	if ext != ".jpg" && ext != ".jpeg" && ext != ".png" {
		return platform.ZhFieldError("photo", "photo_type", "照片只支持 JPEG、JPG、PNG 格式")
	}
	if f.Size > expertPhotoMax {
		return platform.ZhFieldError("photo", "photo_size", "照片不能超过 2MB")
	}
	return nil
}

// expertTarget loads the target user and refuses users that cannot be
// experts (only provider tenants have experts).
func expertTarget(e *core.RequestEvent) (admin, tenant, target *core.Record, err error) {
	admin, tenant, target, err = tenantTarget(e)
	if err != nil {
		return
	}
	if tenant.GetString("kind") != platform.RoleProvider || target.GetString("role") != platform.RoleProvider {
		err = platform.ZhApiError(http.StatusBadRequest, "只有服务商的用户可以设为专家")
	}
	return
}

func findExpertOf(app core.App, userID string) *core.Record {
	rec, err := app.FindFirstRecordByFilter("experts", "user = {:u}", dbx.Params{"u": userID})
	if err != nil {
		return nil
	}
	return rec
}

// expertJSON is the expert row as the form and the list show it.
func expertJSON(x *core.Record) map[string]any {
	list := func(f string) []string {
		l, _ := toStringList(x.Get(f))
		return l
	}
	out := map[string]any{
		"id": x.Id, "user": x.GetString("user"), "enterprise": x.GetString("enterprise"),
		"name": x.GetString("name"), "position": x.GetString("position"), "major": x.GetString("major"),
		"professional_title": x.GetString("professional_title"), "region": list("region"),
		"region_text": x.GetString("region_text"), "years_ii": x.GetString("years_ii"),
		"years_industry": x.GetString("years_industry"), "ii_domains": list("ii_domains"),
		"industry_domains": list("industry_domains"), "operating_domains": list("operating_domains"),
		"intro": x.GetString("intro"), "work_experience": x.GetString("work_experience"),
		"project_experience": x.GetString("project_experience"), "photo": x.GetString("photo"),
		"active": x.GetBool("active"),
	}
	if p := x.GetString("photo"); p != "" {
		out["photo_url"] = "/api/files/" + x.Collection().Id + "/" + x.Id + "/" + p
	}
	return out
}

// regionFromProfile looks for the region the user registered with in his
// enterprise's questionnaire (the form schema's region field: a code list,
// plus an optional text).
func regionFromProfile(ent *core.Record) ([]string, string) {
	if ent == nil {
		return nil, ""
	}
	var profile map[string]any
	if err := json.Unmarshal([]byte(ent.GetString("profile")), &profile); err != nil {
		return nil, ""
	}
	var codes []string
	for _, k := range []string{"region", "area", "address_region", "location", "city"} {
		if l, ok := toStringList(profile[k]); ok && len(l) > 0 {
			codes = l
			break
		}
	}
	text := ""
	for _, k := range []string{"region_text", "area_text", "address"} {
		if s := cast.ToString(profile[k]); s != "" {
			text = s
			break
		}
	}
	if len(codes) > 3 {
		codes = codes[:3]
	}
	return codes, text
}

// getExpertPrefill: GET /api/smedx/tenant/users/{id}/expert — the current
// expert row, or what the user already registered (name, his enterprise's
// region) to fill the 专家录入 form.
func getExpertPrefill(e *core.RequestEvent) error {
	_, tenant, target, err := expertTarget(e)
	if err != nil {
		return err
	}
	var current map[string]any
	prefill := map[string]any{"name": target.GetString("name")}
	if x := findExpertOf(e.App, target.Id); x != nil {
		current = expertJSON(x)
		prefill = current
	} else {
		region, text := regionFromProfile(tenant)
		if region == nil {
			region = []string{}
		}
		prefill["region"] = region
		prefill["region_text"] = text
	}
	pending, err := pendingExpertAssignments(e.App, target.Id)
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{
		"user": map[string]any{
			"id": target.Id, "username": target.GetString("username"), "name": target.GetString("name"),
			"phone": target.GetString("phone"), "email": target.GetString("email"), "is_expert": target.GetBool("is_expert"),
		},
		"enterprise_name":     tenant.GetString("name"),
		"expert":              current,
		"prefill":             prefill,
		"pending_assignments": pending,
	})
}

// setExpert: POST /api/smedx/tenant/users/{id}/expert — creates or updates
// the experts row (active) and sets users.is_expert, in one transaction.
func setExpert(e *core.RequestEvent) error {
	_, tenant, target, err := expertTarget(e)
	if err != nil {
		return err
	}
	info, err := e.RequestInfo()
	if err != nil {
		return platform.ZhApiError(http.StatusBadRequest, "提交的数据格式不正确")
	}
	in, errs := ParseExpertInput(info.Body)
	CheckExpertDicts(e.App, &in, errs)
	var photo *filesystem.File
	if strings.HasPrefix(e.Request.Header.Get("Content-Type"), "multipart/") {
		files, ferr := e.FindUploadedFiles("photo")
		switch {
		case ferr == nil && len(files) > 1:
			errs["photo"] = platform.FieldErr("photo_count", "照片只能上传 1 张")
		case ferr == nil && len(files) == 1:
			photo = files[0]
			if perr := checkExpertPhoto(photo); perr != nil {
				errs["photo"] = platform.FieldErr("photo_invalid", perr.Error())
			}
		case ferr != nil && !errors.Is(ferr, http.ErrMissingFile):
			errs["photo"] = platform.FieldErr("photo_invalid", "照片上传失败，请重新上传")
		}
	}
	if len(errs) > 0 {
		return platform.BadRequest(errs)
	}

	var saved *core.Record
	err = e.App.RunInTransaction(func(tx core.App) error {
		u, err := tx.FindRecordById("users", target.Id)
		if err != nil {
			return err
		}
		x, created, err := SaveExpert(tx, tenant.Id, u, in, photo)
		if err != nil {
			return validationToBadRequest(err)
		}
		saved = x
		return platform.AuditRequest(tx, e, "expert_set", "experts", x.Id, map[string]any{
			"user": u.Id, "username": u.GetString("username"), "name": in.Name, "created": created,
		})
	})
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{"message": "设为专家成功", "expert": expertJSON(saved)})
}

// SaveExpert writes u's experts row (created or updated, active) from a
// validated form and sets u.is_expert, with tx; 设为专家 and the bulk import
// of experts (hooks/console) both save through it. Errors are the model
// hooks' validation errors, unwrapped.
func SaveExpert(tx core.App, tenantID string, u *core.Record, in ExpertInput, photo *filesystem.File) (*core.Record, bool, error) {
	x := findExpertOf(tx, u.Id)
	created := x == nil
	if created {
		col, err := tx.FindCachedCollectionByNameOrId("experts")
		if err != nil {
			return nil, false, err
		}
		x = core.NewRecord(col)
		x.Set("user", u.Id)
	}
	x.Set("enterprise", tenantID)
	x.Set("name", in.Name)
	x.Set("position", in.Position)
	x.Set("major", in.Major)
	x.Set("professional_title", in.ProfessionalTitle)
	x.Set("region", in.Region)
	x.Set("region_text", in.RegionText)
	x.Set("years_ii", in.YearsII)
	x.Set("years_industry", in.YearsIndustry)
	x.Set("ii_domains", in.IIDomains)
	x.Set("industry_domains", in.IndustryDomains)
	x.Set("operating_domains", in.OperatingDomains)
	x.Set("intro", in.Intro)
	x.Set("work_experience", in.WorkExperience)
	x.Set("project_experience", in.ProjectExperience)
	if photo != nil {
		x.Set("photo", photo)
	}
	x.Set("active", true)
	if err := tx.Save(x); err != nil {
		return nil, false, err
	}
	if !u.GetBool("is_expert") {
		u.Set("is_expert", true)
		if err := tx.Save(u); err != nil {
			return nil, false, err
		}
	}
	return x, created, nil
}

// cancelExpert: DELETE /api/smedx/tenant/users/{id}/expert (取消专家). The
// profile stays (inactive) so setting him again is prefilled; review
// assignment only picks active experts.
func cancelExpert(e *core.RequestEvent) error {
	_, _, target, err := expertTarget(e)
	if err != nil {
		return err
	}
	x := findExpertOf(e.App, target.Id)
	if !target.GetBool("is_expert") && (x == nil || !x.GetBool("active")) {
		return platform.ZhApiError(http.StatusBadRequest, "该用户不是专家")
	}
	err = e.App.RunInTransaction(func(tx core.App) error {
		n, err := pendingExpertAssignments(tx, target.Id)
		if err != nil {
			return err
		}
		if n > 0 {
			return platform.ZhApiError(http.StatusBadRequest, fmt.Sprintf("该专家还有 %d 项待评审的商品，评审完成后才能取消专家", n))
		}
		if x := findExpertOf(tx, target.Id); x != nil && x.GetBool("active") {
			x.Set("active", false)
			if err := tx.Save(x); err != nil {
				return validationToBadRequest(err)
			}
		}
		u, err := tx.FindRecordById("users", target.Id)
		if err != nil {
			return err
		}
		if u.GetBool("is_expert") {
			u.Set("is_expert", false)
			if err := tx.Save(u); err != nil {
				return validationToBadRequest(err)
			}
		}
		return platform.AuditRequest(tx, e, "expert_cancel", "users", u.Id, map[string]any{
			"username": u.GetString("username"),
		})
	})
	if err != nil {
		return err
	}
	return e.JSON(http.StatusOK, map[string]any{"message": "取消专家成功"})
}
