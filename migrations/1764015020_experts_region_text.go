package migrations

import (
	"encoding/json"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// experts.region_text was taken from the client, whose label lookup once
// stopped inside the first option with children and stored the bare codes
// ("370000370800370811") that the public 专家团队 showed (issue 13,
// finding 1). Since then the server derives it from experts.region
// (hooks/forms: forms.RegionText); this repairs the rows written before,
// in the same form (labels joined by "/"). Rows whose codes are not all in
// the region dict keep their text. Raw SQL, so no hook or cache of a later
// version is involved; the down step has nothing to undo (the old texts
// were wrong).
func init() {
	m.Register(func(app core.App) error {
		var rows []struct {
			ID     string `db:"id"`
			Region string `db:"region"`
			Text   string `db:"region_text"`
		}
		if err := app.DB().NewQuery(`SELECT id, region, region_text FROM experts
			WHERE json_valid(region) AND json_type(region) = 'array' AND json_array_length(region) > 0`).All(&rows); err != nil {
			return err
		}
		for _, r := range rows {
			var codes []string
			if json.Unmarshal([]byte(r.Region), &codes) != nil {
				continue
			}
			labels := make([]string, 0, len(codes))
			for _, c := range codes {
				var label string
				_ = app.DB().NewQuery(`SELECT label FROM dicts WHERE type = 'region' AND code = {:c}`).
					Bind(dbx.Params{"c": c}).Row(&label)
				if label == "" {
					break
				}
				labels = append(labels, label)
			}
			text := strings.Join(labels, "/")
			if len(labels) != len(codes) || text == r.Text {
				continue
			}
			if _, err := app.DB().Update("experts", dbx.Params{"region_text": text}, dbx.HashExp{"id": r.ID}).Execute(); err != nil {
				return err
			}
		}
		return nil
	}, func(app core.App) error { return nil })
}
