package catalog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/ozzo-validation/v4/is"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/core/validators"
	"github.com/pocketbase/pocketbase/tools/filesystem"

	"smedx/hooks/forms"
	"smedx/hooks/platform"
)

// Model-level rules of a product listing (表4-1, DESIGN §5). They hold for
// drafts too (a draft may be incomplete, never wrong), on every save path:
// API, dashboard, JS SDK, Go code. Completeness is checked at submission by
// validateProductForSubmit.

const (
	maxCategories = 5
	maxIndustries = 3
	maxTags       = 20
	casesRequired = 3
	maxSpecs      = 20
	mb            = int64(1 << 20)
)

// Dict types of the product's code lists.
const (
	dictProductType = "product_type"
	dictTag         = "tag"
	dictCategory    = "solution_category"
	dictIndustry    = "industry"
)

var (
	productPhonePattern = regexp.MustCompile(`^1\d{10}$`)
	hotlinePattern      = regexp.MustCompile(`^[0-9+\-() 转]{3,30}$`)

	// editableStatuses are the statuses in which the owner edits a product
	// (and its specs and cases) directly; a listed product changes through
	// a revision of the review area.
	editableStatuses = map[string]bool{"draft": true, "rejected": true, "revoked": true}

	introModules = map[string]bool{"details": true, "cases": true, "support": true}
)

// fileRule is an upload limit of DESIGN §5 with its Chinese message.
type fileRule struct {
	label    string
	maxSize  int64
	mimes    []string
	typesMsg string
}

var (
	coverTypes = []string{"image/jpeg", "image/png", "image/bmp", "image/x-ms-bmp"}
	docTypes   = []string{
		"application/pdf", "image/png", "image/jpeg", "image/bmp", "image/x-ms-bmp",
		"application/msword", "application/x-ole-storage",
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		"application/zip", "application/x-zip-compressed", "video/mp4",
		"application/vnd.ms-powerpoint",
		"application/vnd.openxmlformats-officedocument.presentationml.presentation",
	}
	productFileRules = map[string]fileRule{
		"cover":        {"展示图", 2 * mb, coverTypes, "jpeg、png、jpg、bmp"},
		"banner_image": {"Banner 图片", 5 * mb, coverTypes, "jpeg、png、jpg、bmp"},
		"case_images":  {"用户案例图片", 5 * mb, coverTypes, "jpeg、png、jpg、bmp"},
		"media":        {"商品截图或视频", 100 * mb, []string{"image/jpeg", "image/png", "image/bmp", "image/x-ms-bmp", "image/gif", "image/webp", "video/mp4"}, "jpeg、png、jpg、bmp、gif、webp、mp4"},
	}
	caseFileRules = map[string]fileRule{
		"document": {"介绍文档", 100 * mb, docTypes, "pdf、png、jpg、jpeg、doc、docx、zip、mp4、ppt、pptx、bmp"},
	}
)

// fieldErrs collects the first error of each field.
type fieldErrs validation.Errors

func (f fieldErrs) add(field, code, msg string) {
	if _, ok := f[field]; !ok {
		f[field] = platform.Invalid(code, msg)
	}
}

// err returns the 400 of the collected errors, or nil.
func (f fieldErrs) err() error {
	if len(f) == 0 {
		return nil
	}
	return platform.BadRequest(validation.Errors(f))
}

// checkUploads applies rules to the files uploaded in this save (files kept
// from earlier saves were checked then).
func checkUploads(rec *core.Record, rules map[string]fileRule, errs fieldErrs) {
	for field, r := range rules {
		for _, f := range rec.GetUnsavedFiles(field) {
			if msg := checkUpload(f, r); msg != "" {
				errs.add(field, "invalid_file", msg)
				break
			}
		}
	}
}

func checkUpload(f *filesystem.File, r fileRule) string {
	if f.Size > r.maxSize {
		return fmt.Sprintf("%s不能超过 %dMB（%s 为 %.1fMB）", r.label, r.maxSize/mb, f.OriginalName, float64(f.Size)/float64(mb))
	}
	if err := validators.UploadedFileMimeType(r.mimes)(f); err != nil {
		return fmt.Sprintf("%s只支持 %s 格式（%s 的格式不支持）", r.label, r.typesMsg, f.OriginalName)
	}
	return ""
}

// codeList reads a JSON array of dict codes. ok is false when the value is
// not such an array.
func codeList(rec *core.Record, field string) (codes []string, ok bool) {
	raw := bytes.TrimSpace([]byte(rec.GetString(field)))
	if len(raw) == 0 || string(raw) == "null" {
		return nil, true
	}
	if err := json.Unmarshal(raw, &codes); err != nil {
		return nil, false
	}
	return codes, true
}

// checkCodes validates a code list field: shape, count, duplicates and
// (when withDict) membership in dictType.
func checkCodes(app core.App, rec *core.Record, field, label, dictType string, max int, withDict bool, errs fieldErrs) []string {
	codes, ok := codeList(rec, field)
	if !ok {
		errs.add(field, "invalid_codes", label+"格式不正确，应为选项编码的列表")
		return nil
	}
	if len(codes) > max {
		errs.add(field, "too_many", fmt.Sprintf("%s最多选择 %d 个（当前 %d 个）", label, max, len(codes)))
		return codes
	}
	seen := map[string]bool{}
	for _, c := range codes {
		switch {
		case seen[c]:
			errs.add(field, "duplicate", label+"不能重复选择："+c)
		case withDict && !forms.DictHas(app, dictType, c):
			errs.add(field, "unknown_code", label+"中的选项不存在："+c)
		}
		seen[c] = true
	}
	return codes
}

// validateProductRecord checks the rules every saved product obeys.
func validateProductRecord(app core.App, rec *core.Record) error {
	return productRecordErrs(app, rec, false).err()
}

// productRecordErrs collects the rule violations of rec. Dict codes are
// checked when set or changed (an option disabled later must not block,
// say, delisting a product that uses it); strict checks them all, as the
// submission does.
func productRecordErrs(app core.App, rec *core.Record, strict bool) fieldErrs {
	errs := fieldErrs{}
	changed := func(field string) bool {
		return strict || rec.IsNew() || rec.Original() == nil || rec.Original().GetString(field) != rec.GetString(field)
	}
	if t := rec.GetString("type"); t != "" && changed("type") && !forms.DictHas(app, dictProductType, t) {
		errs.add("type", "unknown_code", "发布类型不存在："+t)
	}
	for _, c := range []struct {
		field, label, dict string
		max                int
	}{
		{"tags", "标签", dictTag, maxTags},
		{"categories", "方案分类", dictCategory, maxCategories},
		{"industries", "适用行业", dictIndustry, maxIndustries},
	} {
		checkCodes(app, rec, c.field, c.label, c.dict, c.max, changed(c.field), errs)
	}

	lo, hi := rec.GetInt("hist_price_min_fen"), rec.GetInt("hist_price_max_fen")
	if lo < 0 {
		errs.add("hist_price_min_fen", "negative", "销售历史最低价格不能小于 0")
	}
	if hi < 0 {
		errs.add("hist_price_max_fen", "negative", "销售历史最高价格不能小于 0")
	}
	if lo > MaxPriceFen {
		errs.add("hist_price_min_fen", "too_large", "销售历史最低价格不能超过 10 亿元")
	}
	if hi > MaxPriceFen {
		errs.add("hist_price_max_fen", "too_large", "销售历史最高价格不能超过 10 亿元")
	}
	if lo > 0 && hi > 0 && lo > hi {
		errs.add("hist_price_min_fen", "min_gt_max", "销售历史最低价格不能高于销售历史最高价格")
	}
	if rec.GetInt("delivery_man_days") < 0 {
		errs.add("delivery_man_days", "negative", "交付人工数量（人天）不能小于 0")
	}
	checkContact(rec, errs)
	if msg := checkIntro(rec.GetString("intro")); msg != "" {
		errs.add("intro", "invalid_intro", msg)
	}
	checkUploads(rec, productFileRules, errs)
	return errs
}

// checkContact: methods ⊆ {phone, email}; each chosen method needs its value.
func checkContact(rec *core.Record, errs fieldErrs) {
	methods, ok := codeList(rec, "contact_methods")
	if !ok {
		errs.add("contact_methods", "invalid", "联系方式格式不正确，应为 [\"phone\", \"email\"] 中的选项")
		return
	}
	chosen := map[string]bool{}
	for _, m := range methods {
		if m != "phone" && m != "email" {
			errs.add("contact_methods", "invalid", "联系方式只能选择手机（phone）或邮箱（email）")
			return
		}
		if chosen[m] {
			errs.add("contact_methods", "duplicate", "联系方式不能重复选择")
		}
		chosen[m] = true
	}
	phone, email := strings.TrimSpace(rec.GetString("contact_phone")), strings.TrimSpace(rec.GetString("contact_email"))
	switch {
	case chosen["phone"] && phone == "":
		errs.add("contact_phone", "required", "联系方式勾选了手机，请填写手机")
	case phone != "" && !productPhonePattern.MatchString(phone):
		errs.add("contact_phone", "invalid_phone", "手机格式不正确，应为 1 开头的 11 位数字")
	}
	switch {
	case chosen["email"] && email == "":
		errs.add("contact_email", "required", "联系方式勾选了邮箱，请填写邮箱")
	case email != "" && is.EmailFormat.Validate(email) != nil:
		errs.add("contact_email", "invalid_email", "邮箱格式不正确")
	}
}

// introDoc is the intro page of §4.4.1 (图4-7…4-10). Images live in the
// product's file fields: banner_image, media (screenshots/videos) and
// case_images (cases[i].image names one of them, else the i-th is used).
type introDoc struct {
	Banner  *introBanner  `json:"banner,omitempty"`
	Details *introDetails `json:"details,omitempty"`
	Cases   []introCase   `json:"cases,omitempty"`
	Support *introSupport `json:"support,omitempty"`
}

type introBanner struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

type introDetails struct {
	Title       string   `json:"title"`
	Highlights  []string `json:"highlights"`
	Description string   `json:"description"`
	ModuleOrder []string `json:"module_order"`
}

type introCase struct {
	Title string `json:"title"`
	Text  string `json:"text"`
	Image string `json:"image,omitempty"`
}

type introSupport struct {
	Title   string `json:"title"`
	Hours   string `json:"hours"`
	Content string `json:"content"`
	Hotline string `json:"hotline"`
	Email   string `json:"email"`
}

// parseIntro decodes the intro JSON strictly (unknown keys are mistakes).
func parseIntro(raw string) (*introDoc, error) {
	doc := &introDoc{}
	raw = strings.TrimSpace(raw)
	if raw == "" || raw == "null" {
		return doc, nil
	}
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(doc); err != nil {
		return nil, err
	}
	return doc, nil
}

func tooLong(s string, max int) bool { return utf8.RuneCountInString(s) > max }

// checkIntro returns "" or the first problem of the intro document's shape.
func checkIntro(raw string) string {
	doc, err := parseIntro(raw)
	if err != nil {
		return "介绍页格式不正确：应包含 banner{title,text}、details{title,highlights,description,module_order}、cases[{title,text}]、support{hours,content,hotline,email}"
	}
	if b := doc.Banner; b != nil {
		if tooLong(b.Title, 100) {
			return "介绍页 Banner 标题不能超过 100 个字"
		}
		if tooLong(b.Text, 500) {
			return "介绍页 Banner 文字不能超过 500 个字"
		}
	}
	if d := doc.Details; d != nil {
		if tooLong(d.Title, 30) {
			return "商品详情标题不能超过 30 个字"
		}
		if len(d.Highlights) > 20 {
			return "商品亮点最多 20 条"
		}
		for _, h := range d.Highlights {
			if tooLong(h, 100) {
				return "每条商品亮点不能超过 100 个字"
			}
		}
		if tooLong(d.Description, 5000) {
			return "商品说明不能超过 5000 个字"
		}
		seen := map[string]bool{}
		for _, m := range d.ModuleOrder {
			if !introModules[m] || seen[m] {
				return "模块顺序只能包含 details、cases、support，且各一次"
			}
			seen[m] = true
		}
	}
	if len(doc.Cases) > casesRequired {
		return "用户案例只能配置 3 个"
	}
	for i, c := range doc.Cases {
		if tooLong(c.Title, 100) || tooLong(c.Text, 2000) {
			return fmt.Sprintf("用户案例%d：标题不能超过 100 个字，内容不能超过 2000 个字", i+1)
		}
	}
	if s := doc.Support; s != nil {
		switch {
		case tooLong(s.Title, 30):
			return "服务支持标题不能超过 30 个字"
		case tooLong(s.Hours, 100):
			return "售后服务时间不能超过 100 个字"
		case tooLong(s.Content, 1000):
			return "售后服务内容不能超过 1000 个字"
		case s.Hotline != "" && !hotlinePattern.MatchString(s.Hotline):
			return "服务热线格式不正确"
		case s.Email != "" && is.EmailFormat.Validate(s.Email) != nil:
			return "服务邮箱格式不正确"
		}
	}
	return ""
}

// MaxPriceFen caps every price a provider enters (spec prices and the
// historical price range): 10 亿元. Far above any service on the
// platform, and small enough that a price × the largest quantity (999)
// stays an exact integer in SQLite, Go and the browser's JSON numbers
// (< 2^53), so money is never rounded anywhere (issue 12, finding 10).
const MaxPriceFen = 1_000_000_000_00

// ValidateSpecData checks a spec given as data (a revision's spec list)
// with the rules of a saved spec, so a revision is refused at submit, not
// stuck at the department's approval.
func ValidateSpecData(app core.App, data map[string]any) error {
	col, err := app.FindCachedCollectionByNameOrId("product_specs")
	if err != nil {
		return err
	}
	rec := core.NewRecord(col)
	rec.Load(data)
	return validateSpecRecord(rec)
}

// validateSpecRecord: 图4-11 pricing rules.
func validateSpecRecord(rec *core.Record) error {
	errs := fieldErrs{}
	price := rec.GetInt("price_fen")
	switch rec.GetString("pricing") {
	case "simple":
		if price <= 0 {
			errs.add("price_fen", "price_required", "定价模式为简单模式时，请填写大于 0 的规格定价")
		}
	case "free":
		if price != 0 {
			errs.add("price_fen", "free_not_zero", "定价模式为免费时，规格定价必须为 0")
		}
	}
	if price > MaxPriceFen {
		errs.add("price_fen", "too_large", "规格定价不能超过 10 亿元")
	}
	return errs.err()
}

// twoDecimals reports whether v has at most two decimals (万元 figures).
func twoDecimals(v float64) bool {
	x := v * 100
	return math.Abs(x-math.Round(x)) < 1e-6
}

// validateCaseRecord: numbers of a case (图4-5) and its document.
func validateCaseRecord(rec *core.Record) error {
	errs := fieldErrs{}
	for _, f := range []struct{ field, label string }{
		{"annual_output_wan", "客户年产值（万元）"}, {"sales_wan", "方案销售额度（万元）"},
	} {
		v := rec.GetFloat(f.field)
		switch {
		case v < 0:
			errs.add(f.field, "negative", f.label+"不能小于 0")
		case !twoDecimals(v):
			errs.add(f.field, "decimals", f.label+"最多保留两位小数")
		}
	}
	if rec.GetFloat("delivery_months") < 0 {
		errs.add("delivery_months", "negative", "交付周期（月）不能小于 0")
	}
	if i := rec.GetInt("idx"); i < 1 || i > casesRequired {
		errs.add("idx", "invalid_idx", "案例序号只能是 1、2、3")
	}
	checkUploads(rec, caseFileRules, errs)
	return errs.err()
}
