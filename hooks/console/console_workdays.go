package console

import (
	"fmt"
	"math"
	"time"

	"smedx/hooks/platform"
)

// Working days for the review figures (time per stage, items past 3
// working days). A working day is a whole Monday–Friday in China time:
// Saturdays and Sundays do not count, every weekday counts in full (no
// office hours). Public holidays and the make-up working days (调休) are
// NOT modelled: the State Council publishes them each year and the
// platform has no calendar of them yet, so a stage spanning 国庆 counts
// the holiday weekdays as working days.
//
// The clock is defined once, as workClock: the number of working days
// elapsed since a Monday in 2000 at instant t. The time between a and b
// is workClock(b) - workClock(a). workClockSQL is the same function as a
// SQLite expression, so percentiles are computed in the database without
// loading the rows; a test checks both agree.

// workEpoch is a Monday, 00:00 China time.
var workEpoch = time.Date(2000, 1, 3, 0, 0, 0, 0, platform.China)

// workEpochJulian is julianday() of workEpoch's China-time wall clock
// (SQLite works on UTC strings; the expression adds 8 hours first).
const workEpochJulian = 2451546.5

// OverdueWorkingDays is the service promise of each review stage.
const OverdueWorkingDays = 3.0

// workClock returns the working days elapsed between workEpoch and t.
func workClock(t time.Time) float64 {
	x := t.Sub(workEpoch).Hours() / 24
	day := math.Floor(x)
	week := math.Floor(day / 7)
	dow := day - week*7 // 0 = Monday … 6 = Sunday
	v := week*5 + math.Min(dow, 5)
	if dow < 5 {
		v += x - day
	}
	return v
}

// WorkingDaysBetween is the working time from a to b in days (negative
// when b is before a).
func WorkingDaysBetween(a, b time.Time) float64 {
	return workClock(b) - workClock(a)
}

// workClockSQL is workClock of the datetime column (or expression) col as a
// SQLite expression. PocketBase stores UTC "2006-01-02 15:04:05.000Z",
// which julianday() reads. CAST truncates toward zero, which equals floor
// for instants after the epoch (every row of the platform).
func workClockSQL(col string) string {
	x := fmt.Sprintf("(julianday(%s) + 8.0/24 - %v)", col, workEpochJulian)
	day := "CAST(" + x + " AS INTEGER)"
	return fmt.Sprintf("((%[1]s / 7) * 5 + MIN(%[1]s %% 7, 5) + CASE WHEN %[1]s %% 7 < 5 THEN %[2]s - %[1]s ELSE 0 END)", day, x)
}

// nearestRank is the 1-based rank of the p-th percentile (0 < p ≤ 1) of n
// sorted values by the nearest-rank method: ceil(p·n). The median of 4
// values is the 2nd, its p90 the 4th. 0 when n is 0.
func nearestRank(p float64, n int) int {
	if n <= 0 {
		return 0
	}
	r := int(math.Ceil(p*float64(n) - 1e-9))
	return min(max(r, 1), n)
}
