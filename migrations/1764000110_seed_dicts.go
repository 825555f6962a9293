package migrations

import (
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
	"github.com/pocketbase/pocketbase/tools/types"
)

// The option lists the forms need, seeded into `dicts`. Operators may
// disable options or add new ones in the dashboard afterwards.
func init() {
	m.Register(func(app core.App) error {
		return SeedDicts(app)
	}, func(app core.App) error {
		// The collection itself goes with 1764000100; here only the rows.
		_, err := app.DB().NewQuery("DELETE FROM {{dicts}}").Execute()
		return err
	})
}

// regionsJSON is the province/city/district tree (GB/T 2260 codes) vendored
// from the npm package element-china-area-data (MIT, see
// data/regions.LICENSE.md) by tools/vendor-regions/convert.mjs.
//
//go:embed data/regions.json
var regionsJSON []byte

// DictSeed is one seeded option.
type DictSeed struct {
	Type, Code, Label, Parent string
	Sort                      int
}

// SeedDicts inserts or refreshes every seeded option, keyed by (type, code):
// running it again changes nothing, and a later release may call it again to
// add options or fix labels. An option's `enabled` flag and `extra` belong
// to the operator once it exists and are never touched here.
//
// It writes with one prepared upsert in a single transaction instead of
// ~3,500 record saves, because every test app runs the migrations; record
// hooks therefore do not fire, and a process that already answered
// dict lookups must drop its cache afterwards (forms.InvalidateDicts).
func SeedDicts(app core.App) error {
	rows, err := DictSeeds()
	if err != nil {
		return err
	}
	now := types.NowDateTime().String()
	return app.RunInTransaction(func(tx core.App) error {
		q := tx.NonconcurrentDB().NewQuery(`
			INSERT INTO {{dicts}} ([[id]], [[type]], [[code]], [[label]], [[parent]], [[sort]], [[enabled]], [[created]], [[updated]])
			VALUES ({:id}, {:type}, {:code}, {:label}, {:parent}, {:sort}, TRUE, {:now}, {:now})
			ON CONFLICT ([[type]], [[code]]) DO UPDATE SET
				[[label]] = excluded.[[label]], [[parent]] = excluded.[[parent]],
				[[sort]] = excluded.[[sort]], [[updated]] = excluded.[[updated]]
			WHERE [[label]] IS NOT excluded.[[label]] OR [[parent]] IS NOT excluded.[[parent]]
				OR [[sort]] IS NOT excluded.[[sort]]`).Prepare()
		defer q.Close()
		for _, r := range rows {
			_, err := q.Bind(dbx.Params{
				"id": core.GenerateDefaultRandomId(), "type": r.Type, "code": r.Code,
				"label": r.Label, "parent": r.Parent, "sort": r.Sort, "now": now,
			}).Execute()
			if err != nil {
				return fmt.Errorf("seed dict %s/%s: %w", r.Type, r.Code, err)
			}
		}
		return nil
	})
}

// DictSeeds returns every seeded option: the lists below, then the region
// tree. Sort is the position among the siblings, starting at 1.
func DictSeeds() ([]DictSeed, error) {
	var out []DictSeed
	for _, l := range seedLists {
		pos := map[string]int{}
		for _, o := range l.options {
			pos[o.parent]++
			out = append(out, DictSeed{Type: l.typ, Code: o.code, Label: o.label, Parent: o.parent, Sort: pos[o.parent]})
		}
	}
	var regions struct {
		Rows [][3]string `json:"rows"`
	}
	if err := json.Unmarshal(regionsJSON, &regions); err != nil {
		return nil, fmt.Errorf("data/regions.json: %w", err)
	}
	pos := map[string]int{}
	for _, r := range regions.Rows {
		pos[r[2]]++
		out = append(out, DictSeed{Type: "region", Code: r[0], Label: r[1], Parent: r[2], Sort: pos[r[2]]})
	}
	return out, nil
}

type seedOption struct{ code, label, parent string }

// seedOpts turns "code", "label" pairs into top-level options.
func seedOpts(pairs ...string) []seedOption {
	return seedUnder("", pairs...)
}

// seedUnder turns "code", "label" pairs into children of parent.
func seedUnder(parent string, pairs ...string) []seedOption {
	if len(pairs)%2 != 0 {
		panic("dict seed: odd number of code/label strings")
	}
	out := make([]seedOption, 0, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, seedOption{pairs[i], pairs[i+1], parent})
	}
	return out
}

func seedJoin(lists ...[]seedOption) []seedOption {
	var out []seedOption
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

var seedLists = []struct {
	typ     string
	options []seedOption
}{
	// 商品标签 (表4-1 标签): the public catalog filters by them.
	{"tag", seedOpts(
		"intelligent_manufacturing", "智能制造",
		"industrial_internet", "工业互联网",
		"digital_management", "数字化管理",
		"cloud", "云服务",
		"big_data", "大数据",
		"ai", "人工智能",
		"cyber_security", "网络安全",
		"iot", "物联网",
		"supply_chain", "供应链",
		"rnd", "研发设计",
		"production_control", "生产管控",
		"equipment", "设备管理",
		"quality", "质量管理",
		"warehouse_logistics", "仓储物流",
		"marketing", "营销服务",
		"finance", "财务管理",
		"hr", "人力资源",
		"collaboration", "协同办公",
		"energy_saving", "节能环保",
		"safety", "安全生产",
		"digital_twin", "数字孪生",
		"5g", "5G应用",
	)},
	// 方案分类 (表4-1, up to 5 per product).
	{"solution_category", seedOpts(
		"rnd", "研发设计类",
		"production", "生产制造类",
		"management", "经营管理类",
		"operation_maintenance", "运维服务类",
		"supply_chain", "供应链管理类",
		"marketing", "营销服务类",
		"safety", "安全生产类",
		"energy", "节能减排类",
		"finance", "财务管理类",
		"hr", "人力资源类",
		"quality", "质量管控类",
		"collaboration", "协同办公类",
	)},
	// 国民经济行业分类 GB/T 4754-2017: the 20 门类, and the 31 大类 of
	// manufacturing (门类 C) as its children, coded with their letter.
	{"industry", seedJoin(seedOpts(
		"A", "农、林、牧、渔业",
		"B", "采矿业",
		"C", "制造业",
		"D", "电力、热力、燃气及水生产和供应业",
		"E", "建筑业",
		"F", "批发和零售业",
		"G", "交通运输、仓储和邮政业",
		"H", "住宿和餐饮业",
		"I", "信息传输、软件和信息技术服务业",
		"J", "金融业",
		"K", "房地产业",
		"L", "租赁和商务服务业",
		"M", "科学研究和技术服务业",
		"N", "水利、环境和公共设施管理业",
		"O", "居民服务、修理和其他服务业",
		"P", "教育",
		"Q", "卫生和社会工作",
		"R", "文化、体育和娱乐业",
		"S", "公共管理、社会保障和社会组织",
		"T", "国际组织",
	), seedUnder("C",
		"C13", "农副食品加工业",
		"C14", "食品制造业",
		"C15", "酒、饮料和精制茶制造业",
		"C16", "烟草制品业",
		"C17", "纺织业",
		"C18", "纺织服装、服饰业",
		"C19", "皮革、毛皮、羽毛及其制品和制鞋业",
		"C20", "木材加工和木、竹、藤、棕、草制品业",
		"C21", "家具制造业",
		"C22", "造纸和纸制品业",
		"C23", "印刷和记录媒介复制业",
		"C24", "文教、工美、体育和娱乐用品制造业",
		"C25", "石油、煤炭及其他燃料加工业",
		"C26", "化学原料和化学制品制造业",
		"C27", "医药制造业",
		"C28", "化学纤维制造业",
		"C29", "橡胶和塑料制品业",
		"C30", "非金属矿物制品业",
		"C31", "黑色金属冶炼和压延加工业",
		"C32", "有色金属冶炼和压延加工业",
		"C33", "金属制品业",
		"C34", "通用设备制造业",
		"C35", "专用设备制造业",
		"C36", "汽车制造业",
		"C37", "铁路、船舶、航空航天和其他运输设备制造业",
		"C38", "电气机械和器材制造业",
		"C39", "计算机、通信和其他电子设备制造业",
		"C40", "仪器仪表制造业",
		"C41", "其他制造业",
		"C42", "废弃资源综合利用业",
		"C43", "金属制品、机械和设备修理业",
	))},
	// 企业类型: exactly the 7 of the demand survey (enterprise guide 图3-2).
	{"enterprise_type", seedOpts(
		"private", "私营企业",
		"foreign", "外资企业",
		"collective", "集体所有制企业",
		"state_owned", "国有企业",
		"joint_stock", "股份制企业",
		"hmt", "港、澳、台企业",
		"joint_venture", "合资企业",
	)},
	// 所在市: Shandong's 16 prefecture-level cities, GB/T 2260 codes (the
	// same codes as their rows in the region tree).
	{"city", seedOpts(
		"370100", "济南市",
		"370200", "青岛市",
		"370300", "淄博市",
		"370400", "枣庄市",
		"370500", "东营市",
		"370600", "烟台市",
		"370700", "潍坊市",
		"370800", "济宁市",
		"370900", "泰安市",
		"371000", "威海市",
		"371100", "日照市",
		"371300", "临沂市",
		"371400", "德州市",
		"371500", "聊城市",
		"371600", "滨州市",
		"371700", "菏泽市",
	)},
	// 数字化转型需求 of the demand survey (企业需求收集).
	{"demand", seedOpts(
		"rnd", "研发设计",
		"production_control", "生产管控",
		"equipment", "设备管理",
		"quality", "质量管理",
		"supply_chain", "供应链",
		"management", "经营管理",
		"marketing", "营销服务",
		"safety_env", "安全环保",
		"energy", "节能减排",
		"cloud", "数据上云",
	)},
	// 发布类型 (商品上架).
	{"product_type", seedOpts(
		"solution", "解决方案与产品",
		"diagnosis", "数字化诊断服务",
		"software", "工业软件",
		"cloud", "云资源",
		"consulting", "咨询培训",
		"hardware", "硬件设备",
	)},
	// 规格: 购买方式 and 定价模式 (图4-11); the codes are the product_specs
	// select values.
	{"purchase_mode", seedOpts("year", "按年", "month", "按月", "quantity", "按数量")},
	{"pricing", seedOpts("free", "免费", "simple", "简单模式")},
	// 所属重点产业链: Shandong's 十强产业 with main chains under them.
	{"key_industry_chain", seedJoin(seedOpts(
		"it", "新一代信息技术",
		"equipment", "高端装备",
		"new_energy_materials", "新能源新材料",
		"marine", "现代海洋",
		"health", "医养健康",
		"chemical", "高端化工",
		"agriculture", "现代高效农业",
		"culture", "文化创意",
		"tourism", "精品旅游",
		"finance", "现代金融服务",
	), seedUnder("it",
		"it_ic", "集成电路",
		"it_display", "新型显示",
		"it_software", "软件和信息技术服务",
		"it_industrial_internet", "工业互联网",
		"it_vr", "虚拟现实",
	), seedUnder("equipment",
		"equipment_cnc", "高端数控机床",
		"equipment_rail", "轨道交通装备",
		"equipment_agri", "农机装备",
		"equipment_construction", "工程机械",
		"equipment_nev", "新能源汽车",
		"equipment_aero", "航空航天装备",
	), seedUnder("new_energy_materials",
		"nem_pv", "光伏",
		"nem_hydrogen", "氢能",
		"nem_storage", "储能",
		"nem_polymer", "先进高分子材料",
		"nem_metal", "高端金属材料",
	), seedUnder("marine",
		"marine_engineering", "海洋工程装备",
		"marine_bio", "海洋生物医药",
	), seedUnder("health",
		"health_biomed", "生物医药",
		"health_devices", "医疗器械",
	), seedUnder("chemical",
		"chemical_refining", "炼化一体化",
		"chemical_fine", "精细化工",
	))},
	// 企业登记注册类型 (国家统计局《关于划分企业登记注册类型的规定》).
	{"registration_type", seedJoin(seedOpts(
		"100", "内资企业",
		"200", "港、澳、台商投资企业",
		"300", "外商投资企业",
	), seedUnder("100",
		"110", "国有企业",
		"120", "集体企业",
		"130", "股份合作企业",
		"140", "联营企业",
		"150", "有限责任公司",
		"160", "股份有限公司",
		"170", "私营企业",
		"190", "其他企业",
	), seedUnder("200",
		"210", "合资经营企业（港或澳、台资）",
		"220", "合作经营企业（港或澳、台资）",
		"230", "港、澳、台商独资经营企业",
		"240", "港、澳、台商投资股份有限公司",
		"290", "其他港、澳、台商投资企业",
	), seedUnder("300",
		"310", "中外合资经营企业",
		"320", "中外合作经营企业",
		"330", "外资企业",
		"340", "外商投资股份有限公司",
		"390", "其他外商投资企业",
	))},
	// 纳税信用等级 (国家税务总局纳税信用管理办法).
	{"tax_credit_level", seedOpts("A", "A级", "B", "B级", "M", "M级", "C", "C级", "D", "D级")},
	// 服务商服务范围 (图3-3).
	{"service_scope", seedOpts(
		"diagnosis", "数字化诊断",
		"solution", "解决方案实施",
		"software", "工业软件",
		"cloud", "云服务",
		"integration", "系统集成",
		"consulting", "咨询培训",
		"platform", "工业互联网平台",
		"network", "网络服务",
		"security", "安全服务",
		"hardware", "智能硬件",
		"data", "数据服务",
		"operation", "运维服务",
	)},
	// 是否已上市.
	{"listed_status", seedOpts(
		"unlisted", "未上市",
		"main_board", "主板",
		"star_market", "科创板",
		"chinext", "创业板",
		"bse", "北交所",
		"neeq", "新三板",
		"regional", "区域股权市场",
	)},
	// 专家录入 (图4-18): 工业互联网专业领域, 工业行业领域, 企业运行领域.
	{"expert_ii_domain", seedOpts(
		"industrial_service", "工业服务",
		"software", "软件及数字化应用",
		"network", "网络",
		"platform", "平台",
		"security", "安全",
		"identifier", "标识解析",
		"other", "其他",
	)},
	{"expert_industry", seedOpts(
		"general_equipment", "通用设备",
		"special_equipment", "专用设备",
		"automobile", "汽车",
		"electronics", "电子信息",
		"home_appliance", "家电",
		"chemical", "化工",
		"textile", "纺织服装",
		"food", "食品",
		"medicine", "医药",
		"metallurgy", "冶金",
		"nonferrous", "有色金属",
		"building_materials", "建材",
		"light_industry", "轻工",
		"energy", "能源电力",
		"shipbuilding", "船舶",
		"aerospace", "航空航天",
		"rail", "轨道交通",
		"other", "其他",
	)},
	{"expert_operating", seedOpts(
		"rnd", "产品研发和工艺",
		"production", "生产制造",
		"management", "经营管理",
		"supply_chain", "供应链",
		"marketing", "营销服务",
		"safety_env", "安全环保",
		"quality", "质量管控",
		"equipment", "设备管理",
		"energy", "能源管理",
		"finance", "财务管理",
		"hr", "人力资源",
	)},
	// 工业互联网服务年限 / 工业领域服务年限.
	{"service_years", seedOpts("lte5", "≤5年", "5to10", "5-10年", "10to20", "10-20年", "gt20", ">20年")},
	// 职称.
	{"professional_title", seedOpts(
		"senior", "正高级",
		"vice_senior", "副高级",
		"intermediate", "中级",
		"junior", "初级",
		"none", "无",
	)},
	// 交付平均周期 (表4-1).
	{"delivery_cycle", seedOpts(
		"lt1m", "1个月以内",
		"1to3m", "1-3个月",
		"3to6m", "3-6个月",
		"6to12m", "6-12个月",
		"gt12m", "12个月以上",
	)},
}
