package console

import (
	"fmt"
	"net/url"
	"time"

	"smedx/hooks/platform"
)

// Statistics windows: a granularity (month or week, in China time, weeks
// starting on Monday) and a range of whole periods. The database groups
// rows by periodSQL; the answer lists every period of the window (Keys),
// with zeros where nothing happened, so a chart has no gaps.

const (
	GranMonth = "month"
	GranWeek  = "week"

	maxPeriods = 120
	dateLayout = "2006-01-02"
	// dbTimeLayout is how PocketBase stores datetimes (UTC); string
	// comparison of such values is chronological.
	dbTimeLayout = "2006-01-02 15:04:05.000Z"
)

type window struct {
	Gran     string
	From, To time.Time // China time; From is a period start, To the start of the period after the last
}

// periodStart is the start of the period holding t (China time).
func periodStart(gran string, t time.Time) time.Time {
	t = t.In(platform.China)
	if gran == GranWeek {
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		return time.Date(t.Year(), t.Month(), t.Day()-back, 0, 0, 0, 0, platform.China)
	}
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, platform.China)
}

func nextPeriod(gran string, start time.Time) time.Time {
	if gran == GranWeek {
		return start.AddDate(0, 0, 7)
	}
	return start.AddDate(0, 1, 0)
}

// periodKey names the period starting at start: "2026-03" for a month,
// the Monday "2026-03-02" for a week (the same strings periodSQL makes).
func periodKey(gran string, start time.Time) string {
	if gran == GranWeek {
		return start.Format(dateLayout)
	}
	return start.Format("2006-01")
}

// periodSQL is periodKey of the datetime column col as a SQLite expression.
// 'weekday 0' moves to the next Sunday (or stays on one); 6 days back is
// that week's Monday.
func periodSQL(gran, col string) string {
	if gran == GranWeek {
		return fmt.Sprintf("date(%s, '+8 hours', 'weekday 0', '-6 days')", col)
	}
	return fmt.Sprintf("strftime('%%Y-%%m', %s, '+8 hours')", col)
}

// parseWindow reads granularity, from and to (dates, to inclusive) from q.
// Without from/to it is the last 12 periods up to now.
func parseWindow(q url.Values, now time.Time) (window, error) {
	w := window{Gran: q.Get("granularity")}
	switch w.Gran {
	case "":
		w.Gran = GranMonth
	case GranMonth, GranWeek:
	default:
		return w, platform.FieldError("granularity", "invalid_granularity", "统计粒度只能是按月（month）或按周（week）")
	}
	last := now
	if s := q.Get("to"); s != "" {
		d, err := time.ParseInLocation(dateLayout, s, platform.China)
		if err != nil {
			return w, platform.FieldError("to", "invalid_date", "结束日期格式应为 YYYY-MM-DD")
		}
		last = d
	}
	w.To = nextPeriod(w.Gran, periodStart(w.Gran, last))
	if s := q.Get("from"); s != "" {
		d, err := time.ParseInLocation(dateLayout, s, platform.China)
		if err != nil {
			return w, platform.FieldError("from", "invalid_date", "开始日期格式应为 YYYY-MM-DD")
		}
		w.From = periodStart(w.Gran, d)
	} else {
		w.From = w.To
		for range 12 {
			w.From = periodStart(w.Gran, w.From.Add(-time.Hour))
		}
	}
	if !w.From.Before(w.To) {
		return w, platform.FieldError("from", "from_after_to", "开始日期不能晚于结束日期")
	}
	if n := len(w.Keys()); n > maxPeriods {
		unit := map[string]string{GranMonth: "个月", GranWeek: "周"}[w.Gran]
		return w, platform.FieldError("from", "window_too_long", fmt.Sprintf("统计区间最多 %d %s，请缩短区间或按月统计", maxPeriods, unit))
	}
	return w, nil
}

// Keys lists the periods of w in order.
func (w window) Keys() []string {
	var out []string
	for t := w.From; t.Before(w.To) && len(out) <= maxPeriods; t = nextPeriod(w.Gran, t) {
		out = append(out, periodKey(w.Gran, t))
	}
	return out
}

// Bounds are From and To as stored datetimes (UTC) for "col >= from AND
// col < to".
func (w window) Bounds() (string, string) {
	return w.From.UTC().Format(dbTimeLayout), w.To.UTC().Format(dbTimeLayout)
}

// Describe is the window for the answer: the dates the UI shows (to
// inclusive).
func (w window) Describe() map[string]any {
	return map[string]any{
		"granularity": w.Gran,
		"from":        w.From.Format(dateLayout),
		"to":          w.To.AddDate(0, 0, -1).Format(dateLayout),
		"periods":     w.Keys(),
	}
}
