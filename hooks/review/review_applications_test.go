package review_test

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/smedxtest"
)

type appList struct {
	Page       int              `json:"page"`
	PerPage    int              `json:"perPage"`
	TotalItems int              `json:"totalItems"`
	Items      []map[string]any `json:"items"`
}

func getList(t *testing.T, a *smedxtest.App, box string, user *core.Record, q url.Values) appList {
	t.Helper()
	var l appList
	a.Do("GET", "/api/smedx/applications/"+box+"?"+q.Encode(), user, nil).Status(t, 200).Decode(t, &l)
	return l
}

func TestApplicationListsFiltersAndPages(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	staff := f.ProviderA.Staff
	staff.Set("name", "王小明")
	if err := a.Save(staff); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i := 0; i < 5; i++ {
		p := reviewProduct(t, a, f.ProviderA, fmt.Sprintf("方案%d号", i), "draft")
		user := f.ProviderA.Admin
		if i%2 == 0 {
			user = staff
		}
		app := appOf(t, a, a.Do("POST", submitPath(p.Id), user, nil).Status(t, 200))
		ids = append(ids, app.Id)
		// Spread the creation dates: application i was made on 2024-03-0(i+1).
		if _, err := a.DB().Update("applications", dbx.Params{"created": fmt.Sprintf("2024-03-0%d 08:00:00.000Z", i+1)}, dbx.HashExp{"id": app.Id}).Execute(); err != nil {
			t.Fatal(err)
		}
	}

	all := getList(t, a, "todo", f.Operator, url.Values{})
	if all.TotalItems != 5 || len(all.Items) != 5 || all.Page != 1 {
		t.Fatalf("operator todo %+v", all)
	}
	if all.Items[0]["id"] != ids[4] || all.Items[4]["id"] != ids[0] {
		t.Fatal("not newest first")
	}
	item := all.Items[0]
	for _, k := range []string{"name", "type", "status", "applicant", "applicant_name", "created"} {
		if item[k] == nil || item[k] == "" {
			t.Fatalf("item lacks %s: %v", k, item)
		}
	}
	if item["name"] != "方案4号" || item["type"] != "product_publish" || item["status"] != "pending" || item["applicant_name"] != "王小明" {
		t.Fatalf("item %v", item)
	}

	page2 := getList(t, a, "todo", f.Operator, url.Values{"page": {"2"}, "perPage": {"2"}})
	if page2.TotalItems != 5 || len(page2.Items) != 2 || page2.Items[0]["id"] != ids[2] || page2.PerPage != 2 {
		t.Fatalf("page 2 %+v", page2)
	}
	if l := getList(t, a, "todo", f.Operator, url.Values{"title": {"3号"}}); l.TotalItems != 1 || l.Items[0]["id"] != ids[3] {
		t.Fatalf("title filter %+v", l)
	}
	if l := getList(t, a, "todo", f.Operator, url.Values{"applicant": {"小明"}}); l.TotalItems != 3 {
		t.Fatalf("applicant filter %+v", l)
	}
	if l := getList(t, a, "todo", f.Operator, url.Values{"created_from": {"2024-03-02"}, "created_to": {"2024-03-04"}}); l.TotalItems != 3 || l.Items[0]["id"] != ids[3] {
		t.Fatalf("date range %+v", l)
	}

	mine := getList(t, a, "mine", staff, url.Values{})
	if mine.TotalItems != 3 {
		t.Fatalf("mine %+v", mine)
	}
	for _, it := range mine.Items {
		if it["applicant"] != staff.Id {
			t.Fatalf("someone else's application in mine: %v", it)
		}
	}
	// Nothing to review for applicants, enterprises, the department (yet).
	for _, u := range []*core.Record{staff, f.EnterpriseA.Admin, f.Department, f.ExpertB} {
		if l := getList(t, a, "todo", u, url.Values{}); l.TotalItems != 0 {
			t.Fatalf("%s has %d to review", u.GetString("username"), l.TotalItems)
		}
	}
	a.Do("GET", "/api/smedx/applications/todo", nil, nil).Status(t, 401)
}

func TestNotificationMails(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	a.Settings().SMTP.Enabled = true
	a.Settings().Meta.AppURL = "https://smedx.example.cn"
	for _, u := range []*core.Record{f.Operator, f.ProviderA.Staff} {
		u.SetEmail(u.GetString("username") + "@example.cn")
		if err := a.Save(u); err != nil {
			t.Fatal(err)
		}
	}
	p := reviewProduct(t, a, f.ProviderA, "邮件测试方案", "draft")
	app := appOf(t, a, a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200))
	waitMail := func(to string, n int) {
		t.Helper()
		for i := 0; i < 100; i++ {
			got := 0
			for _, m := range a.TestMailer.Messages() {
				if len(m.To) > 0 && m.To[0].Address == to {
					got++
				}
			}
			if got >= n {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("no mail to %s", to)
	}
	waitMail("t_operator@example.cn", 1)
	m := a.TestMailer.LastMessage()
	if !strings.Contains(m.Subject, "邮件测试方案") || !strings.Contains(m.HTML, "https://smedx.example.cn/workbench/applications/"+app.Id) {
		t.Fatalf("operator mail %q %s", m.Subject, m.HTML)
	}
	reject(a, app.Id, f.Operator, "资料不全").Status(t, 200)
	waitMail(f.ProviderA.Staff.GetString("username")+"@example.cn", 1)
	found := false
	for _, m := range a.TestMailer.Messages() {
		if m.To[0].Address == f.ProviderA.Staff.GetString("username")+"@example.cn" && strings.Contains(m.HTML, "资料不全") {
			found = true
		}
	}
	if !found {
		t.Fatal("applicant mail lacks the comment")
	}

	// Notify (exported for other areas) writes the row the bell reads.
	if err := platform.Notify(a, f.EnterpriseA.Admin.Id, "订单已发货", "您的订单已发货", "/workbench"); err != nil {
		t.Fatal(err)
	}
	items := a.Do("GET", "/api/collections/notifications/records", f.EnterpriseA.Admin, nil).Status(t, 200).Items(t)
	if len(items) != 1 || items[0]["title"] != "订单已发货" {
		t.Fatalf("notifications %v", items)
	}
	// Without SMTP no mail leaves.
	a.Settings().SMTP.Enabled = false
	before := a.TestMailer.TotalSend()
	a.Do("POST", submitPath(reviewProduct(t, a, f.ProviderA, "无邮件方案", "draft").Id), f.ProviderA.Staff, nil).Status(t, 200)
	time.Sleep(100 * time.Millisecond)
	if a.TestMailer.TotalSend() != before {
		t.Fatal("mail sent without SMTP")
	}
}

func TestWorkbenchSummary(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	col, _ := a.FindCollectionByNameOrId("announcements")
	for i, n := range []struct {
		title             string
		published, pinned bool
		at                string
	}{{"旧公告", true, false, "2024-01-01 00:00:00.000Z"}, {"置顶公告", true, true, "2023-01-01 00:00:00.000Z"},
		{"新公告", true, false, "2024-06-01 00:00:00.000Z"}, {"草稿公告", false, true, "2024-07-01 00:00:00.000Z"}} {
		r := core.NewRecord(col)
		r.Set("title", n.title)
		r.Set("published", n.published)
		r.Set("pinned", n.pinned)
		r.Set("published_at", n.at)
		if err := a.Save(r); err != nil {
			t.Fatal(i, err)
		}
	}
	p := reviewProduct(t, a, f.ProviderA, "工作台方案", "draft")
	a.Do("POST", submitPath(p.Id), f.ProviderA.Staff, nil).Status(t, 200)

	var wb struct {
		Role           string `json:"role"`
		PendingReview  int    `json:"pending_review"`
		MyApplications int    `json:"my_applications"`
		Unread         int    `json:"unread_notifications"`
		TenantName     string `json:"tenant_name"`
		CertStatus     string `json:"cert_status"`
		Announcements  []struct {
			Title string `json:"title"`
		} `json:"announcements"`
	}
	a.Do("GET", "/api/smedx/workbench", f.Operator, nil).Status(t, 200).Decode(t, &wb)
	if wb.Role != "operator" || wb.PendingReview != 1 || wb.MyApplications != 0 || wb.Unread != 1 || wb.TenantName != "" {
		t.Fatalf("operator workbench %+v", wb)
	}
	if len(wb.Announcements) != 3 || wb.Announcements[0].Title != "置顶公告" || wb.Announcements[1].Title != "新公告" {
		t.Fatalf("announcements %+v", wb.Announcements)
	}
	wb.Announcements = nil
	a.Do("GET", "/api/smedx/workbench", f.ProviderA.Staff, nil).Status(t, 200).Decode(t, &wb)
	if wb.Role != "provider" || wb.PendingReview != 0 || wb.MyApplications != 1 || wb.TenantName != "甲数字科技有限公司" || wb.CertStatus != "approved" {
		t.Fatalf("provider workbench %+v", wb)
	}
	a.Do("GET", "/api/smedx/workbench", f.EnterprisePending.Admin, nil).Status(t, 200).Decode(t, &wb)
	if wb.CertStatus != "pending" || wb.Role != "enterprise" {
		t.Fatalf("pending enterprise workbench %+v", wb)
	}
	a.Do("GET", "/api/smedx/workbench", nil, nil).Status(t, 401)
}
