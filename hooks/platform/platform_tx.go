package platform

import (
	"errors"
	rand "math/rand/v2"
	"net/http"
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// RunTx runs fn in a transaction, retrying the whole transaction when
// SQLite reports the database busy or locked (another process, e.g. the
// CLI, holds the write lock longer than busy_timeout). In-process writers
// queue on PocketBase's single write connection and never see busy.
// A request therefore always gets a definitive answer: the result of fn,
// or after the retries a 503.
func RunTx(app core.App, fn func(tx core.App) error) error {
	var err error
	for attempt := 0; attempt < 8; attempt++ {
		err = app.RunInTransaction(fn)
		if err == nil || !isBusyErr(err) {
			return err
		}
		time.Sleep(time.Duration(10<<attempt)*time.Millisecond + time.Duration(rand.IntN(10))*time.Millisecond)
	}
	app.Logger().Warn("transaction gave up after busy retries", "error", err)
	return Error(http.StatusServiceUnavailable, "系统繁忙，请稍后重试")
}

func isBusyErr(err error) bool {
	s := err.Error()
	return strings.Contains(s, "database is locked") || strings.Contains(s, "SQLITE_BUSY") ||
		strings.Contains(s, "database table is locked")
}

func IsUniqueErr(err error) bool {
	var ve validation.Errors
	if errors.As(err, &ve) {
		for _, fe := range ve {
			var ce validation.Error
			if errors.As(fe, &ce) && ce.Code() == "validation_not_unique" {
				return true
			}
		}
	}
	return strings.Contains(strings.ToLower(err.Error()), "unique constraint failed")
}
