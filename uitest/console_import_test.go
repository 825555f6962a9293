package uitest

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/pocketbase/dbx"
	"github.com/xuri/excelize/v2"
)

// TestConsoleImportJourney: the operator opens 批量导入 on 平台用户,
// downloads the template, fills it with a bad row (the report names the
// row, the column and the error, nothing is written), fixes the file, sees
// every row pass, and 确认导入 writes both accounts, which the list shows.
// Then a provider's tenant admin imports an expert into his own tenant
// from 用户管理 (options written as the form's labels).
func TestConsoleImportJourney(t *testing.T) {
	b := newBrowser(t)
	dir := t.TempDir()
	b.allowDownloads(dir)

	b.login("demo_operator", password)
	b.open("/workbench/console/staff")
	b.click(`[data-test="import-open-staff"]`, "批量导入")
	b.waitVisible(`[data-test="import-dialog-staff"] [data-test="import-template"]`)
	b.click(`[data-test="import-dialog-staff"] [data-test="import-template"]`, "下载模板")
	tpl := waitDownload(t, dir)

	fill := func(name string, rows ...[]string) string { return fillTemplate(t, tpl, name, rows...) }
	input := `.el-dialog input[type=file][accept=".xlsx"]`

	bad := fill("bad.xlsx",
		[]string{"运营人员", "ui_import_ops", "导入运营", "13912340001", "", "Import@2026"},
		[]string{"工信厅", "ui_import_dept", "导入审核", "12345", "", "Import@2026"})
	b.do("upload the bad file", setUpload(input, bad))
	b.waitText(`[data-test="import-issues"]`, "手机号格式不正确")
	b.waitText(`[data-test="import-summary"]`, "未导入任何数据")
	b.settle()
	b.shot("import-1-report")
	if n := countUsernames(t, "ui_import_ops", "ui_import_dept"); n != 0 {
		t.Fatalf("a checked file wrote %d accounts", n)
	}

	good := fill("good.xlsx",
		[]string{"运营人员", "ui_import_ops", "导入运营", "13912340001", "", "Import@2026"},
		[]string{"工信厅", "ui_import_dept", "导入审核", "13912340002", "", "Import@2026"})
	b.do("upload the fixed file", setUpload(input, good))
	b.waitText(`[data-test="import-summary"]`, "全部校验通过")
	b.waitText(`[data-test="import-rows"]`, "ui_import_dept")
	if n := countUsernames(t, "ui_import_ops", "ui_import_dept"); n != 0 {
		t.Fatalf("a check wrote %d accounts", n)
	}
	b.click(`[data-test="import-commit"]`, "确认导入")
	b.waitText(`[data-test="import-summary"]`, "已导入 2 行")
	b.settle()
	b.shot("import-2-committed")
	if n := countUsernames(t, "ui_import_ops", "ui_import_dept"); n != 2 {
		t.Fatalf("the import wrote %d of 2 accounts", n)
	}
	b.click(`.el-dialog__footer button`, "关闭")
	b.waitText(`[data-test="staff-table"]`, "ui_import_dept")

	p := newBrowser(t)
	pdir := t.TempDir()
	p.allowDownloads(pdir)
	p.login("demo_provider", password)
	p.open("/workbench/users")
	p.click(`[data-test="import-open-experts"]`, "批量导入专家")
	p.waitVisible(`[data-test="import-dialog-experts"] [data-test="import-template"]`)
	p.click(`[data-test="import-dialog-experts"] [data-test="import-template"]`, "下载模板")
	experts := fillTemplate(t, waitDownload(t, pdir), "experts.xlsx", []string{"", "ui_import_expert", "导入专家", "13912340003", "", "Expert@2026",
		"总工程师", "自动化", "正高级", "山东省/济南市/历下区", "5-10年", ">20年", "平台、安全", "汽车", "生产制造", "长期从事工业互联网平台建设。", "", ""})
	p.do("upload the experts", setUpload(input, experts))
	p.waitText(`[data-test="import-summary"]`, "全部校验通过")
	p.click(`[data-test="import-commit"]`, "确认导入")
	p.waitText(`[data-test="import-summary"]`, "已导入 1 行")
	p.settle()
	p.shot("import-3-provider-experts")
	u := record(t, "users", "username = 'ui_import_expert'", nil)
	admin := record(t, "users", "username = 'demo_provider'", nil)
	if u.GetString("enterprise") != admin.GetString("enterprise") || !u.GetBool("is_expert") || u.GetString("role") != "provider" {
		t.Fatalf("imported expert: enterprise %q is_expert %v role %q", u.GetString("enterprise"), u.GetBool("is_expert"), u.GetString("role"))
	}
	p.click(`.el-dialog__footer button`, "关闭")
	p.waitText(`[data-test="users-table"]`, "ui_import_expert")
}

// fillTemplate writes rows under the header of the downloaded template.
func fillTemplate(t *testing.T, tpl, name string, rows ...[]string) string {
	t.Helper()
	f, err := excelize.OpenFile(tpl)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	for i, r := range rows {
		cells := make([]any, len(r))
		for j, v := range r {
			cells[j] = v
		}
		if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", i+2), &cells); err != nil {
			t.Fatal(err)
		}
	}
	p := filepath.Join(t.TempDir(), name)
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func countUsernames(t *testing.T, names ...string) int {
	t.Helper()
	vals := make([]any, len(names))
	for i, n := range names {
		vals[i] = n
	}
	var n int
	if err := shared.app.DB().Select("count(*)").From("users").Where(dbx.In("username", vals...)).Row(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
