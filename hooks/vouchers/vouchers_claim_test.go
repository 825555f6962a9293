package vouchers

import (
	"errors"
	"testing"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/tools/router"
	"github.com/pocketbase/pocketbase/tools/types"
)

// fieldCode is the code of the single field error of a FieldError, "" for nil.
func fieldCode(t *testing.T, err error) string {
	t.Helper()
	if err == nil {
		return ""
	}
	var apiErr *router.ApiError
	if !errors.As(err, &apiErr) {
		t.Fatalf("not an ApiError: %v", err)
	}
	errs, ok := apiErr.RawData().(validation.Errors)
	if !ok || len(errs) != 1 || errs["batch"] == nil {
		t.Fatalf("want one error on batch, got %#v", apiErr.RawData())
	}
	var ve validation.Error
	if !errors.As(errs["batch"], &ve) {
		t.Fatalf("not a validation.Error: %v", errs["batch"])
	}
	return ve.Code()
}

func TestActivityRefusal(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	start, end := now.Add(-time.Hour), now.Add(time.Hour)
	cases := []struct {
		name       string
		listed     bool
		start, end time.Time
		want       string
	}{
		{"open", true, start, end, ""},
		{"unlisted", false, start, end, "not_listed"},
		{"not started", true, now.Add(time.Minute), end, "not_started"},
		{"ended", true, start, now.Add(-time.Minute), "ended"},
		{"starts now", true, now, end, ""},
		{"ends now", true, start, now, ""},
	}
	for _, c := range cases {
		if got := fieldCode(t, activityRefusal(c.listed, c.start, c.end, now)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestClaimValidity(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	dt := func(t time.Time) types.DateTime { d, _ := types.ParseDateTime(t); return d }
	from, to := dt(now.Add(-48*time.Hour)), dt(now.Add(48*time.Hour))
	cases := []struct {
		name             string
		days             int
		from, to         types.DateTime
		wantFrom, wantTo types.DateTime
		want             string
	}{
		{"days after the claim", 30, from, to, dt(now), dt(now.Add(30 * 24 * time.Hour)), ""},
		{"fixed dates", 0, from, to, from, to, ""},
		{"fixed dates ended", 0, from, dt(now.Add(-time.Second)), types.DateTime{}, types.DateTime{}, "validity_over"},
		{"open-ended", 0, types.DateTime{}, types.DateTime{}, types.DateTime{}, types.DateTime{}, ""},
	}
	for _, c := range cases {
		f, tt, err := claimValidity(c.days, c.from, c.to, now)
		if got := fieldCode(t, err); got != c.want {
			t.Errorf("%s: refusal %q, want %q", c.name, got, c.want)
			continue
		}
		if !f.Equal(c.wantFrom) || !tt.Equal(c.wantTo) {
			t.Errorf("%s: validity %s..%s, want %s..%s", c.name, f, tt, c.wantFrom, c.wantTo)
		}
	}
}
