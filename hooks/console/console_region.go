package console

import (
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// Where an enterprise is and what it does, read from its questionnaire
// (enterprises.profile, templates/forms/*.json):
//
//   - profile.region is the 所在地区 cascader value, the GB/T 2260 codes
//     from province down (["370000", "370100", "370102"]). The region dict
//     (dicts type "region") is the same tree: a row per code, `parent`
//     the code above. The 地市 of a code is its 4-digit prefix + "00"
//     (370102 → 370100); a province code (xx0000) has none. Providers'
//     questionnaires ask no region: they count as 未填写.
//   - profile.industry_1 is the main 国民经济行业分类 code, a 门类 letter
//     ("C") or a 大类 of manufacturing ("C34"); the figures group by 门类,
//     its first letter (dicts type "industry").
//
// Both are SQL expressions, so the grouping happens in the database.

// UnknownCode is the bucket of rows without a region or industry.
const UnknownCode = ""

// UnknownLabel names UnknownCode in the answers.
const UnknownLabel = "未填写"

// safeProfile is the profile column as JSON (malformed JSON would make
// json_extract fail the whole query).
func safeProfile(col string) string {
	return fmt.Sprintf("(CASE WHEN json_valid(%[1]s) THEN %[1]s ELSE '{}' END)", col)
}

// citySQL is the 地市 code of the profile column col ("" when unknown).
func citySQL(col string) string {
	last := fmt.Sprintf("COALESCE(json_extract(%s, '$.region[#-1]'), '')", safeProfile(col))
	return fmt.Sprintf("(CASE WHEN json_type(%[2]s, '$.region') = 'array' AND length(%[1]s) = 6 AND substr(%[1]s, 3, 4) <> '0000' THEN substr(%[1]s, 1, 4) || '00' ELSE '' END)", last, safeProfile(col))
}

// industrySQL is the 门类 letter of the profile column col ("" when unknown).
func industrySQL(col string) string {
	return fmt.Sprintf("COALESCE(substr(json_extract(%s, '$.industry_1'), 1, 1), '')", safeProfile(col))
}

// dictLabels returns the labels of codes of a dict type. For regions a
// 市辖区/县 row (the city level of the municipalities) takes its parent's
// name, so 北京市 shows instead of 市辖区.
func dictLabels(app core.App, typ string, codes []string) (map[string]string, error) {
	out := map[string]string{UnknownCode: UnknownLabel}
	want := make([]any, 0, len(codes))
	for _, c := range codes {
		if c != "" {
			want = append(want, c)
		}
	}
	if len(want) == 0 {
		return out, nil
	}
	var rows []struct {
		Code   string `db:"code"`
		Label  string `db:"label"`
		Parent string `db:"parent_label"`
	}
	err := app.DB().NewQuery(`SELECT d.code, d.label, COALESCE(p.label, '') AS parent_label
		FROM dicts d LEFT JOIN dicts p ON p.type = d.type AND p.code = d.parent AND d.parent != ''
		WHERE d.type = {:type} AND d.code IN (` + placeholders("c", len(want)) + `)`).
		Bind(bindList(dbx.Params{"type": typ}, "c", want)).All(&rows)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		label := r.Label
		if typ == "region" && (label == "市辖区" || label == "县") && r.Parent != "" {
			label = r.Parent
		}
		out[r.Code] = label
	}
	for _, c := range codes {
		if _, ok := out[c]; !ok {
			out[c] = c // a code no longer in the dict shows as itself
		}
	}
	return out, nil
}

// placeholders returns "{:p0}, {:p1}, …" for n values.
func placeholders(prefix string, n int) string {
	s := ""
	for i := range n {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("{:%s%d}", prefix, i)
	}
	return s
}

// bindList adds values as prefix0, prefix1, … to params.
func bindList(params dbx.Params, prefix string, values []any) dbx.Params {
	for i, v := range values {
		params[fmt.Sprintf("%s%d", prefix, i)] = v
	}
	return params
}
