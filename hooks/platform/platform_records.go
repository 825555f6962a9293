package platform

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// StoredRecord is the row as stored before this save. Record.Original()
// is blank for a record made with core.NewRecord and saved again (demo,
// fixtures, CLI), so then the row is read back.
func StoredRecord(app core.App, rec *core.Record) *core.Record {
	orig := rec.Original()
	if rec.IsNew() || orig.Id != "" {
		return orig
	}
	if fresh, err := app.FindRecordById(rec.Collection(), rec.Id); err == nil {
		return fresh
	}
	return orig
}

func UnmarshalJSONString(raw string, v any) error {
	raw = strings.TrimSpace(raw)
	if raw == "" || raw == "null" {
		return nil
	}
	return json.Unmarshal([]byte(raw), v)
}

// JSONStrings reads a JSON field holding a list of strings (null = none).
func JSONStrings(raw any) ([]string, error) {
	var out []string
	switch v := raw.(type) {
	case nil:
		return nil, nil
	case types.JSONRaw:
		if len(v) == 0 || string(v) == "null" {
			return nil, nil
		}
		if err := json.Unmarshal(v, &out); err != nil {
			return nil, err
		}
	case []string:
		out = v
	case []any:
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				return nil, &json.UnsupportedValueError{}
			}
			out = append(out, s)
		}
	default:
		raw, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(raw, &out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func ContainsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func FileURL(collection *core.Collection, recordID, name string) string {
	if name == "" {
		return ""
	}
	return "/api/files/" + collection.Id + "/" + recordID + "/" + url.PathEscape(name)
}
