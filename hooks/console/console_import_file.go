package console

import (
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/xuri/excelize/v2"

	"smedx/hooks/platform"
)

// The files of 批量导入: reading an uploaded workbook (its limits and
// header) and writing the template.

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
