package exports

import (
	"time"

	"github.com/pocketbase/pocketbase/tools/types"
	"github.com/spf13/cast"
)

// Conversions of the values SQLite hands back (int64, float64, string,
// []byte or nil) into what the cells and documents show.

// Yuan is fen as 元. Division is correctly rounded, so the result is the
// same double as the decimal "元.分" parsed: 1005 → 10.05 exactly as Excel
// reads "10.05".
func Yuan(fen int64) float64 { return float64(fen) / 100 }

func toInt(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case float64:
		return int64(x)
	case []byte:
		return cast.ToInt64(string(x))
	}
	return cast.ToInt64(v)
}

func toFloat(v any) float64 {
	if b, ok := v.([]byte); ok {
		return cast.ToFloat64(string(b))
	}
	return cast.ToFloat64(v)
}

func toText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []byte:
		return string(x)
	}
	return cast.ToString(v)
}

// toTime reads a stored datetime ("2026-01-05 04:00:00.000Z"); zero when empty.
func toTime(v any) time.Time {
	if t, ok := v.(time.Time); ok {
		return t
	}
	s := toText(v)
	if s == "" {
		return time.Time{}
	}
	dt, err := types.ParseDateTime(s)
	if err != nil {
		return time.Time{}
	}
	return dt.Time()
}
