package exports

import (
	"encoding/json"
	"strings"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// SQL fragments and label functions the dataset declarations share.

// dictLabel is the label of the dict option of type whose code is the SQL
// expression code (the code itself when the option is gone).
func dictLabel(typ, code string) string {
	return "COALESCE((SELECT [[dd.label]] FROM {{dicts}} dd WHERE [[dd.type]] = '" + typ + "' AND [[dd.code]] = " + code + "), " + code + ")"
}

// dictLabels joins the labels of a JSON array of dict codes with 、.
func dictLabels(typ, jsonCol string) string {
	return "(SELECT group_concat([[dd.label]], '、') FROM json_each(CASE WHEN json_valid(" + jsonCol + ") THEN " + jsonCol +
		" ELSE '[]' END) jj JOIN {{dicts}} dd ON [[dd.type]] = '" + typ + "' AND [[dd.code]] = [[jj.value]])"
}

// jsonText is a string member of a JSON column ("" when absent).
func jsonText(col, path string) string {
	return "COALESCE(json_extract(CASE WHEN json_valid(" + col + ") THEN " + col + " ELSE '{}' END, '" + path + "'), '')"
}

// labels turns a code → label map into a Labels function.
func labels(m map[string]string) func(string) string {
	return func(code string) string { return workflow.Label(m, code) }
}

// stateLabels names the states of a workflow machine.
func stateLabels(machine string) func(string) string {
	return func(state string) string {
		if state == "" {
			return ""
		}
		return workflow.StateLabel(machine, state)
	}
}

// decisionsText renders a JSON array of review decisions (built by
// decisionsSQL) as "张三 通过（意见）；李四 驳回（意见）".
func decisionsText(raw string) string {
	var list []struct {
		Name     string `json:"n"`
		Decision string `json:"d"`
		Comment  string `json:"c"`
	}
	if platform.UnmarshalJSONString(raw, &list) != nil {
		return ""
	}
	parts := make([]string, 0, len(list))
	for _, d := range list {
		s := strings.TrimSpace(d.Name + " " + workflow.Label(workflow.DecisionNames, d.Decision))
		if d.Comment != "" {
			s += "（" + d.Comment + "）"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "；")
}

// decisionsSQL is the JSON array of the decisions of stage of the
// application a, oldest first.
func decisionsSQL(stage string) string {
	return "(SELECT json_group_array(json_object('n', [[rr.reviewer_name]], 'd', [[rr.decision]], 'c', [[rr.comment]])) FROM " +
		"(SELECT * FROM {{review_records}} r WHERE [[r.application]] = [[a.id]] AND [[r.stage]] = '" + stage + "' ORDER BY [[r.created]], [[r.id]]) rr)"
}

// detailText shows an audit detail JSON object compactly ("" for none).
func detailText(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || raw == "null" || raw == "{}" {
		return ""
	}
	var v any
	if json.Unmarshal([]byte(raw), &v) != nil {
		return raw
	}
	out, _ := json.Marshal(v)
	return string(out)
}
