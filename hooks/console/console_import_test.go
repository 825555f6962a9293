package console_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/xuri/excelize/v2"

	"smedx/smedxtest"
)

// The bulk imports (console_import*.go) over HTTP: the template, who may
// import what, the row-by-row report, all or nothing, duplicates in the
// file and against the database, and two uploads of one file at once.

var staffHeader = []string{"角色*", "用户名*", "姓名*", "手机号*", "邮箱", "初始密码*"}

var expertHeader = []string{"所属服务商统一社会信用代码", "用户名*", "姓名*", "手机号*", "邮箱", "初始密码*", "职务", "专业*", "职称",
	"所属区域*", "工业互联网服务年限*", "工业领域服务年限*", "工业互联网专业领域*", "工业行业领域*", "企业运行领域*", "专家介绍*", "工作经验", "项目经验"}

// workbook builds an .xlsx whose first sheet holds rows.
func workbook(t *testing.T, rows ...[]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cells := make([]any, len(r))
		for j, v := range r {
			cells[j] = v
		}
		if err := f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &cells); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type importReport struct {
	Total     int  `json:"total"`
	Valid     bool `json:"valid"`
	Committed bool `json:"committed"`
	Issues    []struct {
		Row     int    `json:"row"`
		Field   string `json:"field"`
		Column  string `json:"column"`
		Message string `json:"message"`
	} `json:"issues"`
	Rows []struct {
		Row      int    `json:"row"`
		Username string `json:"username"`
		Detail   string `json:"detail"`
	} `json:"rows"`
	Message string `json:"message"`
}

// issues renders a report's issues as "row field: message" lines.
func (r importReport) issues() []string {
	out := make([]string, len(r.Issues))
	for i, is := range r.Issues {
		out[i] = fmt.Sprintf("%d %s: %s", is.Row, is.Field, is.Message)
	}
	return out
}

func upload(a *smedxtest.App, kind string, user *core.Record, data []byte, commit bool) *smedxtest.Response {
	fields := map[string]string{}
	if commit {
		fields["commit"] = "1"
	}
	return a.Upload("POST", "/api/smedx/import/"+kind, user, fields, map[string]smedxtest.File{"file": {Name: "导入.xlsx", Data: data}})
}

// refusedReport reads the report of a refused commit (data.file.report).
func refusedReport(t *testing.T, res *smedxtest.Response) importReport {
	t.Helper()
	res.Status(t, 400)
	var body struct {
		Message string `json:"message"`
		Data    struct {
			File struct {
				Code   string       `json:"code"`
				Report importReport `json:"report"`
			} `json:"file"`
		} `json:"data"`
	}
	res.Decode(t, &body)
	if body.Data.File.Code != "import_rows_invalid" || !strings.Contains(body.Message, "未导入任何数据") {
		t.Fatalf("refused commit: %s", res.Body)
	}
	return body.Data.File.Report
}

func findUser(a *smedxtest.App, username string) (*core.Record, error) {
	return a.FindFirstRecordByFilter("users", "username = {:u}", dbx.Params{"u": username})
}

func countUsers(t *testing.T, a *smedxtest.App, usernames ...string) int {
	t.Helper()
	var n int
	vals := make([]any, len(usernames))
	for i, u := range usernames {
		vals[i] = u
	}
	if err := a.DB().Select("count(*)").From("users").Where(dbx.In("username", vals...)).Row(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportTemplateAccess(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	cases := []struct {
		kind string
		user *core.Record
		code int
	}{
		{"staff", f.Operator, 200}, {"staff", f.Department, 403}, {"staff", f.ProviderA.Admin, 403}, {"staff", nil, 401},
		{"experts", f.Operator, 200}, {"experts", f.ProviderA.Admin, 200}, {"experts", f.ProviderA.Staff, 403},
		{"experts", f.ProviderPending.Admin, 403}, {"experts", f.EnterpriseA.Admin, 403}, {"experts", f.Department, 403},
		{"nothing", f.Operator, 404},
	}
	for _, c := range cases {
		res := a.Do("GET", "/api/smedx/import/"+c.kind+"/template", c.user, nil)
		if res.Code != c.code {
			t.Errorf("%s template as %v: %d, want %d: %s", c.kind, c.user, res.Code, c.code, res.Body)
			continue
		}
		if c.code != 200 {
			continue
		}
		book, err := excelize.OpenReader(bytes.NewReader(res.Body))
		if err != nil {
			t.Fatalf("%s template: %v", c.kind, err)
		}
		rows, _ := book.GetRows(book.GetSheetName(0))
		want := map[string][]string{"staff": staffHeader, "experts": expertHeader}[c.kind]
		if len(rows) != 1 || strings.Join(rows[0], "|") != strings.Join(want, "|") {
			t.Errorf("%s template header: %q", c.kind, rows)
		}
		help, _ := book.GetRows("填写说明")
		if len(help) < len(want) {
			t.Errorf("%s template: 填写说明 has %d rows", c.kind, len(help))
		}
		if c.kind == "experts" && !strings.Contains(fmt.Sprint(help), "正高级") {
			t.Errorf("experts template lists no 职称 options: %q", help)
		}
		book.Close()
	}
}

func TestImportStaff(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	good := workbook(t, staffHeader,
		[]string{"运营人员", "ops_import_1", "王运营", "13700000001", "ops1@example.com", "Import@2026"},
		[]string{}, // blank rows are skipped
		[]string{"工信厅", "dept_import_1", "赵审核", "13700000002", "", "Import@2026"},
		[]string{"operator", "ops_import_2", "钱运营", "13700000003", "", "Import#2026x"},
	)
	names := []string{"ops_import_1", "dept_import_1", "ops_import_2"}

	// Only operators import staff; a refusal writes nothing.
	for _, u := range []*core.Record{f.Department, f.ProviderA.Admin, f.EnterpriseA.Admin} {
		upload(a, "staff", u, good, true).Status(t, 403)
	}
	upload(a, "staff", nil, good, true).Status(t, 401)

	// A check reports and writes nothing.
	var rep importReport
	upload(a, "staff", f.Operator, good, false).Status(t, 200).Decode(t, &rep)
	if !rep.Valid || rep.Committed || rep.Total != 3 || len(rep.Issues) != 0 || len(rep.Rows) != 3 || rep.Rows[1].Row != 4 || rep.Rows[1].Detail != "工信厅" {
		t.Fatalf("check: %+v", rep)
	}
	if n := countUsers(t, a, names...); n != 0 {
		t.Fatalf("a check wrote %d users", n)
	}

	// A bad file: every problem reported by row and column, nothing written
	// (not even its good first row).
	bad := workbook(t, staffHeader,
		[]string{"运营人员", "ops_bad_1", "好行", "13700000011", "", "Import@2026"},
		[]string{"管理员", "ops_bad_2", "", "12345", "", "Import@2026"},
		[]string{"工信厅", "ops_bad_1", "重复用户名", "13700000013", "", "Import@2026"},
		[]string{"工信厅", "ops_bad_4", "库中手机号", f.Department.GetString("phone"), "", "Import@2026"},
		[]string{"工信厅", "t_operator", "库中用户名", "13700000015", "", "short"},
		[]string{"工信厅", "ops_bad_6", "文件中手机号", "13700000011", "", "Import@2026"},
		[]string{"工信厅", "ops_bad_8", "邮箱错", "13700000018", "bad-mail", "Import@2026"},
	)
	rep = refusedReport(t, upload(a, "staff", f.Operator, bad, true))
	want := []string{
		"3 role: 请选择角色：运营人员或工信厅",
		"3 name: 请填写姓名",
		"3 phone: 手机号格式不正确，应为 1 开头的 11 位数字",
		"4 username: 与第 2 行的用户名重复",
		"5 phone: 该手机号已被注册",
		"6 username: 该用户名已被注册",
		"7 phone: 与第 2 行的手机号重复",
		"8 email: 邮箱格式不正确",
	}
	got := rep.issues()
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("report lacks %q; got %q", w, got)
		}
	}
	pw := false
	for _, is := range rep.Issues {
		pw = pw || (is.Row == 6 && is.Field == "password" && is.Column == "初始密码" && strings.Contains(is.Message, "密码"))
	}
	if !pw || rep.Valid || rep.Committed || rep.Total != 7 {
		t.Errorf("bad file report: %+v", rep)
	}
	if n := countUsers(t, a, "ops_bad_1", "ops_bad_2", "ops_bad_4", "ops_bad_6", "ops_bad_8"); n != 0 {
		t.Fatalf("a bad file wrote %d users", n)
	}
	if n := a.AuditCount(t, "bulk_import", ""); n != 0 {
		t.Fatalf("a bad file was audited as imported: %d", n)
	}

	// The good file is written whole, audited per account and once as an
	// import; the accounts log in with their initial password.
	upload(a, "staff", f.Operator, good, true).Status(t, 200).Decode(t, &rep)
	if !rep.Committed || !strings.Contains(rep.Message, "已导入 3 行") {
		t.Fatalf("commit: %+v", rep)
	}
	for i, name := range names {
		u, err := findUser(a, name)
		if err != nil {
			t.Fatalf("%s not written: %v", name, err)
		}
		if wantRole := []string{"operator", "department", "operator"}[i]; u.GetString("role") != wantRole || u.GetString("enterprise") != "" {
			t.Errorf("%s: role %q enterprise %q", name, u.GetString("role"), u.GetString("enterprise"))
		}
		if n := a.AuditCount(t, "staff_create", u.Id); n != 1 {
			t.Errorf("%s: %d staff_create audit rows", name, n)
		}
	}
	a.Login("dept_import_1", "Import@2026").Status(t, 200)
	if n := smedxtest.CountRecords(t, a, "audit_logs", "action = 'bulk_import'", nil); n != 1 {
		t.Errorf("%d bulk_import audit rows", n)
	}

	// The same file again: every row is now a duplicate of the database.
	rep = refusedReport(t, upload(a, "staff", f.Operator, good, true))
	if len(rep.Issues) != 6 { // username and phone of 3 rows
		t.Errorf("re-import: %q", rep.issues())
	}
}

func TestImportFileRefusals(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	many := [][]string{staffHeader}
	for i := 0; i < 201; i++ {
		many = append(many, []string{"运营人员", fmt.Sprintf("many_%04d", i), "多", fmt.Sprintf("136%08d", i), "", "Import@2026"})
	}
	cases := []struct {
		name, file string
		data       []byte
		msg        string
	}{
		{"not xlsx", "a.csv", []byte("角色,用户名"), "只支持 .xlsx"},
		{"not a workbook", "a.xlsx", []byte("garbage"), "无法读取该文件"},
		{"other template", "a.xlsx", workbook(t, expertHeader, []string{"x"}), "缺少「角色」列"},
		{"no rows", "a.xlsx", workbook(t, staffHeader), "没有数据"},
		{"too many rows", "a.xlsx", workbook(t, many...), "一次最多导入 200 行"},
		{"too large", "a.xlsx", bytes.Repeat([]byte{0}, 2<<20+1), "不能超过 2 MB"},
	}
	for _, c := range cases {
		res := a.Upload("POST", "/api/smedx/import/staff", f.Operator, map[string]string{"commit": "1"},
			map[string]smedxtest.File{"file": {Name: c.file, Data: c.data}})
		if res.Code != 400 || !strings.Contains(res.FieldError("file"), c.msg) {
			t.Errorf("%s: %d %s", c.name, res.Code, res.Body)
		}
	}
	if n := countUsers(t, a, "many_0000"); n != 0 {
		t.Fatal("a refused file wrote users")
	}
	res := a.Upload("POST", "/api/smedx/import/staff", f.Operator, nil, nil)
	if res.Code != 400 || !strings.Contains(res.FieldError("file"), "请选择") {
		t.Errorf("no file: %d %s", res.Code, res.Body)
	}
}

func expertRow(code, username, phone string) []string {
	return []string{code, username, "专家" + username[len(username)-1:], phone, "", "Expert@2026", "总工程师", "自动化",
		"正高级", "山东省/济南市/历下区", "5-10年", ">20年", "平台、安全", "汽车", "生产制造、质量管控", "长期从事工业互联网平台建设。", "", ""}
}

func TestImportExperts(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	codeA := f.ProviderA.Enterprise.GetString("credit_code")
	codeB := f.ProviderB.Enterprise.GetString("credit_code")

	// An operator imports into any certified provider, named per row.
	good := workbook(t, expertHeader, expertRow(codeB, "expert_imp_1", "13800000001"), expertRow(codeA, "expert_imp_2", "13800000002"))
	var rep importReport
	upload(a, "experts", f.Operator, good, true).Status(t, 200).Decode(t, &rep)
	if !rep.Committed || len(rep.Rows) != 2 || rep.Rows[0].Detail != f.ProviderB.Enterprise.GetString("name") {
		t.Fatalf("operator import: %+v", rep)
	}
	u, err := findUser(a, "expert_imp_1")
	if err != nil {
		t.Fatal(err)
	}
	if u.GetString("role") != "provider" || u.GetString("enterprise") != f.ProviderB.Enterprise.Id || !u.GetBool("is_expert") || u.GetBool("tenant_admin") {
		t.Errorf("imported expert account: %v", u.PublicExport())
	}
	x, err := a.FindFirstRecordByFilter("experts", "user = {:u}", dbx.Params{"u": u.Id})
	if err != nil {
		t.Fatal(err)
	}
	var domains, region []string
	_ = json.Unmarshal([]byte(x.GetString("ii_domains")), &domains)
	_ = json.Unmarshal([]byte(x.GetString("region")), &region)
	if !x.GetBool("active") || x.GetString("professional_title") != "senior" || x.GetString("years_ii") != "5to10" ||
		strings.Join(domains, ",") != "platform,security" || strings.Join(region, ",") != "370000,370100,370102" ||
		x.GetString("region_text") != "山东省/济南市/历下区" || x.GetString("enterprise") != f.ProviderB.Enterprise.Id {
		t.Errorf("imported expert profile: %v", x.PublicExport())
	}
	if a.AuditCount(t, "expert_set", x.Id) != 1 || a.AuditCount(t, "tenant_user_create", u.Id) != 1 {
		t.Error("the imported expert is not audited as 新增用户 and 设为专家")
	}

	// A provider admin imports into his own tenant only.
	own := workbook(t, expertHeader, expertRow("", "expert_own_1", "13800000011"), expertRow(codeA, "expert_own_2", "13800000012"))
	upload(a, "experts", f.ProviderA.Admin, own, true).Status(t, 200).Decode(t, &rep)
	for _, name := range []string{"expert_own_1", "expert_own_2"} {
		if u, err := findUser(a, name); err != nil || u.GetString("enterprise") != f.ProviderA.Enterprise.Id {
			t.Errorf("%s not in ProviderA", name)
		}
	}
	other := workbook(t, expertHeader, expertRow(codeB, "expert_other_1", "13800000021"))
	rep = refusedReport(t, upload(a, "experts", f.ProviderA.Admin, other, true))
	if got := rep.issues(); len(got) != 1 || !strings.Contains(got[0], "2 enterprise: 只能导入本企业") {
		t.Errorf("foreign tenant: %q", got)
	}

	// Rows the operator may not import, and the expert form's own rules.
	bad := workbook(t, expertHeader,
		expertRow(f.EnterpriseA.Enterprise.GetString("credit_code"), "expert_bad_1", "13800000031"),
		expertRow(f.ProviderPending.Enterprise.GetString("credit_code"), "expert_bad_2", "13800000032"),
		expertRow("", "expert_bad_3", "13800000033"),
		func() []string {
			r := expertRow(codeA, "expert_bad_4", "13800000034")
			r[9], r[12], r[15] = "山东省/不存在市", "区块链", strings.Repeat("长", 501)
			return r
		}(),
	)
	rep = refusedReport(t, upload(a, "experts", f.Operator, bad, true))
	want := []string{
		"2 enterprise: " + f.EnterpriseA.Enterprise.GetString("name") + " 不是服务商，只有服务商的用户可以设为专家",
		"3 enterprise: " + f.ProviderPending.Enterprise.GetString("name") + " 尚未通过企业认证",
		"4 enterprise: 请填写所属服务商的统一社会信用代码",
		"5 region: 所属区域不存在：不存在市（按 省/市/区 填写）",
		"5 ii_domains: 工业互联网专业领域的选项不存在：区块链",
		"5 intro: 专家介绍不能超过 500 个字",
	}
	if got := rep.issues(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("bad experts:\n got  %q\n want %q", got, want)
	}
	if n := countUsers(t, a, "expert_bad_1", "expert_bad_2", "expert_bad_3", "expert_bad_4", "expert_other_1"); n != 0 {
		t.Fatalf("refused expert imports wrote %d users", n)
	}

	// Roles that may not import experts.
	for _, u := range []*core.Record{f.Department, f.ProviderA.Staff, f.ProviderPending.Admin, f.EnterpriseA.Admin} {
		upload(a, "experts", u, own, true).Status(t, 403)
	}
}

// Two uploads of one file at once: the writes queue on the single writer,
// one import commits, the other meets its rows as duplicates and writes
// nothing — never two accounts per row.
func TestImportConcurrentUploads(t *testing.T) {
	a := smedxtest.New(t)
	f := a.Fixtures()
	data := workbook(t, staffHeader,
		[]string{"运营人员", "race_user_1", "甲", "13500000001", "", "Import@2026"},
		[]string{"工信厅", "race_user_2", "乙", "13500000002", "", "Import@2026"},
	)
	var wg sync.WaitGroup
	codes := make([]int, 4)
	for i := range codes {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			codes[i] = upload(a, "staff", f.Operator, data, true).Code
		}(i)
	}
	wg.Wait()
	ok := 0
	for _, c := range codes {
		switch c {
		case 200:
			ok++
		case 400:
		default:
			t.Errorf("status %d", c)
		}
	}
	if ok != 1 {
		t.Errorf("%d of %d uploads committed (%v), want exactly 1", ok, len(codes), codes)
	}
	if n := countUsers(t, a, "race_user_1", "race_user_2"); n != 2 {
		t.Errorf("%d accounts written, want 2", n)
	}
}
