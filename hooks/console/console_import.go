package console

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cast"
	"github.com/xuri/excelize/v2"

	"smedx/hooks/platform"
)

// 批量导入 (issue 14): platform staff and experts from an Excel file made
// from the template.
//
//	GET  /api/smedx/import/{kind}/template  the .xlsx template (kind: staff | experts)
//	POST /api/smedx/import/{kind}           multipart file=…; commit=1 writes
//
// Every row goes through the checks of the single create — staffErrors and
// the users model hook for staff; tenant.ParseExpertInput, CheckExpertDicts,
// the users and experts model hooks for experts — plus duplicates inside
// the file. All rows are saved in ONE transaction that is rolled back
// unless commit was asked and every row passed: a check writes nothing, a
// file with one bad row writes nothing. Duplicates against the database are
// found by the saves themselves, so two identical files uploaded at once
// queue on SQLite's single writer and the second meets the first's rows.
//
// The answer is a row-by-row report (row number as Excel shows it, column,
// Chinese message): 200 for a check, 200 for a written import, 400 with the
// report in data.file.report when a commit is refused.

const (
	importMaxBytes = 2 << 20 // the file
	importMaxRows  = 200     // data rows (each one hashes a password)
)

// importColumn is one column of a template.
type importColumn struct {
	Key      string // the field the row's errors are keyed by
	Header   string
	Required bool
	Note     string                      // 填写说明
	Options  func(app core.App) []string // a drop-down list, when the column has one
	Width    float64
}

func (c importColumn) title() string {
	if c.Required {
		return c.Header + "*"
	}
	return c.Header
}

// importKind is what one template imports.
type importKind struct {
	Name, Title string
	Columns     []importColumn
	// access returns the importer's scope, or a 401/403.
	access func(e *core.RequestEvent) (*importScope, error)
	// prepare checks one row (outside the transaction) and returns the
	// unsaved work and the row's field errors.
	prepare func(app core.App, s *importScope, row map[string]string) (importWork, validation.Errors)
}

// importScope is who imports and where to: a provider admin's own tenant.
type importScope struct {
	user   *core.Record
	tenant *core.Record // nil for operators
	cache  map[string]any
}

// importWork is a prepared row.
type importWork interface {
	// uniques are the values that must not repeat in a file, by field.
	uniques() map[string]string
	// save writes the row with tx and audits it. A row prepared with
	// errors saves what it can (the account) so its remaining errors show;
	// its transaction is rolled back anyway.
	save(tx core.App, e *core.RequestEvent, batch string) error
	preview() importPreview
}

type importIssue struct {
	Row     int    `json:"row"`
	Field   string `json:"field"`
	Column  string `json:"column"`
	Message string `json:"message"`
}

type importPreview struct {
	Row      int    `json:"row"`
	Username string `json:"username"`
	Name     string `json:"name"`
	Detail   string `json:"detail"`
}

type importReport struct {
	Kind      string          `json:"kind"`
	Title     string          `json:"title"`
	Total     int             `json:"total"`
	Valid     bool            `json:"valid"`
	Committed bool            `json:"committed"`
	Issues    []importIssue   `json:"issues"`
	Rows      []importPreview `json:"rows"`
	Message   string          `json:"message"`
}

var importKinds = map[string]*importKind{}

func registerImportKind(k *importKind) { importKinds[k.Name] = k }

func kindOf(e *core.RequestEvent) (*importKind, error) {
	k, ok := importKinds[e.Request.PathValue("kind")]
	if !ok {
		return nil, platform.Error(http.StatusNotFound, "没有这种导入")
	}
	return k, nil
}

// columnHeader names field as the template does.
func (k *importKind) columnHeader(field string) string {
	for _, c := range k.Columns {
		if c.Key == field {
			return c.Header
		}
	}
	if field == "" {
		return ""
	}
	return platform.FieldLabel(field)
}

// importLine is one non-blank data row of the file.
type importLine struct {
	row    int
	values map[string]string
}

// readImportFile reads the uploaded workbook: the first sheet, a header
// row naming every column of the template, at most importMaxRows data rows.
func readImportFile(e *core.RequestEvent, k *importKind) ([]importLine, error) {
	fileErr := func(code, msg string) error { return platform.FieldError("file", code, msg) }
	f, hdr, err := e.Request.FormFile("file")
	if err != nil {
		return nil, fileErr("file_required", "请选择要导入的 Excel 文件")
	}
	defer f.Close()
	if !strings.EqualFold(filepath.Ext(hdr.Filename), ".xlsx") {
		return nil, fileErr("file_type", "只支持 .xlsx 格式的 Excel 文件，请使用下载的模板填写")
	}
	if hdr.Size > importMaxBytes {
		return nil, fileErr("file_size", fmt.Sprintf("导入文件不能超过 %d MB", importMaxBytes>>20))
	}
	book, err := excelize.OpenReader(f, excelize.Options{UnzipSizeLimit: 32 << 20, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		return nil, fileErr("file_invalid", "无法读取该文件，请使用下载的模板填写后上传 .xlsx 文件")
	}
	defer book.Close()
	rows, err := book.Rows(book.GetSheetName(0))
	if err != nil {
		return nil, fileErr("file_invalid", "无法读取该文件的第一个工作表")
	}
	defer rows.Close()

	var index map[int]string // column position → key
	var lines []importLine
	n := 0
	for rows.Next() {
		n++
		cells, err := rows.Columns()
		if err != nil {
			return nil, fileErr("file_invalid", fmt.Sprintf("第 %d 行无法读取", n))
		}
		if index == nil {
			if index, err = headerIndex(k, cells); err != nil {
				return nil, err
			}
			continue
		}
		values := map[string]string{}
		blank := true
		for i, v := range cells {
			if key, ok := index[i]; ok {
				v = strings.TrimSpace(v)
				values[key] = v
				blank = blank && v == ""
			}
		}
		if blank {
			continue
		}
		if len(lines) == importMaxRows {
			return nil, fileErr("too_many_rows", fmt.Sprintf("一次最多导入 %d 行数据，请分批导入", importMaxRows))
		}
		lines = append(lines, importLine{row: n, values: values})
	}
	if err := rows.Error(); err != nil {
		return nil, fileErr("file_invalid", "无法读取该文件，请使用下载的模板填写后上传 .xlsx 文件")
	}
	if index == nil || len(lines) == 0 {
		return nil, fileErr("no_rows", "导入文件中没有数据，请在模板第 2 行起逐行填写")
	}
	return lines, nil
}

// headerIndex maps the header row onto the template's columns; every
// column must be there ("*" marks and spaces are ignored).
func headerIndex(k *importKind, cells []string) (map[int]string, error) {
	byHeader := map[string]string{}
	for _, c := range k.Columns {
		byHeader[c.Header] = c.Key
	}
	index := map[int]string{}
	found := map[string]bool{}
	for i, v := range cells {
		h := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(v), "*＊"))
		if key, ok := byHeader[h]; ok && !found[key] {
			index[i] = key
			found[key] = true
		}
	}
	for _, c := range k.Columns {
		if !found[c.Key] {
			return nil, platform.FieldError("file", "template_mismatch",
				fmt.Sprintf("导入文件不是「%s」模板：缺少「%s」列，请下载模板后填写", k.Title, c.Header))
		}
	}
	return index, nil
}

// errImportRolledBack ends the transaction of a check or of a file with
// errors; it never reaches the client.
var errImportRolledBack = errors.New("import rolled back")

// runImport checks every line and saves them all in one transaction,
// committed only when commit is asked and no row has an issue.
func runImport(e *core.RequestEvent, k *importKind, s *importScope, lines []importLine, commit bool) (*importReport, error) {
	rep := &importReport{Kind: k.Name, Title: k.Title, Total: len(lines), Issues: []importIssue{}, Rows: []importPreview{}}
	add := func(issues *[]importIssue, row int, errs validation.Errors) {
		fields := make([]string, 0, len(errs))
		for f := range errs {
			fields = append(fields, f)
		}
		sort.Slice(fields, func(i, j int) bool { return k.position(fields[i]) < k.position(fields[j]) })
		for _, f := range fields {
			*issues = append(*issues, importIssue{Row: row, Field: f, Column: k.columnHeader(f), Message: rowMessage(f, errs[f])})
		}
	}

	// Every row is prepared and then saved, even one that already has
	// errors, so the report lists the model hooks' findings (username,
	// phone, password) along with the row's own in one pass.
	type prepared struct {
		row      int
		work     importWork
		reported map[string]bool
	}
	var works []prepared
	seen := map[string]map[string]int{}
	for _, ln := range lines {
		work, errs := k.prepare(e.App, s, ln.values)
		if errs == nil {
			errs = validation.Errors{}
		}
		if work != nil {
			for field, v := range work.uniques() {
				key := v
				if field == "email" { // emails are unique regardless of case, as PocketBase's index
					key = strings.ToLower(v)
				}
				if key == "" || errs[field] != nil {
					continue
				}
				if seen[field] == nil {
					seen[field] = map[string]int{}
				}
				if first, ok := seen[field][key]; ok {
					errs[field] = platform.Invalid("duplicate_in_file", fmt.Sprintf("与第 %d 行的%s重复", first, k.columnHeader(field)))
				} else {
					seen[field][key] = ln.row
				}
			}
		}
		add(&rep.Issues, ln.row, errs)
		if work != nil {
			reported := map[string]bool{}
			for f := range errs {
				reported[f] = true
			}
			works = append(works, prepared{ln.row, work, reported})
		}
	}

	hashPasswords(works, func(p prepared) importWork { return p.work })

	checked := rep.Issues
	var issues []importIssue
	var previews []importPreview
	batch := core.GenerateDefaultRandomId()
	err := platform.RunTx(e.App, func(tx core.App) error {
		issues = append([]importIssue{}, checked...)
		previews = previews[:0]
		for _, w := range works {
			err := w.work.save(tx, e, batch)
			var verrs validation.Errors
			switch {
			case err == nil:
				p := w.work.preview()
				p.Row = w.row
				previews = append(previews, p)
			case errors.As(err, &verrs):
				fresh := validation.Errors{}
				for f, fe := range verrs {
					if !w.reported[f] {
						fresh[f] = fe
					}
				}
				add(&issues, w.row, fresh)
			case platform.IsUniqueErr(err):
				issues = append(issues, importIssue{Row: w.row, Message: "与已有数据重复"})
			default:
				return err
			}
		}
		if len(issues) > 0 || !commit {
			return errImportRolledBack
		}
		return platform.AuditRequest(tx, e, "bulk_import", "users", "", map[string]any{
			"kind": k.Name, "title": k.Title, "rows": len(works), "batch": batch,
		})
	})
	if err != nil && !errors.Is(err, errImportRolledBack) {
		return nil, err
	}
	sort.SliceStable(issues, func(i, j int) bool { return issues[i].Row < issues[j].Row })
	rep.Issues = issues
	rep.Rows = previews
	rep.Valid = len(issues) == 0
	rep.Committed = err == nil
	switch {
	case rep.Committed:
		rep.Message = fmt.Sprintf("已导入 %d 行", rep.Total)
	case rep.Valid:
		rep.Message = fmt.Sprintf("共 %d 行，全部校验通过，可以导入", rep.Total)
	default:
		rep.Message = fmt.Sprintf("共 %d 行，发现 %d 处错误，未导入任何数据；请修改后重新上传", rep.Total, len(issues))
	}
	return rep, nil
}

// hasher is a prepared row that still has to hash its password.
type hasher interface{ hash() }

// hashPasswords hashes the rows' passwords (bcrypt, the bulk of an
// import's time) on every core, before the transaction, so the writer is
// held only for the saves.
func hashPasswords[T any](items []T, work func(T) importWork) {
	next := make(chan hasher)
	var wg sync.WaitGroup
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for h := range next {
				h.hash()
			}
		}()
	}
	for _, it := range items {
		if h, ok := work(it).(hasher); ok {
			next <- h
		}
	}
	close(next)
	wg.Wait()
}

// position orders a row's issues as the columns are.
func (k *importKind) position(field string) int {
	for i, c := range k.Columns {
		if c.Key == field {
			return i
		}
	}
	return len(k.Columns)
}

// rowMessage is the Chinese message of a field error; nested errors (a
// JSON field) give their first message.
func rowMessage(field string, err error) string {
	var nested validation.Errors
	if errors.As(err, &nested) {
		return platform.BadRequest(nested).Message
	}
	return platform.FieldMessage(field, err)
}

// reportError is the 400 of a refused commit: the report rides in
// data.file.report, in PocketBase's error shape.
type reportError struct{ rep *importReport }

func (r reportError) Error() string { return r.rep.Message }
func (r reportError) Code() string  { return "import_rows_invalid" }
func (r reportError) Resolve(data map[string]any) any {
	data["message"] = r.rep.Message
	data["report"] = r.rep
	return data
}

// importFile: POST /api/smedx/import/{kind}.
func importFile(e *core.RequestEvent) error {
	k, err := kindOf(e)
	if err != nil {
		return err
	}
	s, err := k.access(e)
	if err != nil {
		return err
	}
	lines, err := readImportFile(e, k)
	if err != nil {
		return err
	}
	commit := cast.ToBool(e.Request.FormValue("commit"))
	rep, err := runImport(e, k, s, lines, commit)
	if err != nil {
		return err
	}
	if commit && !rep.Committed {
		return platform.BadRequest(validation.Errors{"file": reportError{rep}})
	}
	return e.JSON(http.StatusOK, rep)
}

// importTemplate: GET /api/smedx/import/{kind}/template — the workbook to
// fill: the data sheet (headers, text cells, drop-downs) and 填写说明.
func importTemplate(e *core.RequestEvent) error {
	k, err := kindOf(e)
	if err != nil {
		return err
	}
	if _, err := k.access(e); err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := k.Title
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F3F5"}}})
	if err != nil {
		return err
	}
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": phones and usernames stay text
	if err != nil {
		return err
	}
	last := importMaxRows + 1
	for i, c := range k.Columns {
		col, _ := excelize.ColumnNumberToName(i + 1)
		_ = f.SetCellValue(sheet, col+"1", c.title())
		_ = f.SetCellStyle(sheet, col+"1", col+"1", head)
		_ = f.SetColStyle(sheet, col, text)
		w := c.Width
		if w == 0 {
			w = 16
		}
		_ = f.SetColWidth(sheet, col, col, w)
		if c.Options != nil {
			if opts := c.Options(e.App); len(opts) > 0 && len(strings.Join(opts, ",")) < 250 {
				dv := excelize.NewDataValidation(true)
				dv.Sqref = fmt.Sprintf("%s2:%s%d", col, col, last)
				if err := dv.SetDropList(opts); err == nil {
					_ = f.AddDataValidation(sheet, dv)
				}
			}
		}
	}
	_ = f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})

	const help = "填写说明"
	if _, err := f.NewSheet(help); err != nil {
		return err
	}
	_ = f.SetSheetRow(help, "A1", &[]string{"列", "必填", "说明"})
	_ = f.SetCellStyle(help, "A1", "C1", head)
	for i, c := range k.Columns {
		req := ""
		if c.Required {
			req = "是"
		}
		note := c.Note
		if c.Options != nil {
			if opts := c.Options(e.App); len(opts) > 0 {
				note = strings.TrimSpace(note + " 可选：" + strings.Join(opts, "、"))
			}
		}
		_ = f.SetSheetRow(help, fmt.Sprintf("A%d", i+2), &[]string{c.Header, req, note})
	}
	_ = f.SetSheetRow(help, fmt.Sprintf("A%d", len(k.Columns)+3), &[]string{"", "", fmt.Sprintf(
		"从第 2 行起每行一条，空行跳过；一次最多 %d 行。上传后逐行校验，任何一行有错则全部不导入。", importMaxRows)})
	_ = f.SetColWidth(help, "A", "A", 24)
	_ = f.SetColWidth(help, "C", "C", 90)

	name := k.Title + "导入模板.xlsx"
	e.Response.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	e.Response.Header().Set("Content-Disposition", "attachment; filename=\"import.xlsx\"; filename*=UTF-8''"+url.PathEscape(name))
	e.Response.WriteHeader(http.StatusOK)
	return f.Write(e.Response)
}
