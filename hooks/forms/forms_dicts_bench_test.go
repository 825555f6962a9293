package forms_test

import (
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"smedx/hooks/forms"
	"smedx/migrations"
)

// BenchmarkSeedDicts measures the dicts seed on an empty table (the cost
// every test app pays in its migrations): go test ./hooks -bench SeedDicts -run ^$
func BenchmarkSeedDicts(b *testing.B) {
	app, err := tests.NewTestApp(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer app.Cleanup()
	for b.Loop() {
		b.StopTimer()
		if _, err := app.DB().NewQuery("DELETE FROM dicts").Execute(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := migrations.SeedDicts(app); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDictHas measures a cached code lookup.
func BenchmarkDictHas(b *testing.B) {
	app, err := tests.NewTestApp(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer app.Cleanup()
	for b.Loop() {
		if !forms.DictHas(app, "region", "370102") {
			b.Fatal("370102 历下区 missing")
		}
	}
}
