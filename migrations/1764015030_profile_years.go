package migrations

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// The figures of a year in enterprises.profile (营业收入, 研发费用…) now
// carry the year they are for in "<key>_year" and are labelled relative
// to the current year (hooks/forms/forms_year.go, issue 13). Answers given
// before were asked for with the guide's fixed labels — "2022年营业收入",
// "2021年研发费用", "2022年毛利率" — so each keeps the year its label named:
// the year in its key, 2022 for gross_margin. Raw SQL: no hook or cache
// of a later version is involved. Down drops the years again.
var (
	profileYearKey = regexp.MustCompile(`_(20[0-9]{2})$`)
	// profileYearless are the figures of a year whose key names none.
	profileYearless = map[string]int{"gross_margin": 2022}
)

func legacyProfileYear(key string) int {
	if y, ok := profileYearless[key]; ok {
		return y
	}
	if m := profileYearKey.FindStringSubmatch(key); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	return 0
}

func rewriteProfiles(app core.App, edit func(profile map[string]any) bool) error {
	var rows []struct {
		ID      string `db:"id"`
		Profile string `db:"profile"`
	}
	if err := app.DB().NewQuery(`SELECT id, profile FROM enterprises WHERE json_valid(profile) AND json_type(profile) = 'object'`).All(&rows); err != nil {
		return err
	}
	for _, r := range rows {
		var p map[string]any
		if json.Unmarshal([]byte(r.Profile), &p) != nil || !edit(p) {
			continue
		}
		raw, err := json.Marshal(p)
		if err != nil {
			return err
		}
		if _, err := app.DB().Update("enterprises", dbx.Params{"profile": string(raw)}, dbx.HashExp{"id": r.ID}).Execute(); err != nil {
			return err
		}
	}
	return nil
}

func init() {
	m.Register(func(app core.App) error {
		return rewriteProfiles(app, func(p map[string]any) bool {
			stamps := map[string]int{}
			for k, v := range p {
				if y := legacyProfileYear(k); y != 0 && v != nil && v != "" && p[k+"_year"] == nil {
					stamps[k+"_year"] = y
				}
			}
			for k, y := range stamps {
				p[k] = y
			}
			return len(stamps) > 0
		})
	}, func(app core.App) error {
		return rewriteProfiles(app, func(p map[string]any) bool {
			changed := false
			for k := range p {
				if base, ok := strings.CutSuffix(k, "_year"); ok && legacyProfileYear(base) != 0 {
					delete(p, k)
					changed = true
				}
			}
			return changed
		})
	})
}
