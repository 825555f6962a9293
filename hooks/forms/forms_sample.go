package forms

import (
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// sampleDictCodes stand in for option lists that are not seeded: the codes
// the standards use (GB/T 4754 门类, 行政区划代码, 登记注册类型, 纳税信用级别).
var sampleDictCodes = map[string][]string{
	"industry": {"C34"}, "city": {"370100"}, "region": {"370000", "370100", "370102"},
	"registration_type": {"170"}, "tax_credit_level": {"A"}, "enterprise_type": {"private"},
	"key_industry_chain": {"equipment_cnc"}, "service_scope": {"diagnosis"},
	"solution_category": {"production"}, "tag": {"intelligent_manufacturing"},
	"listed_status": {"unlisted"}, "demand": {"production_control"},
}

// SampleProfile returns a profile of kind answering every required field
// (of the profile, not the columns) with a plausible valid value: what
// test fixtures and code that creates certified tenants directly need.
// codes gives the codes of a dict type in display order (nil or an empty
// answer: the standard codes above).
func SampleProfile(kind string, codes func(dictType string) []string) map[string]any {
	form, err := FormSchema(kind)
	if err != nil {
		return map[string]any{}
	}
	// The standard sample codes when the list has them, else its first.
	dict := func(t string) []string {
		var list []string
		if codes != nil {
			list = codes(t)
		}
		if len(list) == 0 {
			return sampleDictCodes[t]
		}
		have := map[string]bool{}
		for _, c := range list {
			have[c] = true
		}
		for _, c := range sampleDictCodes[t] {
			if !have[c] {
				return list[:1]
			}
		}
		return sampleDictCodes[t]
	}
	out := map[string]any{}
	for _, fl := range form.Fields() {
		if !fl.Required || fl.Column != "" {
			continue
		}
		var first string
		if fl.Dict != "" {
			first = dict(fl.Dict)[0]
		} else if len(fl.Options) > 0 {
			first = fl.Options[0].Value
		}
		switch fl.Type {
		case TypeText, TypeTextarea:
			out[fl.Key] = fl.Label + "（示例）"
		case TypeNumber, TypeInteger, TypeMoneyWan, TypePercent:
			// One value for all numbers keeps every "lte" pair valid.
			out[fl.Key] = 10.0
		case TypeYear:
			out[fl.Key] = 2015.0
		case TypeDate:
			out[fl.Key] = "2015-06-01"
		case TypeBool:
			out[fl.Key] = false
		case TypePhone:
			out[fl.Key] = "13800000000"
		case TypeEmail:
			out[fl.Key] = "contact@example.cn"
		case TypePostcode:
			out[fl.Key] = "250000"
		case TypeSelect, TypeRadio:
			out[fl.Key] = first
		case TypeMultiselect:
			out[fl.Key] = []any{first}
		case TypeRegion:
			out[fl.Key] = toAnySlice(dict(fl.Dict))
		}
	}
	return out
}

// SampleProfileFor is SampleProfile with the codes of app's dicts
// collection (when there is one).
func SampleProfileFor(app core.App, kind string) map[string]any {
	return SampleProfile(kind, func(dictType string) []string { return DictCodes(app, dictType) })
}

// DictCodes lists the codes of dictType in the dicts collection in display
// order (enabled ones; an option under a disabled parent may be listed);
// nil when the collection does not exist or has none.
func DictCodes(app core.App, dictType string) []string {
	if _, err := app.FindCachedCollectionByNameOrId("dicts"); err != nil {
		return nil
	}
	var codes []string
	_ = app.DB().Select("code").From("dicts").
		Where(dbx.HashExp{"type": dictType, "enabled": true}).
		OrderBy("sort ASC", "code ASC").Limit(10000).Column(&codes)
	return codes
}

func toAnySlice(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
