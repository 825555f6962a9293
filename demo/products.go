package demo

import (
	"fmt"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// demoProduct is one product of the demo catalog and where it stands in review.
type demoProduct struct {
	key, tenant, name, related, typ string
	status                          string   // products.status
	stage                           string   // for pending ones: operator, expert, department
	tags, categories, industries    []string // dict codes
	specs                           []demoSpec
	summary                         string
	highlights                      []string
}

type demoSpec struct {
	name, mode, pricing string
	priceYuan           int
}

var demoProducts = []demoProduct{
	{key: "mes", tenant: "providerA", name: "智造云MES生产执行管理系统", related: "智造云MES V5.2", typ: "solution", status: "listed",
		tags: []string{"intelligent_manufacturing", "production_control"}, categories: []string{"production"}, industries: []string{"C34", "C35"},
		specs:      []demoSpec{{"标准版（50用户）", "year", "simple", 39800}, {"旗舰版（不限用户）", "year", "simple", 98000}},
		summary:    "面向离散制造中小企业的轻量化MES，覆盖计划排产、工单报工、质量检验、设备管理和生产看板，两周可上线。",
		highlights: []string{"开箱即用，两周上线", "手机扫码报工", "生产数据实时看板", "与主流ERP对接"}},
	{key: "pdm", tenant: "providerA", name: "设备物联与预测性维护解决方案", related: "智造云设备云盒", typ: "solution", status: "listed",
		tags: []string{"iot", "equipment"}, categories: []string{"operation_maintenance"}, industries: []string{"C34"},
		specs:      []demoSpec{{"设备接入（按台）", "quantity", "simple", 1200}, {"30天试用", "month", "free", 0}},
		summary:    "通过边缘网关采集数控机床、空压机等设备数据，基于振动与电流特征进行故障预警，降低非计划停机。",
		highlights: []string{"支持主流PLC与数控系统", "故障提前预警", "维保工单闭环"}},
	{key: "diag", tenant: "providerA", name: "中小企业数字化转型诊断服务", related: "数字化成熟度评估工具", typ: "diagnosis", status: "listed",
		tags: []string{"digital_management"}, categories: []string{"management"}, industries: []string{"C"},
		specs:      []demoSpec{{"现场诊断（每次）", "quantity", "simple", 3000}},
		summary:    "依据国家中小企业数字化水平评测指标，专家入企开展现场诊断，出具诊断报告和转型路线图。",
		highlights: []string{"专家入企3天", "对标国家评测指标", "出具转型路线图"}},
	{key: "erp", tenant: "providerA", name: "云ERP进销存管理", related: "智造云ERP", typ: "software", status: "pending", stage: "expert",
		tags: []string{"cloud", "digital_management"}, categories: []string{"management"}, industries: []string{"C13"},
		specs:      []demoSpec{{"基础版", "year", "simple", 12800}},
		summary:    "采购、销售、库存、财务一体化的云ERP，适合年营收一亿元以下的制造和商贸企业。",
		highlights: []string{"业财一体", "多仓库管理"}},
	{key: "energy", tenant: "providerA", name: "能耗在线监测平台", related: "智造云能碳", typ: "solution", status: "draft",
		tags: []string{"energy_saving"}, categories: []string{"energy"}, industries: []string{"C26"},
		specs:   []demoSpec{{"标准版", "year", "simple", 26000}},
		summary: "（草稿）电、水、气分项计量与能耗分析。"},
	{key: "trace", tenant: "providerA", name: "产品质量追溯小程序", related: "一物一码追溯", typ: "software", status: "rejected",
		tags: []string{"quality"}, categories: []string{"production"}, industries: []string{"C14"},
		specs:   []demoSpec{{"按年订阅", "year", "simple", 6800}},
		summary: "一物一码的产品质量追溯，支持消费者扫码查询。"},
	{key: "platform", tenant: "providerB", name: "海数工业互联网平台接入服务", related: "海数工业互联网平台", typ: "cloud", status: "listed",
		tags: []string{"industrial_internet", "cloud"}, categories: []string{"rnd"}, industries: []string{"C38", "C39"},
		specs:      []demoSpec{{"平台接入（按月）", "month", "simple", 2000}},
		summary:    "企业上云上平台一站式服务：设备上云、业务系统上云、数据中台与低代码应用开发。",
		highlights: []string{"国家级双跨平台", "低代码应用", "数据安全等保三级"}},
	{key: "scm", tenant: "providerB", name: "供应链协同SaaS", related: "海数链", typ: "software", status: "pending", stage: "operator",
		tags: []string{"supply_chain"}, categories: []string{"supply_chain"}, industries: []string{"C36"},
		specs:      []demoSpec{{"企业版", "year", "simple", 19800}},
		summary:    "连接主机厂与供应商的订单、送货、对账协同平台。",
		highlights: []string{"供应商门户", "电子对账"}},
	{key: "wms", tenant: "providerB", name: "仓储WMS智能仓库解决方案", related: "海数WMS", typ: "solution", status: "pending", stage: "department",
		tags: []string{"supply_chain", "iot"}, categories: []string{"supply_chain"}, industries: []string{"C13", "C15"},
		specs:      []demoSpec{{"标准版", "year", "simple", 45000}},
		summary:    "条码/RFID驱动的仓储管理，支持波次拣货和库位优化。",
		highlights: []string{"PDA作业", "库位优化"}},
	{key: "vision", tenant: "providerB", name: "视觉质检AI解决方案", related: "海数慧眼", typ: "solution", status: "revoked",
		tags: []string{"ai", "quality"}, categories: []string{"production"}, industries: []string{"C39"},
		specs:   []demoSpec{{"单工位", "quantity", "simple", 68000}},
		summary: "基于深度学习的表面缺陷检测。"},
	{key: "crm", tenant: "providerB", name: "营销数字化CRM", related: "海数CRM", typ: "software", status: "delisted",
		tags: []string{"marketing"}, categories: []string{"marketing"}, industries: []string{"F"},
		specs:   []demoSpec{{"10用户", "year", "simple", 9800}},
		summary: "客户、线索、商机与合同全流程管理。"},
}

var customers = [][3]string{
	{"淄博华创陶瓷有限公司", "德州恒丰纺织有限公司", "威海海川精密机械有限公司"},
	{"日照港达物流装备有限公司", "枣庄金泰建材有限公司", "聊城鲁西轴承有限公司"},
}

// products creates the demo catalog with specs, cases and, for products
// that were submitted, their applications at the right review stage.
func (s *seeder) products() error {
	for i, p := range demoProducts {
		if err := s.product(i, p); err != nil {
			return fmt.Errorf("demo product %s: %w", p.name, err)
		}
	}
	return nil
}

func (s *seeder) product(i int, p demoProduct) error {
	ent := s.ents[p.tenant]
	admin := s.users[map[string]string{"providerA": "demo_provider", "providerB": "demo_provider2"}[p.tenant]]
	created := -time.Duration(40-i*3) * day

	col, err := s.app.FindCachedCollectionByNameOrId("products")
	if err != nil {
		return err
	}
	rec := core.NewRecord(col)
	rec.Load(map[string]any{
		"enterprise": ent.Id, "provider_name": ent.GetString("name"), "type": p.typ,
		"name": p.name, "related_product": p.related, "catalog": "解决方案和产品", "status": p.status,
		"tags": p.tags, "categories": p.categories, "industries": p.industries,
		"hist_price_min_fen": yuan(p.specs[0].priceYuan) * 8 / 10, "hist_price_max_fen": yuan(p.specs[len(p.specs)-1].priceYuan) * 12 / 10,
		"delivery_cycle": "1to3m", "delivery_man_days": 20 + i*5,
		"contact_name": admin.GetString("name"), "contact_methods": []string{"phone", "email"},
		"contact_phone": admin.GetString("phone"), "contact_email": fmt.Sprintf("sales%d@%s.example.cn", i, p.tenant),
	})
	cover, err := coverImage(p.key, i)
	if err != nil {
		return err
	}
	rec.Set("cover", cover)
	// Each 用户案例 names its picture (issue 13: the demo cases had none, so
	// the live page and the preview never showed one).
	caseImages := make([]any, 0, 3)
	in := intro(p)
	for j, c := range in["cases"].([]map[string]any) {
		img, err := coverImage(fmt.Sprintf("%s-case-%d", p.key, j+1), i+j+1)
		if err != nil {
			return err
		}
		c["image"] = img.Name
		caseImages = append(caseImages, img)
	}
	rec.Set("intro", in)
	rec.Set("case_images", caseImages)
	if p.status == "listed" || p.status == "delisted" {
		rec.Set("listed_at", s.at(created+5*day))
	}
	if err := s.app.Save(rec); err != nil {
		return err
	}
	if err := s.setCreated(rec, created); err != nil {
		return err
	}

	for j, sp := range p.specs {
		price := 0
		if sp.pricing == "simple" {
			price = yuan(sp.priceYuan)
		}
		if _, err := s.new("product_specs", map[string]any{
			"product": rec.Id, "name": sp.name, "purchase_mode": sp.mode, "pricing": sp.pricing,
			"price_fen": price, "sort": j,
		}); err != nil {
			return err
		}
	}
	for j := 0; j < 3; j++ {
		doc, err := caseDocument(fmt.Sprintf("%s-case-%d", p.key, j+1))
		if err != nil {
			return err
		}
		c, err := s.app.FindCachedCollectionByNameOrId("product_cases")
		if err != nil {
			return err
		}
		cr := core.NewRecord(c)
		cr.Load(map[string]any{
			"product": rec.Id, "idx": j + 1, "customer": customers[i%2][j],
			"annual_output_wan": 8000.5 + float64(j*3500+i*100), "sales_wan": 35.8 + float64(j*12),
			"delivery_months": 2 + j, "contact_name": []string{"李经理", "张总", "王主任"}[j],
			"contact_title": []string{"信息化主管", "总经理", "生产部主任"}[j], "contact_info": fmt.Sprintf("1390634%04d", i*10+j),
		})
		cr.Set("document", doc)
		if err := s.app.Save(cr); err != nil {
			return err
		}
	}
	return s.productReview(rec, p, admin, created)
}

func intro(p demoProduct) map[string]any {
	cases := []map[string]any{}
	for j := 0; j < 3; j++ {
		cases = append(cases, map[string]any{
			"title": fmt.Sprintf("用户案例%d", j+1),
			"text":  fmt.Sprintf("客户上线%s后，生产效率提升%d%%，交付周期缩短%d天。", p.related, 12+j*5, 3+j*2),
		})
	}
	return map[string]any{
		"banner":  map[string]any{"title": p.name, "text": p.summary},
		"details": map[string]any{"title": "商品详情", "highlights": p.highlights, "description": p.summary + " 服务内容包括需求调研、系统部署、数据初始化、操作培训和一年免费运维。", "module_order": []string{"details", "cases", "support"}},
		"cases":   cases,
		"support": map[string]any{"title": "服务支持", "hours": "工作日 8:30-17:30，7×24小时故障响应", "content": "远程支持、现场实施、年度巡检、操作培训", "hotline": "400-800-1234", "email": "support@example.cn"},
	}
}

// productReview leaves the application and decisions a product of this
// status would have.
func (s *seeder) productReview(product *core.Record, p demoProduct, admin *core.Record, created time.Duration) error {
	if p.status == "draft" {
		return nil
	}
	title := p.name + " 商品发布"
	app := map[string]any{
		"type": "product_publish", "title": title, "enterprise": product.GetString("enterprise"),
		"applicant": admin.Id, "applicant_name": admin.GetString("name"), "product": product.Id,
	}
	op := s.users["demo_operator"]
	dept := s.users["demo_department"]
	decide := func(a *core.Record, stage string, by *core.Record, decision, comment string) error {
		_, err := s.new("review_records", map[string]any{
			"application": a.Id, "stage": stage, "reviewer": by.Id, "reviewer_name": by.GetString("name"),
			"decision": decision, "comment": comment,
		})
		return err
	}
	// Experts are never of the product's own enterprise.
	experts := []string{"demo_expert2", "demo_expert3"}
	if p.tenant == "providerB" {
		experts = []string{"demo_expert1"}
	}
	expertIDs := []string{}
	for _, e := range experts {
		expertIDs = append(expertIDs, s.users[e].Id)
	}

	switch p.status {
	case "listed", "delisted":
		app["stage"], app["status"], app["experts"] = "done", "approved", expertIDs
	case "rejected":
		app["stage"], app["status"], app["comment"] = "operator", "rejected", "案例介绍文档与方案内容不符，请补充真实客户案例。"
	case "revoked":
		app["stage"], app["status"] = "operator", "revoked"
	case "pending":
		app["stage"], app["status"] = p.stage, "pending"
		if p.stage != "operator" {
			app["experts"] = expertIDs
		}
	}
	a, err := s.new("applications", app)
	if err != nil {
		return err
	}
	if err := s.setCreated(a, created+2*day); err != nil {
		return err
	}
	switch {
	case p.status == "listed" || p.status == "delisted":
		if err := decide(a, "operator", op, "approve", "资料完整，同意提交专家评审。"); err != nil {
			return err
		}
		for _, e := range experts {
			if err := decide(a, "expert", s.users[e], "approve", "方案成熟，案例真实，建议通过。"); err != nil {
				return err
			}
		}
		return decide(a, "department", dept, "approve", "同意上架。")
	case p.status == "rejected":
		return decide(a, "operator", op, "reject", "案例介绍文档与方案内容不符，请补充真实客户案例。")
	case p.stage == "expert":
		if err := decide(a, "operator", op, "approve", "资料完整，提交专家评审。"); err != nil {
			return err
		}
		return decide(a, "expert", s.users[experts[0]], "approve", "功能完整，价格合理。")
	case p.stage == "department":
		if err := decide(a, "operator", op, "approve", "资料完整，提交专家评审。"); err != nil {
			return err
		}
		return decide(a, "expert", s.users[experts[0]], "approve", "方案可行，建议通过。")
	}
	return nil
}
