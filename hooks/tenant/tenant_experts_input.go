package tenant

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/filesystem"
	"github.com/pocketbase/pocketbase/tools/types"
	"github.com/spf13/cast"

	"smedx/hooks/forms"
	"smedx/hooks/platform"
)

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
			errs[key] = platform.Invalid("required", "请填写"+label)
		case utf8.RuneCountInString(s) > max:
			errs[key] = platform.Invalid("too_long", fmt.Sprintf("%s不能超过 %d 个字", label, max))
		}
		return s
	}
	list := func(key, label string, maxItems int) []string {
		l, ok := toStringList(body[key])
		switch {
		case !ok:
			errs[key] = platform.Invalid("invalid", label+"格式不正确")
		case len(l) == 0:
			errs[key] = platform.Invalid("required", "请选择"+label)
		case len(l) > maxItems:
			errs[key] = platform.Invalid("too_many", fmt.Sprintf("%s最多选择 %d 项", label, maxItems))
		default:
			for _, it := range l {
				if utf8.RuneCountInString(it) > 60 {
					errs[key] = platform.Invalid("invalid", label+"格式不正确")
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
		errs["region"] = platform.Invalid("invalid", "所属区域格式不正确")
	case len(region) == 0:
		errs["region"] = platform.Invalid("required", "请选择所属区域")
	case len(region) > 3:
		errs["region"] = platform.Invalid("invalid", "所属区域最多选择到区县")
	default:
		for _, c := range region {
			if len(c) > 12 || strings.Trim(c, "0123456789") != "" {
				errs["region"] = platform.Invalid("invalid", "所属区域格式不正确")
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
				errs[l.field] = platform.Invalid("invalid_option", l.label+"的选项不存在："+v)
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
			errs["region"] = platform.Invalid("invalid_option", "所属区域不存在："+c)
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
		return platform.FieldError("photo", "photo_type", "照片只支持 JPEG、JPG、PNG 格式")
	}
	if f.Size > expertPhotoMax {
		return platform.FieldError("photo", "photo_size", "照片不能超过 2MB")
	}
	return nil
}
