package demo

import (
	"fmt"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/forms"
)

// tenant is one demo enterprise row and its admin account.
type tenant struct {
	key, kind, name, credit, status, admin, adminName, phone, email string
}

var tenants = []tenant{
	{"providerA", "provider", "山东智造云科技有限公司", "91370100MA3C8X2K1T", "approved", "demo_provider", "王立新", "13905310001", "wanglx@zzy-cloud.example.cn"},
	{"providerB", "provider", "青岛海数工业互联网有限公司", "91370200MA3D4L7P5W", "approved", "demo_provider2", "刘海燕", "13905320002", "liuhy@haishu.example.cn"},
	{"providerC", "provider", "烟台新创软件有限公司", "91370600MA3E1N9Q2Y", "pending", "demo_provider3", "孙浩", "13905350003", ""},
	{"enterpriseA", "enterprise", "济南华鲁机械制造有限公司", "91370112MA3F6R3T8A", "approved", "demo_enterprise", "赵建国", "13905310011", "zhaojg@hualu-jx.example.cn"},
	{"enterpriseB", "enterprise", "潍坊丰源食品有限公司", "91370700MA3G2W5Y4B", "approved", "demo_enterprise2", "周丽", "13905360012", ""},
	{"enterpriseC", "enterprise", "临沂沂蒙新材料有限公司", "91371300MA3H8A1C6D", "pending", "demo_enterprise3", "吴强", "13905390013", ""},
}

// accounts creates platform staff, the six tenants with their admins, their
// certification applications and the expert users.
func (s *seeder) accounts() error {
	staff := []struct{ username, role, name, phone string }{
		{"demo_operator", "operator", "陈运营", "13905310100"},
		{"demo_department", "department", "省工信厅 李审核", "13905310200"},
	}
	for _, u := range staff {
		rec, err := s.user(u.username, u.role, u.name, u.phone, "", "", false)
		if err != nil {
			return err
		}
		s.users[u.username] = rec
	}

	for i, t := range tenants {
		created := -time.Duration(60-i*5) * day
		ent, err := s.new("enterprises", map[string]any{
			"kind": t.kind, "name": t.name, "credit_code": withCheckChar(t.credit),
			"cert_status": "draft", "profile": s.profileFor(t),
		})
		if err != nil {
			return err
		}
		admin, err := s.user(t.admin, t.kind, t.adminName, t.phone, t.email, ent.Id, true)
		if err != nil {
			return err
		}
		s.ents[t.key] = ent
		s.users[t.admin] = admin
		if err := s.certify(ent, admin, t.status, created); err != nil {
			return err
		}
	}

	experts := []struct{ username, name, phone, tenant string }{
		{"demo_expert1", "马振华", "13905310021", "providerA"},
		{"demo_expert2", "高文静", "13905320022", "providerB"},
		{"demo_expert3", "郑凯", "13905320023", "providerB"},
	}
	for _, e := range experts {
		rec, err := s.user(e.username, "provider", e.name, e.phone, "", s.ents[e.tenant].Id, false)
		if err != nil {
			return err
		}
		s.users[e.username] = rec
	}
	// An ordinary staff member of provider A without the orders menu, to
	// show menu permissions.
	clerk, err := s.user("demo_provider_clerk", "provider", "钱小红", "13905310031", "", s.ents["providerA"].Id, false)
	if err != nil {
		return err
	}
	clerk.Set("menus", []string{"workbench", "todo", "products", "product_publish", "my_products"})
	return s.app.Save(clerk)
}

func (s *seeder) user(username, role, name, phone, email, enterprise string, admin bool) (*core.Record, error) {
	col, err := s.app.FindCachedCollectionByNameOrId("users")
	if err != nil {
		return nil, err
	}
	r := core.NewRecord(col)
	r.Set("username", username)
	r.Set("role", role)
	r.Set("name", name)
	r.Set("phone", phone)
	r.Set("email", email)
	r.Set("enterprise", enterprise)
	r.Set("tenant_admin", admin)
	r.Set("verified", true)
	r.SetPassword(Password)
	if err := s.app.Save(r); err != nil {
		return nil, fmt.Errorf("demo user %s: %w", username, err)
	}
	return r, nil
}

// certify walks an enterprise through submission and, for approved ones,
// the operator's decision, leaving the application and review record a real
// tenant would have.
func (s *seeder) certify(ent, admin *core.Record, status string, created time.Duration) error {
	ent.Set("cert_status", "pending")
	ent.Set("submitted_at", s.at(created))
	if err := s.app.Save(ent); err != nil {
		return fmt.Errorf("demo submit %s: %w", ent.GetString("name"), err)
	}
	app, err := s.new("applications", map[string]any{
		"type": "certification", "title": ent.GetString("name") + " 企业认证",
		"enterprise": ent.Id, "applicant": admin.Id, "applicant_name": admin.GetString("name"),
		"stage": "operator", "status": "pending",
	})
	if err != nil {
		return err
	}
	if err := s.setCreated(app, created); err != nil {
		return err
	}
	if status != "approved" {
		return nil
	}
	if _, err := s.new("review_records", map[string]any{
		"application": app.Id, "stage": "operator", "reviewer": s.users["demo_operator"].Id,
		"reviewer_name": s.users["demo_operator"].GetString("name"), "decision": "approve",
		"comment": "材料齐全，营业执照与统一社会信用代码一致，同意认证。",
	}); err != nil {
		return err
	}
	app.Set("stage", "done")
	app.Set("status", "approved")
	app.Set("decided_at", s.at(created+day))
	if err := s.app.Save(app); err != nil {
		return err
	}
	ent.Set("cert_status", "approved")
	ent.Set("cert_comment", "材料齐全，同意认证。")
	ent.Set("certified_at", s.at(created+day))
	return s.app.Save(ent)
}

// withCheckChar replaces the 18th character of code with the correct
// GB 32100-2015 check character, so the demo codes pass validation.
func withCheckChar(code string) string {
	return code[:17] + string(forms.CreditCodeCheckChar(code[:17]))
}
