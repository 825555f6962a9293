package forms

import (
	"math"
	"net/mail"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	validation "github.com/pocketbase/ozzo-validation/v4"

	"smedx/hooks/platform"
)

// DictLookup reports whether code is an entry of the option list dictType.
type DictLookup func(dictType, code string) bool

var (
	reMobile   = regexp.MustCompile(`^1\d{10}$`)
	rePostcode = regexp.MustCompile(`^\d{6}$`)
)

// ValidateProfile checks the answers of an enterprise questionnaire against
// the schema of kind: types, ranges, decimals, lengths, option membership
// (inline options, or dictLookup for dict-backed fields; nil accepts every
// dict code) and the formats of phones, emails, postcodes and credit codes.
// Required fields are enforced only when complete is true (a draft may be
// incomplete). Keys outside the schema, and fields stored in enterprises
// columns, are refused. Error keys are "profile.<field key>".
func ValidateProfile(kind string, profile map[string]any, complete bool, dictLookup func(dictType, code string) bool) validation.Errors {
	errs := validation.Errors{}
	form, err := FormSchema(kind)
	if err != nil {
		errs["kind"] = platform.Invalid("kind_invalid", "企业类型不正确，应为服务商或企业用户")
		return errs
	}
	keys := make([]string, 0, len(profile))
	for k := range profile {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	nums := map[string]float64{}
	for _, k := range keys {
		fl := form.Field(k)
		switch {
		case fl == nil:
			errs["profile."+k] = platform.Invalid("unknown_field", "企业信息含有未知字段："+clip(k, 40))
			continue
		case fl.Column != "":
			errs["profile."+k] = platform.Invalid("column_field", fl.Label+"应填写在对应栏目中，不能放在企业信息里")
			continue
		}
		v := profile[k]
		if isEmptyValue(v) {
			continue
		}
		if msg := checkValue(fl, v, dictLookup); msg != "" {
			errs["profile."+k] = platform.Invalid("invalid_"+fl.Type, msg)
			continue
		}
		if n, ok := toFloat(v); ok && isNumeric(fl.Type) {
			nums[k] = n // ("YYYY" years are left out: no "lte" names a year)
		}
	}
	// Cross-field limits, once both values are there and valid.
	for _, fl := range form.Fields() {
		if fl.Lte == "" {
			continue
		}
		a, okA := nums[fl.Key]
		b, okB := nums[fl.Lte]
		if okA && okB && a > b {
			errs["profile."+fl.Key] = platform.Invalid("exceeds_"+fl.Lte, fl.Label+"不能大于"+form.Field(fl.Lte).Label)
		}
	}
	if complete {
		for _, fl := range form.Fields() {
			if !fl.Required || fl.Column != "" {
				continue
			}
			if _, bad := errs["profile."+fl.Key]; !bad && isEmptyValue(profile[fl.Key]) {
				errs["profile."+fl.Key] = platform.Invalid("required", requiredMessage(fl))
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func requiredMessage(fl *Field) string {
	switch fl.Type {
	case TypeFile:
		return "请上传" + fl.Label
	case TypeSelect, TypeMultiselect, TypeRadio, TypeBool, TypeRegion, TypeDate, TypeYear:
		return "请选择" + fl.Label
	}
	return "请填写" + fl.Label
}

// isEmptyValue: null, "", whitespace and [] are "not answered".
func isEmptyValue(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return strings.TrimSpace(x) == ""
	case []any:
		return len(x) == 0
	case []string:
		return len(x) == 0
	}
	return false
}

// checkValue returns the Chinese message of what is wrong with v, or "".
func checkValue(fl *Field, v any, dictLookup DictLookup) string {
	label := fl.Label
	switch fl.Type {
	case TypeText, TypeTextarea:
		s, ok := v.(string)
		if !ok {
			return label + "应为文本"
		}
		if !utf8.ValidString(s) {
			return label + "含有无效字符"
		}
		if n := utf8.RuneCountInString(s); fl.MaxLength > 0 && n > fl.MaxLength {
			return label + "不能超过" + strconv.Itoa(fl.MaxLength) + "个字"
		}
	case TypeNumber, TypeInteger, TypeMoneyWan, TypePercent, TypeYear:
		n, ok := toFloat(v)
		if s, isStr := v.(string); isStr && fl.Type == TypeYear && len(s) == 4 {
			// A year picker's value format is "YYYY".
			y, err := strconv.Atoi(s)
			n, ok = float64(y), err == nil
		}
		if !ok {
			return label + "应为数字"
		}
		if math.IsNaN(n) || math.IsInf(n, 0) {
			return label + "应为数字"
		}
		if (fl.Type == TypeInteger || fl.Type == TypeYear) && n != math.Trunc(n) {
			return label + "应为整数"
		}
		if fl.Min != nil && n < *fl.Min {
			return label + "不能小于" + formatNum(*fl.Min)
		}
		if fl.Max != nil && n > *fl.Max {
			return label + "不能大于" + formatNum(*fl.Max)
		}
		if fl.Decimals != nil && *fl.Decimals > 0 && decimalPlaces(n) > *fl.Decimals {
			return label + "最多保留" + strconv.Itoa(*fl.Decimals) + "位小数"
		}
	case TypeDate:
		s, ok := v.(string)
		if !ok {
			return label + "应为日期"
		}
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			return label + "应为 YYYY-MM-DD 格式的日期"
		}
		// Every date of these questionnaires is in the past (founding,
		// start of operation); a day of slack covers time zones.
		if d.Year() < 1900 {
			return label + "不能早于1900年"
		}
		if d.After(time.Now().Add(24 * time.Hour)) {
			return label + "不能晚于今天"
		}
	case TypeSelect, TypeRadio:
		s, ok := v.(string)
		if !ok || !optionOK(fl, s, dictLookup) {
			return label + "的选项无效，请重新选择"
		}
	case TypeMultiselect:
		items, ok := toStrings(v)
		if !ok {
			return label + "的选项无效，请重新选择"
		}
		if fl.MaxItems > 0 && len(items) > fl.MaxItems {
			return label + "最多选择" + strconv.Itoa(fl.MaxItems) + "项"
		}
		seen := map[string]bool{}
		for _, s := range items {
			if seen[s] {
				return label + "有重复的选项"
			}
			seen[s] = true
			if !optionOK(fl, s, dictLookup) {
				return label + "的选项无效，请重新选择"
			}
		}
	case TypeRegion:
		// The cascader's value: codes from province down, 1 to 3 levels.
		items, ok := toStrings(v)
		if !ok || len(items) > 3 {
			return label + "格式不正确，请重新选择"
		}
		for _, s := range items {
			if s == "" || len(s) > 20 || (dictLookup != nil && !dictLookup(fl.Dict, s)) {
				return label + "格式不正确，请重新选择"
			}
		}
	case TypeBool:
		if _, ok := v.(bool); !ok {
			return label + "应为“是”或“否”"
		}
	case TypePhone:
		if s, ok := v.(string); !ok || !reMobile.MatchString(s) {
			return label + "格式不正确"
		}
	case TypePostcode:
		if s, ok := v.(string); !ok || !rePostcode.MatchString(s) {
			return label + "格式不正确"
		}
	case TypeEmail:
		if s, ok := v.(string); !ok || !validEmail(s) {
			return label + "格式不正确"
		}
	case TypeCreditCode:
		s, ok := v.(string)
		if !ok {
			return label + "格式不正确"
		}
		return creditCodeProblem(label, s)
	default:
		return label + "不能填写在企业信息中"
	}
	return ""
}

func optionOK(fl *Field, s string, dictLookup DictLookup) bool {
	if fl.Dict != "" {
		return s != "" && len(s) <= 100 && (dictLookup == nil || dictLookup(fl.Dict, s))
	}
	for _, o := range fl.Options {
		if o.Value == s {
			return true
		}
	}
	return false
}

func validEmail(s string) bool {
	if len(s) > 254 || strings.ContainsAny(s, " <>\"") {
		return false
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	return at > 0 && strings.Contains(s[at+1:], ".") && !strings.HasSuffix(s, ".")
}

// toFloat accepts JSON numbers (float64 after decoding) and the Go number
// types code may put into a profile. Numeric strings are refused: the UI
// sends numbers.
func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case float32:
		return float64(x), true
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case int32:
		return float64(x), true
	}
	return 0, false
}

func toStrings(v any) ([]string, bool) {
	switch x := v.(type) {
	case []string:
		return x, true
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	}
	return nil, false
}

// decimalPlaces counts the digits after the point of the shortest decimal
// form of n (what the user typed, once parsed).
func decimalPlaces(n float64) int {
	s := strconv.FormatFloat(n, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

func formatNum(n float64) string { return strconv.FormatFloat(n, 'f', -1, 64) }

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
