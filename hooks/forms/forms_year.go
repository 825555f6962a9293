package forms

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"smedx/hooks/platform"
)

// Figures of a year (营业收入, 研发费用…) were labelled with the guide's
// years (2021/2022), so the form asked for 2022 figures in every later
// year (issue 13). A field with YearOffset is now labelled relative to the
// current year and its answer carries the year it is for, stored beside
// it as profile["<key>_year"]: a value entered in 2026 for last year
// stays 2025's figure when read in 2027.

// firstProfileYear is the earliest year a stored figure may be for.
const firstProfileYear = 1990

// YearKey is the profile key holding the year of field key's value.
func YearKey(key string) string { return key + "_year" }

// chinaYear is the current year in China, where the accounts are kept.
func chinaYear() int { return time.Now().In(platform.China).Year() }

// DefaultYear is the year a new answer of fl is for (now + offset).
func (fl *Field) DefaultYear(now int) int {
	if fl.YearOffset == nil {
		return 0
	}
	return now + *fl.YearOffset
}

// labelFor is fl's label for the answers of profile: prefixed with the
// stored year (or the default year) when fl is a figure of a year.
func (fl *Field) labelFor(profile map[string]any, now int) string {
	if fl.YearOffset == nil {
		return fl.Label
	}
	year := fl.DefaultYear(now)
	if y, ok := profileYear(profile[YearKey(fl.Key)]); ok {
		year = y
	}
	return strconv.Itoa(year) + "年" + fl.Label
}

// withYearLabel is a copy of fl whose Label names the year, for messages.
func (fl *Field) withYearLabel(profile map[string]any, now int) *Field {
	if fl.YearOffset == nil {
		return fl
	}
	c := *fl
	c.Label = fl.labelFor(profile, now)
	return &c
}

// profileYear reads a stored year: a whole JSON number or digit string.
func profileYear(v any) (int, bool) {
	switch x := v.(type) {
	case float64:
		if x == float64(int(x)) {
			return int(x), true
		}
	case int:
		return x, true
	case json.Number:
		n, err := strconv.Atoi(x.String())
		return n, err == nil
	case string:
		n, err := strconv.Atoi(strings.TrimSpace(x))
		return n, err == nil
	}
	return 0, false
}

// yearProblem is the message for a bad "<key>_year" of field fl, or "".
func yearProblem(fl *Field, v any, now int) string {
	y, ok := profileYear(v)
	if !ok || y < firstProfileYear || y > now {
		return fl.Label + "的年份不正确，应为 " + strconv.Itoa(firstProfileYear) + "–" + strconv.Itoa(now) + " 年"
	}
	return ""
}

// yearField is the field whose year k holds ("revenue_2022_year" →
// revenue_2022), or nil.
func (f *Form) yearField(k string) *Field {
	base, ok := strings.CutSuffix(k, "_year")
	if !ok {
		return nil
	}
	if fl := f.fields[base]; fl != nil && fl.YearOffset != nil {
		return fl
	}
	return nil
}

// stampYears gives every answered figure of a year whose value is new or
// changed (against orig, the stored profile) the year it is for when the
// client sent none, and drops the year of an unanswered one, so an API
// client that knows nothing of years still stores them. It reports
// whether profile changed.
func stampYears(form *Form, profile, orig map[string]any, now int) bool {
	changed := false
	for _, fl := range form.Fields() {
		if fl.YearOffset == nil {
			continue
		}
		yk := YearKey(fl.Key)
		_, hasYear := profile[yk]
		switch {
		case isEmptyValue(profile[fl.Key]):
			if hasYear {
				delete(profile, yk)
				changed = true
			}
		case hasYear:
		case !sameJSON(profile[fl.Key], orig[fl.Key]):
			profile[yk] = fl.DefaultYear(now)
			changed = true
		case orig[yk] != nil:
			// The same value sent without its year keeps the stored year.
			profile[yk] = orig[yk]
			changed = true
		}
	}
	return changed
}

func sameJSON(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}
