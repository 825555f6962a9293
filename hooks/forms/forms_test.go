package forms

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestFormSectionCounts(t *testing.T) {
	want := map[string][]struct {
		title string
		n     int
	}{
		"provider": {{"服务商背景", 36}},
		"enterprise": {
			{"企业背景", 43}, {"运营", 16}, {"人员", 15}, {"信息数字化", 12}, {"固定资产", 12},
			{"生产", 5}, {"供应链", 5}, {"客户服务", 1}, {"安全环保", 3}, {"融资条件", 11},
			{"融资状况", 14}, {"创新研发", 16},
		},
	}
	for kind, sections := range want {
		f, err := FormSchema(kind)
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Sections) != len(sections) {
			t.Fatalf("%s: %d sections, want %d", kind, len(f.Sections), len(sections))
		}
		for i, s := range sections {
			got := f.Sections[i]
			if got.Title != s.title || len(got.Fields) != s.n {
				t.Errorf("%s section %d: %s (%d fields), want %s (%d)", kind, i, got.Title, len(got.Fields), s.title, s.n)
			}
		}
	}
	if _, err := FormSchema("nope"); err == nil {
		t.Error("unknown kind must fail")
	}
}

// The fields the user guides show, with their required marks.
func TestFormGuideFields(t *testing.T) {
	cases := []struct {
		kind, label string
		required    bool
		column      string
	}{
		{"provider", "企业名称", true, "name"},
		{"provider", "统一社会信用代码", false, "credit_code"},
		{"provider", "企业营业执照", true, "license"},
		{"provider", "服务商服务范围", true, ""},
		{"provider", "核心产品和解决方案", false, ""},
		{"provider", "服务行业", true, ""},
		{"provider", "资质能力", false, ""},
		{"provider", "工业客户累计数量", true, ""},
		{"provider", "起始运行时间", true, ""},
		{"provider", "人员总数", true, ""},
		{"provider", "2020年收入", false, ""},
		{"provider", "近三年年平均销售额", true, ""},
		{"provider", "近三年工业领域年平均销售额", true, ""},
		{"provider", "申报方案（总）年销售额占工业年销售额的平均占比", true, ""},
		{"provider", "所属行业1", true, ""},
		{"provider", "所属行业3", false, ""},
		{"provider", "专家资质覆盖", false, ""},
		{"provider", "山东省实体机构地址", false, ""},
		{"provider", "是否高新技术企业", true, ""},
		{"enterprise", "企业名称", true, "name"},
		{"enterprise", "注册法人", true, ""},
		{"enterprise", "法定代表人手机号码", true, ""},
		{"enterprise", "联系人", true, ""},
		{"enterprise", "联系电话", true, ""},
		{"enterprise", "职务", true, ""},
		{"enterprise", "邮箱", true, ""},
		{"enterprise", "邮编", true, ""},
		{"enterprise", "注册成立时间", true, ""},
		{"enterprise", "统一社会信用代码", true, "credit_code"},
		{"enterprise", "企业营业执照", true, "license"},
		{"enterprise", "企业登记注册类型", true, ""},
		{"enterprise", "纳税信用等级", true, ""},
		{"enterprise", "是否已上市", true, ""},
		{"enterprise", "所属行业1", true, ""},
		{"enterprise", "所属重点产业链", true, ""},
		{"enterprise", "核心产品名称1", true, ""},
		{"enterprise", "2022年营业收入", true, ""},
		{"enterprise", "研发投入占比", true, ""},
		{"enterprise", "是否有ERP系统", true, ""},
		{"enterprise", "数字化设备数量", true, ""},
	}
	for _, c := range cases {
		f, _ := FormSchema(c.kind)
		var found *Field
		for _, fl := range f.Fields() {
			// The guides were written in 2023: a figure of last year was
			// labelled 2022年….
			if fl.labelFor(nil, 2023) == c.label {
				found = fl
			}
		}
		if found == nil {
			t.Errorf("%s: no field %s", c.kind, c.label)
			continue
		}
		if found.Required != c.required || found.Column != c.column {
			t.Errorf("%s %s: required=%v column=%q, want %v %q", c.kind, c.label, found.Required, found.Column, c.required, c.column)
		}
	}
	// Money in 万元 keeps two decimals; dict types are the agreed ones.
	f, _ := FormSchema("enterprise")
	for _, fl := range f.Fields() {
		if fl.Type == TypeMoneyWan && (fl.Unit != "万元" || *fl.Decimals != 2) {
			t.Errorf("%s: money_wan must be 万元 with 2 decimals", fl.Key)
		}
	}
	dicts := map[string]string{"industry_1": "industry", "enterprise_type": "enterprise_type", "region": "region",
		"key_industry_chain": "key_industry_chain", "registration_type": "registration_type", "tax_credit_level": "tax_credit_level"}
	for k, d := range dicts {
		if f.Field(k).Dict != d {
			t.Errorf("enterprise %s dict = %q, want %q", k, f.Field(k).Dict, d)
		}
	}
	p, _ := FormSchema("provider")
	if p.Field("service_scope").Dict != "service_scope" || p.Field("local_service_cities").Dict != "city" {
		t.Error("provider dict fields")
	}
}

func TestFormSchemaCheckRefusesBrokenSchemas(t *testing.T) {
	bad := []string{
		`{"kind":"x","sections":[{"key":"a","title":"A","fields":[{"key":"f","label":"F","type":"weird"}]}]}`,
		`{"kind":"x","sections":[{"key":"a","title":"A","fields":[{"key":"f","label":"F","type":"select"}]}]}`,
		`{"kind":"x","sections":[{"key":"a","title":"A","fields":[{"key":"f","label":"F","type":"file"}]}]}`,
		`{"kind":"x","sections":[{"key":"a","title":"A","fields":[{"key":"f","label":"F","type":"text"},{"key":"f","label":"G","type":"text"}]}]}`,
		`{"kind":"x","sections":[{"key":"a","title":"A","fields":[{"key":"f","label":"F","type":"select","dict":"colours"}]}]}`,
		`{"kind":"x","sections":[{"key":"a","title":"A","fields":[{"key":"f","label":"F","type":"integer","lte":"g"}]}]}`,
		`{"kind":"x","sections":[{"key":"a","title":"A","fields":[{"key":"f","label":"F","type":"radio","options":[{"value":"a","label":"A"},{"value":"a","label":"B"}]}]}]}`,
	}
	for _, s := range bad {
		f := &Form{fields: map[string]*Field{}}
		if err := json.Unmarshal([]byte(s), f); err != nil {
			t.Fatal(err)
		}
		if err := f.check(); err == nil {
			t.Errorf("accepted %s", s)
		}
	}
}

// fakeDicts is the dicts lookup of the unit tests.
func fakeDicts(dictType, code string) bool {
	known := map[string][]string{
		"industry": {"C", "I"}, "registration_type": {"173"}, "tax_credit_level": {"A", "B"},
		"key_industry_chain": {"high_end_equipment"}, "enterprise_type": {"private"},
		"region": {"370000", "370100", "370112"}, "service_scope": {"consulting", "platform"},
		"city": {"370100", "370200"}, "listed_status": {"unlisted", "neeq"},
		"demand": {"production_control", "quality"},
	}
	for _, c := range known[dictType] {
		if c == code {
			return true
		}
	}
	return false
}

func TestValidateProfileValues(t *testing.T) {
	today := time.Now().Format("2006-01-02")
	future := time.Now().AddDate(0, 0, 3).Format("2006-01-02")
	cases := []struct {
		name, kind, key string
		value           any
		wantMsg         string // "" = valid
	}{
		{"text ok", "enterprise", "legal_rep", "赵建国", ""},
		{"text not string", "enterprise", "legal_rep", 12.0, "注册法人应为文本"},
		{"text too long", "enterprise", "legal_rep", strings.Repeat("长", 51), "注册法人不能超过50个字"},
		{"textarea limit counts characters", "enterprise", "main_business", strings.Repeat("字", 1000), ""},
		{"phone ok", "enterprise", "legal_rep_phone", "13905310011", ""},
		{"phone short", "enterprise", "legal_rep_phone", "1390531001", "法定代表人手机号码格式不正确"},
		{"phone letters", "enterprise", "contact_phone", "1390531001x", "联系电话格式不正确"},
		{"phone landline", "enterprise", "contact_phone", "05318888888", "联系电话格式不正确"},
		{"phone number type", "enterprise", "contact_phone", 13905310011.0, "联系电话格式不正确"},
		{"email ok", "enterprise", "email", "zhao@hualu-jx.example.cn", ""},
		{"email no domain dot", "enterprise", "email", "zhao@localhost", "邮箱格式不正确"},
		{"email display name", "enterprise", "email", "Zhao <zhao@a.cn>", "邮箱格式不正确"},
		{"email garbage", "enterprise", "email", "zhao", "邮箱格式不正确"},
		{"postcode ok", "enterprise", "postcode", "250101", ""},
		{"postcode 5 digits", "enterprise", "postcode", "25010", "邮编格式不正确"},
		{"date ok", "enterprise", "founded_date", "2008-05-12", ""},
		{"date today", "enterprise", "founded_date", today, ""},
		{"date future", "enterprise", "founded_date", future, "注册成立时间不能晚于今天"},
		{"date bad", "enterprise", "founded_date", "2008/05/12", "注册成立时间应为 YYYY-MM-DD 格式的日期"},
		{"date impossible", "enterprise", "founded_date", "2008-02-30", "注册成立时间应为 YYYY-MM-DD 格式的日期"},
		{"date ancient", "enterprise", "founded_date", "1850-01-01", "注册成立时间不能早于1900年"},
		{"money ok", "enterprise", "registered_capital", 500.25, ""},
		{"money integer ok", "enterprise", "registered_capital", 500.0, ""},
		{"money 3 decimals", "enterprise", "registered_capital", 500.125, "注册资本最多保留2位小数"},
		{"money negative", "enterprise", "registered_capital", -1.0, "注册资本不能小于0"},
		{"money string", "enterprise", "registered_capital", "500", "注册资本应为数字"},
		{"money huge", "enterprise", "registered_capital", 2e9, "注册资本不能大于1000000000"},
		{"loss allowed", "enterprise", "profit_2022", -120.5, ""},
		{"percent ok", "enterprise", "rd_ratio", 4.25, ""},
		{"percent over 100", "enterprise", "rd_ratio", 100.5, "研发投入占比不能大于100"},
		{"growth may exceed 100", "enterprise", "revenue_growth_3y", 150.0, ""},
		{"growth may be negative", "enterprise", "revenue_growth_3y", -12.5, ""},
		{"integer ok", "enterprise", "staff_total", 120.0, ""},
		{"integer from Go int", "enterprise", "staff_total", 120, ""},
		{"integer fractional", "enterprise", "staff_total", 12.5, "从业人员总数应为整数"},
		{"integer below min", "enterprise", "staff_total", 0.0, "从业人员总数不能小于1"},
		{"number decimals", "enterprise", "avg_equipment_age", 6.55, "主要生产设备平均役龄最多保留1位小数"},
		{"bool ok", "enterprise", "has_erp", true, ""},
		{"bool string", "enterprise", "has_erp", "是", "是否有ERP系统应为“是”或“否”"},
		{"select dict listed", "enterprise", "listed", "unlisted", ""},
		{"select dict unknown listed", "enterprise", "listed", "maybe", "是否已上市的选项无效，请重新选择"},
		{"select option ok", "enterprise", "enterprise_scale", "small", ""},
		{"select option unknown", "enterprise", "enterprise_scale", "tiny", "企业规模的选项无效，请重新选择"},
		{"select option label is not value", "enterprise", "enterprise_scale", "小型企业", "企业规模的选项无效，请重新选择"},
		{"radio ok", "enterprise", "production_mode", "discrete", ""},
		{"select dict ok", "enterprise", "industry_1", "C", ""},
		{"select dict unknown", "enterprise", "industry_1", "Q9", "所属行业1的选项无效，请重新选择"},
		{"select dict tax", "enterprise", "tax_credit_level", "E", "纳税信用等级的选项无效，请重新选择"},
		{"multiselect ok", "enterprise", "sales_modes", []any{"direct", "export"}, ""},
		{"multiselect unknown", "enterprise", "sales_modes", []any{"direct", "magic"}, "主要销售模式的选项无效，请重新选择"},
		{"multiselect dup", "enterprise", "sales_modes", []any{"direct", "direct"}, "主要销售模式有重复的选项"},
		{"multiselect dict ok", "enterprise", "transform_needs", []any{"production_control", "quality"}, ""},
		{"multiselect dict unknown", "enterprise", "transform_needs", []any{"production"}, "数字化转型需求的选项无效，请重新选择"},
		{"multiselect too many", "enterprise", "main_markets", []any{"province", "domestic", "overseas", "online", "x"}, "主要市场区域最多选择4项"},
		{"multiselect not list", "enterprise", "sales_modes", "direct", "主要销售模式的选项无效，请重新选择"},
		{"multiselect dict", "provider", "service_scope", []any{"consulting", "platform"}, ""},
		{"multiselect dict unknown", "provider", "local_service_cities", []any{"370100", "110000"}, "本地化服务范围的选项无效，请重新选择"},
		{"region ok", "enterprise", "region", []any{"370000", "370100", "370112"}, ""},
		{"region unknown code", "enterprise", "region", []any{"370000", "999999"}, "所在地区格式不正确，请重新选择"},
		{"region too deep", "enterprise", "region", []any{"370000", "370100", "370112", "370112"}, "所在地区格式不正确，请重新选择"},
		{"region string", "enterprise", "region", "370112", "所在地区格式不正确，请重新选择"},
		{"empty value is unanswered", "enterprise", "legal_rep", "", ""},
		{"null is unanswered", "enterprise", "registered_capital", nil, ""},
		{"provider revenue 亿元", "provider", "revenue_2022", 1.25, ""},
		{"provider start date", "provider", "start_date", "2015-03-01", ""},
		{"provider percent", "provider", "solution_sales_ratio", 35.5, ""},
	}
	for _, c := range cases {
		errs := ValidateProfile(c.kind, map[string]any{c.key: c.value}, false, fakeDicts)
		got := ""
		if err, ok := errs["profile."+c.key]; ok {
			got = err.Error()
		}
		if len(errs) > 1 || (len(errs) == 1 && got == "") {
			t.Errorf("%s: unexpected errors %v", c.name, errs)
		}
		if got != c.wantMsg {
			t.Errorf("%s: %v → %q, want %q", c.name, c.value, got, c.wantMsg)
		}
	}
}

// The type of no field of today's schemas, checked on a made-up field.
func TestValidateYear(t *testing.T) {
	fl := &Field{Key: "y", Label: "成立年份", Type: TypeYear}
	fl.applyDefaults()
	for v, want := range map[any]string{2015.0: "", "2015": "", 2015: "", "15": "成立年份应为数字", 1850.0: "成立年份不能小于1900", 2015.5: "成立年份应为整数", "20x5": "成立年份应为数字"} {
		if got := checkValue(fl, v, nil); got != want {
			t.Errorf("%v: %q, want %q", v, got, want)
		}
	}
}

func TestValidateProfileUnknownAndColumnKeys(t *testing.T) {
	errs := ValidateProfile("enterprise", map[string]any{"step": 1.0, "company_name": "某公司", "credit_code": "91350100M000100Y43"}, false, nil)
	if errs["profile.step"] == nil || errs["profile.step"].Error() != "企业信息含有未知字段：step" {
		t.Errorf("unknown key: %v", errs)
	}
	if errs["profile.company_name"] == nil || !strings.Contains(errs["profile.company_name"].Error(), "企业名称") {
		t.Errorf("column field in profile: %v", errs)
	}
	if errs["profile.credit_code"] == nil {
		t.Errorf("credit code column in profile: %v", errs)
	}
	// A provider key is unknown to the enterprise form and vice versa.
	if errs := ValidateProfile("enterprise", map[string]any{"service_scope": []any{"consulting"}}, false, nil); errs["profile.service_scope"] == nil {
		t.Error("provider field accepted in enterprise profile")
	}
	if errs := ValidateProfile("other", map[string]any{}, false, nil); errs["kind"] == nil {
		t.Error("unknown kind accepted")
	}
}

func TestValidateProfileRequiredOnlyWhenComplete(t *testing.T) {
	for _, kind := range FormKinds {
		if errs := ValidateProfile(kind, map[string]any{}, false, nil); errs != nil {
			t.Errorf("%s: empty draft refused: %v", kind, errs)
		}
		errs := ValidateProfile(kind, map[string]any{}, true, nil)
		f, _ := FormSchema(kind)
		n := 0
		for _, fl := range f.Fields() {
			_, has := errs["profile."+fl.Key]
			want := fl.Required && fl.Column == ""
			if want {
				n++
			}
			if has != want {
				t.Errorf("%s %s: required error %v, want %v", kind, fl.Key, has, want)
			}
		}
		if len(errs) != n || n == 0 {
			t.Errorf("%s: %d errors, want %d", kind, len(errs), n)
		}
	}
	errs := ValidateProfile("enterprise", map[string]any{"contact": "  "}, true, nil)
	if got := errs["profile.contact"]; got == nil || got.Error() != "请填写联系人" {
		t.Errorf("blank required text: %v", got)
	}
	if got := errs["profile.industry_1"]; got == nil || got.Error() != "请选择所属行业1" {
		t.Errorf("required select: %v", got)
	}
	if got := errs["profile.has_erp"]; got == nil || got.Error() != "请选择是否有ERP系统" {
		t.Errorf("required bool: %v", got)
	}
	// false answers a required yes/no question.
	errs = ValidateProfile("enterprise", map[string]any{"has_erp": false}, true, nil)
	if errs["profile.has_erp"] != nil {
		t.Error("false counted as unanswered")
	}
	// A wrong value is reported as wrong, not as missing.
	errs = ValidateProfile("enterprise", map[string]any{"legal_rep_phone": "123"}, true, nil)
	if got := errs["profile.legal_rep_phone"]; got == nil || got.Error() != "法定代表人手机号码格式不正确" {
		t.Errorf("bad required phone: %v", got)
	}
}

func TestValidateProfileCrossField(t *testing.T) {
	errs := ValidateProfile("enterprise", map[string]any{"staff_total": 50.0, "staff_rd": 60.0, "staff_it": 5.0}, false, nil)
	if got := errs["profile.staff_rd"]; got == nil || got.Error() != "研发人员数不能大于从业人员总数" {
		t.Errorf("lte: %v", errs)
	}
	if errs["profile.staff_it"] != nil {
		t.Errorf("staff_it: %v", errs)
	}
	// Only once both are given.
	if errs := ValidateProfile("enterprise", map[string]any{"staff_rd": 60.0}, false, nil); errs != nil {
		t.Errorf("lte without the other value: %v", errs)
	}
	errs = ValidateProfile("provider", map[string]any{"avg_sales_3y": 1000.0, "avg_industrial_sales_3y": 1200.0}, false, nil)
	if got := errs["profile.avg_industrial_sales_3y"]; got == nil || got.Error() != "近三年工业领域年平均销售额不能大于近三年年平均销售额" {
		t.Errorf("provider lte: %v", errs)
	}
}

func TestSampleProfilesAreComplete(t *testing.T) {
	for _, kind := range FormKinds {
		p := SampleProfile(kind, nil)
		if errs := ValidateProfile(kind, p, true, nil); errs != nil {
			t.Errorf("%s sample: %v", kind, errs)
		}
		// Round trip through JSON, as stored.
		raw, _ := json.Marshal(p)
		var back map[string]any
		_ = json.Unmarshal(raw, &back)
		if errs := ValidateProfile(kind, back, true, nil); errs != nil {
			t.Errorf("%s sample after JSON: %v", kind, errs)
		}
	}
	// Dict fields take the codes the lookup offers.
	codes := func(dictType string) []string {
		if dictType == "industry" {
			return []string{"A", "C"}
		}
		return nil
	}
	p := SampleProfile("enterprise", codes)
	if p["industry_1"] != "A" || p["tax_credit_level"] != "A" {
		t.Errorf("industry_1 = %v, tax_credit_level = %v", p["industry_1"], p["tax_credit_level"])
	}
}

func TestCreditCode(t *testing.T) {
	valid := []string{"91350100M000100Y43", "91370100MA3C8X2K10", "91110000600037341L", "11370000004209513J", "52370000MJD600123A", "91370211MA3M2XY8QN", "121000004000004620"}
	for _, s := range valid {
		if !ValidCreditCode(s) {
			t.Errorf("%s should be valid", s)
		}
		if msg := creditCodeProblem("统一社会信用代码", s); msg != "" {
			t.Errorf("%s: %s", s, msg)
		}
	}
	invalid := map[string]string{
		"91350100M000100Y42":  "统一社会信用代码校验位不正确，请核对",
		"91350100M000100Y4":   "统一社会信用代码应为18位",
		"91350100M000100Y433": "统一社会信用代码应为18位",
		"91350100m000100Y43":  "统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）",
		"91350100MO00100Y43":  "统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）",
		"9135A100M000100Y4X":  "统一社会信用代码格式不正确，第3至8位应为数字（行政区划代码）",
		"":                    "统一社会信用代码应为18位",
		"９1350100M000100Y4":   "统一社会信用代码应为18位",
	}
	for s, want := range invalid {
		if ValidCreditCode(s) {
			t.Errorf("%q should be invalid", s)
		}
		if got := creditCodeProblem("统一社会信用代码", s); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
	// Every single-character change of a valid code is caught: the
	// check character detects all substitutions.
	base := "91350100M000100Y43"
	for i := 0; i < 18; i++ {
		for _, c := range []byte(creditCodeCharset) {
			if c == base[i] {
				continue
			}
			s := base[:i] + string(c) + base[i+1:]
			if ValidCreditCode(s) {
				t.Fatalf("%s accepted", s)
			}
		}
	}
	if errs := ValidateProfile("enterprise", map[string]any{}, false, nil); errs != nil {
		t.Fatal(errs)
	}
}

func FuzzValidCreditCode(f *testing.F) {
	for _, s := range []string{"91350100M000100Y43", "91370100MA3C8X2K10", "91350100M000100Y42", "", "9135010", "91350100m000100y43", "ＡＢＣ", "91350100M000100Y4\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ok := ValidCreditCode(s)
		msg := creditCodeProblem("统一社会信用代码", s)
		if ok != (msg == "") {
			t.Fatalf("%q: valid=%v but problem %q", s, ok, msg)
		}
		if !ok {
			return
		}
		if len(s) != 18 || CreditCodeCheckChar(s[:17]) != s[17] {
			t.Fatalf("%q accepted with a wrong check character", s)
		}
		for i := 0; i < 18; i++ {
			if creditCodeValue(s[i]) < 0 {
				t.Fatalf("%q accepted with character %q", s, s[i])
			}
		}
		// A valid code with its check character changed is invalid.
		for _, c := range []byte(creditCodeCharset) {
			if c != s[17] && ValidCreditCode(s[:17]+string(c)) {
				t.Fatalf("%q: two check characters accepted", s)
			}
		}
	})
}
