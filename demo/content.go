package demo

import (
	"fmt"
	"time"

	"smedx/hooks/commerce"
)

// experts gives the three demo experts their public profiles.
func (s *seeder) experts() error {
	list := []struct {
		user, position, major, title, region string
		years                                [2]string
		ii, industry, operating              []string
		intro, work, project                 string
	}{
		{"demo_expert1", "技术总监", "机械工程", "senior", "山东省/济南市/历下区", [2]string{"10to20", "gt20"},
			[]string{"industrial_service", "software"}, []string{"general_equipment"}, []string{"rnd", "production"},
			"长期从事离散制造业数字化转型咨询，主持过20余家中小企业MES与设备联网项目。",
			"2005年起先后任职于省内大型装备制造企业和工业软件公司，负责信息化规划与实施。",
			"主持济南某机床企业智能工厂项目，获评省级智能制造示范。"},
		{"demo_expert2", "首席架构师", "计算机科学与技术", "vice_senior", "山东省/青岛市/崂山区", [2]string{"5to10", "10to20"},
			[]string{"platform", "network"}, []string{"electronics", "home_appliance"}, []string{"supply_chain", "management"},
			"工业互联网平台架构专家，熟悉边缘计算、工业数据中台和5G专网。",
			"曾任某国家级双跨平台研发负责人。", "青岛某家电企业供应链协同平台建设。"},
		{"demo_expert3", "咨询总监", "管理科学与工程", "intermediate", "山东省/青岛市/市南区", [2]string{"5to10", "5to10"},
			[]string{"industrial_service"}, []string{"food", "textile"}, []string{"management", "marketing"},
			"专注中小企业经营管理数字化与精益生产咨询。", "十年管理咨询经验。", "服务食品、纺织企业50余家。"},
	}
	for _, e := range list {
		u := s.users[e.user]
		if _, err := s.new("experts", map[string]any{
			"user": u.Id, "enterprise": u.GetString("enterprise"), "name": u.GetString("name"),
			"position": e.position, "major": e.major, "professional_title": e.title,
			"region": regionCodes[e.region], "region_text": e.region, "years_ii": e.years[0], "years_industry": e.years[1],
			"ii_domains": e.ii, "industry_domains": e.industry, "operating_domains": e.operating,
			"intro": e.intro, "work_experience": e.work, "project_experience": e.project, "active": true,
		}); err != nil {
			return err
		}
		u.Set("is_expert", true)
		if err := s.app.Save(u); err != nil {
			return err
		}
	}
	return nil
}

// content publishes announcements and survey answers, and sets the
// platform's 收款账户 so the demo's offline transfers say where to pay.
func (s *seeder) content() error {
	if _, _, err := commerce.SavePayee(s.app, &commerce.Payee{
		Name: "山东省中小企业数字化转型促进中心", Bank: "中国工商银行济南历下支行",
		Account: "1602 0012 0910 0000 001", Note: "工作日 16:00 前到账的转账当日确认。",
	}); err != nil {
		return err
	}
	op := s.users["demo_operator"]
	notices := []struct {
		title, summary, body string
		pinned, published    bool
		ago                  time.Duration
	}{
		{"关于开展2026年度中小企业数字化转型创新服务券申领工作的通知", "面向已认证企业发放创新服务券，用于购买平台上架的数字化转型解决方案。",
			"<p>各有关单位：</p><p>为加快推进中小企业数字化转型，省工业和信息化厅决定开展2026年度创新服务券申领工作。已在平台完成企业认证的中小企业可在“服务券活动”中申请服务券，服务券可用于抵扣平台上架解决方案的费用。</p><p>申领时间：活动页面所示时间。每家企业限领一张。</p>",
			true, true, 3 * day},
		{"推荐试点企业需求调研的通知", "请有意参加数字化转型试点的企业填写需求调研表。",
			"<p>请有意参加试点的企业通过平台<a href=\"/survey\">“企业需求收集”</a>填写推荐试点企业需求调研表，内容包括企业名称、所在市、企业类型和数字化转型需求。</p><p><a href=\"/survey\">立即填写需求调研表</a></p>",
			false, true, 10 * day},
		{"服务商入驻及解决方案上架审核规范", "服务商认证、商品上架的三级审核流程说明。",
			"<p>解决方案上架需经运营初审、专家评审、工信厅终审三个环节。每个方案须提供3个真实客户案例及介绍文档。</p>",
			false, true, 20 * day},
		{"平台系统升级维护公告", "平台将于周六凌晨进行系统升级。",
			"<p>升级期间平台暂停服务约2小时，给您带来的不便敬请谅解。</p>", false, true, 30 * day},
		{"（草稿）2027年度服务券政策预告", "", "<p>内部草稿，未发布。</p>", false, false, 1 * day},
	}
	for _, n := range notices {
		data := map[string]any{
			"title": n.title, "summary": n.summary, "content": n.body, "category": "通知公告",
			"published": n.published, "pinned": n.pinned, "author": op.Id,
		}
		if n.published {
			data["published_at"] = s.at(-n.ago)
		}
		if _, err := s.new("announcements", data); err != nil {
			return err
		}
	}

	surveys := []struct{ company, city, typ, needs string }{
		{"滨州宏达铝业有限公司", "371600", "private", "希望实现设备联网和能耗管理，降低单位产品能耗。"},
		{"泰安泰山玻纤制品有限公司", "370900", "joint_stock", "需要生产执行系统和质量追溯，打通ERP与车间数据。"},
	}
	for i, v := range surveys {
		if _, err := s.new("demand_surveys", map[string]any{
			"company_name": v.company, "city": v.city, "enterprise_type": v.typ,
			"needs": []string{"production_control", "equipment"}, "needs_text": v.needs,
			"contact_name": "联系人", "contact_phone": fmt.Sprintf("1390538%04d", i),
		}); err != nil {
			return err
		}
	}
	return nil
}

// regionCodes are the GB/T 2260 codes of the demo experts' regions.
var regionCodes = map[string][]string{
	"山东省/济南市/历下区": {"370000", "370100", "370102"},
	"山东省/青岛市/崂山区": {"370000", "370200", "370212"},
	"山东省/青岛市/市南区": {"370000", "370200", "370202"},
}
