package platform

import (
	"github.com/pocketbase/pocketbase/core"
)

// AuditEntry is one row of audit_logs: who did what to which record.
type AuditEntry struct {
	Actor      *core.Record // a users record; nil for anonymous or superuser actions
	ActorName  string       // filled from Actor when empty
	Action     string       // e.g. "signup", "login_failed", "application_approve"
	Collection string
	RecordID   string
	Enterprise string
	Detail     map[string]any
	IP         string
}

// Audit writes an audit_logs row with app, which may be a transaction so the
// trail commits or rolls back with the change it records.
func Audit(app core.App, entry AuditEntry) error {
	col, err := app.FindCachedCollectionByNameOrId("audit_logs")
	if err != nil {
		return err
	}
	rec := core.NewRecord(col)
	if entry.Actor != nil && entry.Actor.Collection().Name == "users" {
		rec.Set("actor", entry.Actor.Id)
		if entry.ActorName == "" {
			entry.ActorName = entry.Actor.GetString("username")
		}
		if entry.Enterprise == "" {
			entry.Enterprise = entry.Actor.GetString("enterprise")
		}
	} else if entry.Actor != nil && entry.ActorName == "" {
		entry.ActorName = "superuser:" + entry.Actor.Email()
	}
	rec.Set("actor_name", entry.ActorName)
	rec.Set("action", entry.Action)
	rec.Set("target_collection", entry.Collection)
	rec.Set("target_id", entry.RecordID)
	rec.Set("enterprise", entry.Enterprise)
	rec.Set("detail", entry.Detail)
	rec.Set("ip", entry.IP)
	return app.Save(rec)
}

// AuditRequest is Audit for a request: the actor and IP come from e.
func AuditRequest(app core.App, e *core.RequestEvent, action, collection, recordID string, detail map[string]any) error {
	entry := AuditEntry{Action: action, Collection: collection, RecordID: recordID, Detail: detail}
	if e != nil {
		entry.Actor = e.Auth
		entry.IP = e.RealIP()
	}
	return Audit(app, entry)
}
