package platform

import (
	"bytes"
	"html/template"
	"net/mail"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/mailer"

	"smedx/templates"
)

// Notification kinds (notifications.kind); each has its mail text in
// templates/mail/<kind>.html.
const (
	KindReviewDecision = "review_decision" // to the applicant, at each decision
	KindReviewTodo     = "review_todo"     // to reviewers, when work reaches them
	KindNotice         = "review_notice"   // anything else (Notify)
)

type Notice struct {
	User, Title, Content, Link string
	Kind                       string
	RefCollection, RefID       string
}

// Notify writes a notifications row for userID (the bell of the
// workbench); when SMTP is configured and the user has an email, a mail
// follows once the row is committed. app may be a transaction: the row
// then commits or rolls back with the change it reports.
func Notify(app core.App, userID, title, content, link string) error {
	return NotifyWith(app, Notice{User: userID, Title: title, Content: content, Link: link, Kind: KindNotice})
}

func NotifyWith(app core.App, n Notice) error {
	if n.User == "" {
		return nil
	}
	col, err := app.FindCachedCollectionByNameOrId("notifications")
	if err != nil {
		return err
	}
	rec := core.NewRecord(col)
	rec.Set("user", n.User)
	rec.Set("title", TruncateRunes(n.Title, 200))
	rec.Set("content", TruncateRunes(n.Content, 2000))
	rec.Set("link", n.Link)
	rec.Set("kind", n.Kind)
	rec.Set("ref_collection", n.RefCollection)
	rec.Set("ref_id", n.RefID)
	rec.Set("read", false)
	return app.Save(rec)
}

// NotifyRole notifies every user of a platform role (operators,
// department) that work reached their stage.
func NotifyRole(app core.App, role string, n Notice) error {
	var ids []string
	if err := app.DB().Select("id").From("users").Where(dbx.HashExp{"role": role}).Column(&ids); err != nil {
		return err
	}
	for _, id := range ids {
		n.User = id
		if err := NotifyWith(app, n); err != nil {
			return err
		}
	}
	return nil
}

func TruncateRunes(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return string(r[:max])
}

// registerNotify mails each notifications row once it is committed.
func registerNotify(app core.App) {
	// After-success hooks of a save inside a transaction run after the
	// commit, so no mail leaves for a decision that was rolled back.
	app.OnRecordAfterCreateSuccess("notifications").BindFunc(func(e *core.RecordEvent) error {
		if err := e.Next(); err != nil {
			return err
		}
		if !e.App.Settings().SMTP.Enabled {
			return nil
		}
		msg, err := notificationMail(e.App, e.Record)
		if err != nil || msg == nil {
			if err != nil {
				e.App.Logger().Warn("notification mail", "error", err, "notification", e.Record.Id)
			}
			return nil
		}
		// Sent in the background: a slow mail server must not hold up the
		// decision that caused it (the row is the record of delivery).
		go func(app core.App) {
			if err := app.NewMailClient().Send(msg); err != nil {
				app.Logger().Warn("notification mail", "error", err, "to", msg.To)
			}
		}(e.App)
		return nil
	})
}

var mailTemplates = template.Must(template.ParseFS(templates.FS, "mail/review_*.html"))

// notificationMail renders the mail of a notifications row; nil when the
// user has no email address.
func notificationMail(app core.App, n *core.Record) (*mailer.Message, error) {
	user, err := app.FindRecordById("users", n.GetString("user"))
	if err != nil {
		return nil, err
	}
	if user.Email() == "" {
		return nil, nil
	}
	kind := n.GetString("kind")
	if mailTemplates.Lookup(kind+".html") == nil {
		kind = KindNotice
	}
	s := app.Settings()
	url := ""
	if link := n.GetString("link"); link != "" {
		url = strings.TrimRight(s.Meta.AppURL, "/") + link
	}
	name := user.GetString("name")
	if name == "" {
		name = user.GetString("username")
	}
	appName := s.Meta.AppName
	if appName == "" {
		appName = AppName
	}
	var buf bytes.Buffer
	err = mailTemplates.ExecuteTemplate(&buf, kind+".html", map[string]any{
		"AppName": appName, "UserName": name, "Title": n.GetString("title"),
		"Content": n.GetString("content"), "URL": url,
	})
	if err != nil {
		return nil, err
	}
	return &mailer.Message{
		From:    mail.Address{Name: s.Meta.SenderName, Address: s.Meta.SenderAddress},
		To:      []mail.Address{{Name: name, Address: user.Email()}},
		Subject: "【" + appName + "】" + n.GetString("title"),
		HTML:    buf.String(),
	}, nil
}
