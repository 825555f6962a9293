package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// The demand survey is open to everyone, but an answer may name as its
// submitter only the signed-in caller, never another user.
func init() {
	m.Register(func(app core.App) error {
		c, err := app.FindCollectionByNameOrId("demand_surveys")
		if err != nil {
			return err
		}
		c.CreateRule = rule(`@request.body.submitted_by:isset = false || @request.body.submitted_by = "" || (@request.auth.id != "" && @request.body.submitted_by = @request.auth.id)`)
		return app.Save(c)
	}, nil)
}
