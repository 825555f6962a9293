package demo

import (
	"github.com/pocketbase/dbx"

	"smedx/hooks/forms"
)

// dictRef is an answer taken from an option list, named by its label(s) so
// the demo follows whatever codes the dicts seed uses.
type dictRef []string

// profileFor is the questionnaire of a demo tenant: realistic answers
// (templates/forms/<kind>.json) over a complete sample, so the tenant can
// be submitted and certified like a real one.
func (s *seeder) profileFor(t tenant) map[string]any {
	out := forms.SampleProfileFor(s.app, t.kind)
	for k, v := range demoAnswers[t.key] {
		switch ref := v.(type) {
		case dictRef:
			if resolved := s.dictAnswer(t.kind, k, ref); resolved != nil {
				out[k] = resolved
			}
		default:
			out[k] = v
		}
	}
	// The contact answers are the admin's own.
	if t.kind == "enterprise" {
		out["contact"] = t.adminName
		out["contact_phone"] = t.phone
		if t.email != "" {
			out["email"] = t.email
		}
	}
	return out
}

// dictAnswer turns labels into codes of the field's option list: a string
// for a select, a list for a multiselect or region path. nil (keep the
// sample's answer) when a label is not in the list.
func (s *seeder) dictAnswer(kind, key string, labels dictRef) any {
	form, err := forms.FormSchema(kind)
	if err != nil || form.Field(key) == nil {
		return nil
	}
	fl := form.Field(key)
	if _, err := s.app.FindCachedCollectionByNameOrId("dicts"); err != nil {
		return nil
	}
	codes := make([]any, 0, len(labels))
	parent := ""
	for _, label := range labels {
		var code string
		where := dbx.HashExp{"type": fl.Dict, "label": label, "enabled": true}
		if fl.Type == forms.TypeRegion {
			where["parent"] = parent // a path: each level under the previous one
		}
		err := s.app.DB().Select("code").From("dicts").Where(where).
			OrderBy("sort ASC").Limit(1).Row(&code)
		if err != nil || code == "" {
			return nil
		}
		codes = append(codes, code)
		parent = code
	}
	if fl.Type == forms.TypeSelect || fl.Type == forms.TypeRadio {
		return codes[0]
	}
	return codes
}

var demoAnswers = map[string]map[string]any{
	"providerA": {
		"service_scope":           dictRef{"数字化诊断", "解决方案实施", "工业软件"},
		"core_solutions":          "“智造云”MES制造执行系统、设备物联网平台、数字化车间整体解决方案，面向机械加工、汽车零部件等离散制造企业。",
		"service_industries":      dictRef{"制造业"},
		"qualifications":          "ISO9001质量管理体系认证、ISO27001信息安全管理体系认证、CMMI 3级、ITSS运行维护三级、山东省工业互联网平台服务商。",
		"industrial_customers":    186,
		"start_date":              "2014-09-01",
		"staff_total":             230,
		"revenue_2020":            0.86,
		"revenue_2021":            1.12,
		"revenue_2022":            1.35,
		"avg_sales_3y":            11100.00,
		"avg_industrial_sales_3y": 8650.50,
		"solution_sales_ratio":    42.5,
		"industry_1":              dictRef{"信息传输、软件和信息技术服务业"},
		"rd_staff_ratio":          48.7,
		"bachelor_ratio":          86.1,
		"master_ratio":            21.3,
		"doctor_ratio":            1.7,
		"mid_title_ratio":         35.2,
		"implementers_1y":         92,
		"implementers_3y":         58,
		"certified_implementers":  41,
		"ops_staff":               36,
		"expert_coverage":         []any{"pm_senior", "architect", "im_engineer", "senior_title"},
		"local_service_cities":    dictRef{"济南市", "淄博市", "泰安市", "德州市", "聊城市"},
		"sd_entity_name":          "山东智造云科技有限公司",
		"hq_address":              "山东省济南市高新区舜华路2000号舜泰广场8号楼",
		"intro":                   "山东智造云科技有限公司成立于2014年，专注离散制造业数字化转型，提供从咨询诊断、MES实施到设备联网的一站式服务，累计服务省内工业企业近两百家。",
		"sd_entity_address":       "山东省济南市高新区舜华路2000号舜泰广场8号楼",
		"high_tech":               true,
		"specialized_level":       "provincial",
	},
	"providerB": {
		"service_scope":           dictRef{"工业互联网平台", "解决方案实施", "数据服务"},
		"core_solutions":          "海数工业互联网平台、供应链协同平台、能耗在线监测与能源管理系统。",
		"service_industries":      dictRef{"制造业", "电力、热力、燃气及水生产和供应业"},
		"qualifications":          "国家级跨行业跨领域工业互联网平台生态伙伴、CMMI 5级、ISO20000、数据管理能力成熟度（DCMM）3级。",
		"industrial_customers":    420,
		"start_date":              "2016-03-15",
		"staff_total":             560,
		"revenue_2020":            2.40,
		"revenue_2021":            3.05,
		"revenue_2022":            3.62,
		"avg_sales_3y":            30233.33,
		"avg_industrial_sales_3y": 24580.00,
		"solution_sales_ratio":    55.0,
		"industry_1":              dictRef{"信息传输、软件和信息技术服务业"},
		"rd_staff_ratio":          52.1,
		"bachelor_ratio":          91.4,
		"master_ratio":            28.9,
		"doctor_ratio":            2.5,
		"mid_title_ratio":         40.0,
		"implementers_1y":         210,
		"implementers_3y":         130,
		"certified_implementers":  96,
		"ops_staff":               85,
		"expert_coverage":         []any{"architect", "pmp", "cisp", "iiot_engineer", "dcmm_assessor"},
		"local_service_cities":    dictRef{"青岛市", "烟台市", "潍坊市", "威海市", "日照市"},
		"sd_entity_name":          "青岛海数工业互联网有限公司",
		"hq_address":              "山东省青岛市崂山区株洲路151号",
		"intro":                   "青岛海数工业互联网有限公司依托家电产业集群，建设面向中小企业的工业互联网平台，提供设备上云、供应链协同和能源管理等服务。",
		"sd_entity_address":       "山东省青岛市崂山区株洲路151号",
		"high_tech":               true,
		"specialized_level":       "little_giant",
	},
	"providerC": {
		"service_scope":           dictRef{"解决方案实施", "工业软件"},
		"core_solutions":          "面向中小企业的轻量化ERP与进销存SaaS、质量追溯小程序。",
		"service_industries":      dictRef{"制造业", "批发和零售业"},
		"qualifications":          "ISO9001质量管理体系认证、软件企业评估。",
		"industrial_customers":    48,
		"start_date":              "2019-06-01",
		"staff_total":             65,
		"revenue_2020":            0.12,
		"revenue_2021":            0.18,
		"revenue_2022":            0.25,
		"avg_sales_3y":            1833.33,
		"avg_industrial_sales_3y": 1210.00,
		"solution_sales_ratio":    60.0,
		"industry_1":              dictRef{"信息传输、软件和信息技术服务业"},
		"rd_staff_ratio":          55.4,
		"bachelor_ratio":          80.0,
		"master_ratio":            9.2,
		"doctor_ratio":            0,
		"mid_title_ratio":         18.5,
		"implementers_1y":         22,
		"implementers_3y":         9,
		"certified_implementers":  6,
		"ops_staff":               10,
		"local_service_cities":    dictRef{"烟台市", "威海市"},
		"sd_entity_name":          "烟台新创软件有限公司",
		"hq_address":              "山东省烟台市莱山区港城东大街1299号",
		"intro":                   "烟台新创软件有限公司为胶东地区中小制造和商贸企业提供轻量化管理软件和实施服务。",
		"sd_entity_address":       "山东省烟台市莱山区港城东大街1299号",
		"high_tech":               false,
		"specialized_level":       "innovative",
	},
	"enterpriseA": {
		"legal_rep": "赵建国", "legal_rep_phone": "13905311188", "contact_title": "总经理",
		"postcode": "250100", "founded_date": "2006-04-18",
		"registration_type": dictRef{"私营企业"}, "tax_credit_level": dictRef{"A级"}, "listed": dictRef{"未上市"},
		"industry_1": dictRef{"通用设备制造业"}, "key_industry_chain": dictRef{"高端数控机床"},
		"core_product_1": "数控车床", "core_product_2": "加工中心",
		"enterprise_type": dictRef{"私营企业"}, "region": dictRef{"山东省", "济南市", "历城区"},
		"address": "山东省济南市历城区工业北路318号", "registered_capital": 5000.00, "paid_in_capital": 5000.00,
		"registration_authority": "济南市历城区市场监督管理局", "enterprise_scale": "medium",
		"main_business": "数控机床及机床附件的研发、生产和销售。", "specialized_level": "provincial",
		"high_tech": true, "tech_sme": true, "group_member": false, "import_export": true,
		"main_markets": []any{"province", "domestic", "overseas"}, "transform_intent": "strong",
		"transform_needs": dictRef{"生产管控", "设备管理", "质量管理"}, "transform_budget": 300.00,
		"intro":        "济南华鲁机械制造有限公司是一家专注数控机床研发制造的省级专精特新企业，拥有机加工、装配和检测车间，产品销往全国并出口东南亚。",
		"revenue_2022": 18650.32, "revenue_2021": 16420.75, "revenue_2020": 14380.10, "main_revenue_2022": 17920.00,
		"profit_2022": 1320.45, "net_profit_2022": 1105.20, "tax_2022": 865.30, "total_assets_2022": 26300.00,
		"total_liabilities_2022": 11200.00, "export_2022": 2350.00, "revenue_growth_3y": 13.9,
		"gross_margin": 24.5, "top5_customer_ratio": 31.0, "sales_modes": []any{"direct", "distribution", "export"},
		"staff_total": 320, "staff_rd": 45, "staff_it": 6, "staff_production": 210, "staff_sales": 28,
		"staff_management": 30, "staff_bachelor": 96, "staff_master": 12, "staff_mid_title": 40,
		"staff_skilled": 85, "staff_new_2022": 24, "avg_salary_2022": 8.65, "has_cio": false, "has_digital_dept": true,
		"has_erp": true, "has_mes": false, "has_plm": false, "has_crm": true, "has_srm": false, "has_oa": true,
		"cloud_usage": "infra", "digital_investment_2022": 120.00, "digital_investment_ratio": 0.64,
		"networks": []any{"fiber", "industrial_ethernet"}, "maturity_level": "1", "ii_certified": false,
		"fixed_assets_original": 15200.00, "fixed_assets_net": 9800.00, "equipment_value": 8600.00,
		"equipment_total": 260, "digital_equipment": 118, "networked_equipment": 35, "cnc_rate": 62.0,
		"networking_rate": 29.7, "avg_equipment_age": 8.5, "plant_area": 36000.00, "land_area": 52000.00,
		"production_mode": "discrete", "capacity_utilization": 78.0, "first_pass_yield": 97.2,
		"quality_certs": []any{"iso9001"}, "supplier_count": 85, "purchase_2022": 9800.00,
		"local_purchase_ratio": 58.0, "inventory_turnover": 3.2, "supply_collaboration": "manual",
		"service_channels": []any{"phone", "onsite"}, "safety_standard_level": "3", "iso14001": true,
		"major_accident_3y": false, "bank_credit_rating": "AA", "debt_ratio": 42.6, "financing_need": 2000.00,
		"financing_purposes": []any{"tech_upgrade", "digital"}, "financing_term": "1to3y",
		"has_bank_loan": true, "loan_balance": 4500.00, "short_loan_balance": 3000.00, "long_loan_balance": 1500.00,
		"credit_loan_balance": 800.00, "avg_loan_rate": 3.95, "financing_channels": []any{"bank_loan", "leasing"},
		"overdue_3y": false, "financing_difficulty": "normal",
		"rd_expense_2022": 780.00, "rd_ratio": 4.18, "rd_expense_2021": 690.00, "invention_patents": 12,
		"utility_patents": 46, "software_copyrights": 3, "new_products_3y": 7, "rd_center_level": "province",
		"rd_center_name": "山东省数控机床工程技术研究中心（企业分中心）", "standards": 2, "university_cooperation": true,
		"innovation_needs": "希望实现车间设备联网与生产过程透明化，打通ERP与车间数据，提高订单交付准时率。",
	},
	"enterpriseB": {
		"legal_rep": "周丽", "legal_rep_phone": "13905362266", "contact_title": "副总经理",
		"postcode": "261000", "founded_date": "2011-08-09",
		"registration_type": dictRef{"私营企业"}, "tax_credit_level": dictRef{"B级"}, "listed": dictRef{"未上市"},
		"industry_1": dictRef{"食品制造业"}, "key_industry_chain": dictRef{"现代高效农业"},
		"core_product_1": "速冻调理食品", "core_product_2": "预制菜",
		"enterprise_type": dictRef{"私营企业"}, "region": dictRef{"山东省", "潍坊市", "寒亭区"},
		"address": "山东省潍坊市寒亭区海安路66号", "registered_capital": 2000.00, "paid_in_capital": 1600.00,
		"enterprise_scale": "small", "main_business": "速冻食品、预制菜的生产与销售。", "specialized_level": "innovative",
		"high_tech": false, "transform_intent": "moderate", "transform_needs": dictRef{"质量管理", "供应链", "营销服务"},
		"revenue_2022": 6230.50, "revenue_2021": 5480.00, "profit_2022": 410.80, "total_assets_2022": 7800.00,
		"staff_total": 135, "staff_rd": 8, "staff_it": 2, "has_erp": true, "has_mes": false,
		"cloud_usage": "business", "digital_investment_2022": 35.00,
		"fixed_assets_original": 4200.00, "equipment_total": 96, "digital_equipment": 30,
		"production_mode": "process", "first_pass_yield": 99.1, "quality_certs": []any{"iso9001", "iso22000"},
		"major_accident_3y": false, "has_bank_loan": true, "loan_balance": 900.00,
		"rd_expense_2022": 95.00, "rd_ratio": 1.52, "invention_patents": 1, "rd_center_level": "enterprise",
	},
	"enterpriseC": {
		"legal_rep": "吴强", "legal_rep_phone": "13905393399", "contact_title": "董事长",
		"postcode": "276000", "founded_date": "2015-11-20",
		"registration_type": dictRef{"股份有限公司"}, "tax_credit_level": dictRef{"A级"}, "listed": dictRef{"区域股权市场"},
		"industry_1": dictRef{"橡胶和塑料制品业"}, "key_industry_chain": dictRef{"先进高分子材料"},
		"core_product_1": "改性工程塑料", "enterprise_type": dictRef{"股份制企业"},
		"region": dictRef{"山东省", "临沂市", "兰山区"}, "address": "山东省临沂市兰山区金雀山路88号",
		"registered_capital": 3000.00, "enterprise_scale": "small", "main_business": "改性塑料及复合材料的研发、生产和销售。",
		"specialized_level": "none", "high_tech": true, "transform_intent": "strong",
		"revenue_2022": 9120.00, "revenue_2021": 7640.00, "profit_2022": 655.00, "total_assets_2022": 10400.00,
		"staff_total": 180, "staff_rd": 22, "staff_it": 3, "has_erp": false, "has_mes": false,
		"cloud_usage": "none", "digital_investment_2022": 18.50,
		"fixed_assets_original": 6100.00, "equipment_total": 74, "digital_equipment": 20,
		"production_mode": "process", "major_accident_3y": false, "has_bank_loan": false,
		"rd_expense_2022": 330.00, "rd_ratio": 3.62, "invention_patents": 5, "rd_center_level": "city",
	},
}
