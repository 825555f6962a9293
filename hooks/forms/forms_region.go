package forms

import (
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// RegionSeparator joins the labels of a region path in stored texts
// (山东省/济宁市/任城区); migration 1764015020 writes the same form.
const RegionSeparator = "/"

// RegionText is the human-readable label of a region code path
// ([370000, 370800, 370811] → 山东省/济宁市/任城区) from the region dict,
// and whether every code is an enabled option. An empty path is "", true.
func RegionText(app core.App, codes []string) (string, bool) {
	labels := make([]string, 0, len(codes))
	for _, c := range codes {
		l := DictLabel(app, "region", c)
		if l == "" {
			return "", false
		}
		labels = append(labels, l)
	}
	return strings.Join(labels, RegionSeparator), true
}

// registerRegionTexts keeps experts.region_text derived from experts.region
// on every save path (the 设为专家 route, the dashboard, the demo): the
// text was once taken from the client and stored the bare codes
// ("370000370800370811") on the public 专家团队 (issue 13, finding 1), so
// the client's text is never trusted. A region whose codes are no longer
// options keeps its text unless the region itself is being changed, so
// retiring an option does not lock the experts who chose it.
func registerRegionTexts(app core.App) {
	app.OnRecordValidate("experts").BindFunc(func(e *core.RecordEvent) error {
		codes, err := platform.JSONStrings(e.Record.Get("region"))
		if err != nil {
			return validation.Errors{"region": platform.Invalid("invalid_region", "所属区域格式不正确")}
		}
		text, ok := RegionText(e.App, codes)
		switch {
		case ok:
			e.Record.Set("region_text", text)
		case e.Record.IsNew() || regionChanged(e.Record):
			return validation.Errors{"region": platform.Invalid("invalid_option", "所属区域的选项不存在")}
		}
		return e.Next()
	})
}

func regionChanged(rec *core.Record) bool {
	before, _ := platform.JSONStrings(rec.Original().Get("region"))
	after, _ := platform.JSONStrings(rec.Get("region"))
	return strings.Join(before, ",") != strings.Join(after, ",")
}
