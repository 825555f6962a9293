package tenant

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"
	"github.com/spf13/cast"

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

// expertTarget loads the target user and refuses users that cannot be
// experts (only provider tenants have experts).
func expertTarget(e *core.RequestEvent) (admin, tenant, target *core.Record, err error) {
	admin, tenant, target, err = tenantTarget(e)
	if err != nil {
		return
	}
	if tenant.GetString("kind") != platform.RoleProvider || target.GetString("role") != platform.RoleProvider {
		err = platform.Error(http.StatusBadRequest, "只有服务商的用户可以设为专家")
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
		return platform.Error(http.StatusBadRequest, "提交的数据格式不正确")
	}
	in, errs := ParseExpertInput(info.Body)
	CheckExpertDicts(e.App, &in, errs)
	var photo *filesystem.File
	if strings.HasPrefix(e.Request.Header.Get("Content-Type"), "multipart/") {
		files, ferr := e.FindUploadedFiles("photo")
		switch {
		case ferr == nil && len(files) > 1:
			errs["photo"] = platform.Invalid("photo_count", "照片只能上传 1 张")
		case ferr == nil && len(files) == 1:
			photo = files[0]
			if perr := checkExpertPhoto(photo); perr != nil {
				errs["photo"] = platform.Invalid("photo_invalid", perr.Error())
			}
		case ferr != nil && !errors.Is(ferr, http.ErrMissingFile):
			errs["photo"] = platform.Invalid("photo_invalid", "照片上传失败，请重新上传")
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
		return platform.Error(http.StatusBadRequest, "该用户不是专家")
	}
	err = e.App.RunInTransaction(func(tx core.App) error {
		n, err := pendingExpertAssignments(tx, target.Id)
		if err != nil {
			return err
		}
		if n > 0 {
			return platform.Error(http.StatusBadRequest, fmt.Sprintf("该专家还有 %d 项待评审的商品，评审完成后才能取消专家", n))
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
