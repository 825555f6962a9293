package exports

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
	"github.com/xuri/excelize/v2"

	"smedx/hooks/platform"
)

// GET /api/smedx/exports/{dataset}.xlsx?filter=…&sort=… streams one
// dataset as an Excel workbook.
//
// Memory stays flat whatever the row count: the rows come in batches in
// export order (exports_rows.go) and go straight into excelize's
// StreamWriter, which spills to a temporary file past 16 MB; the workbook
// is then zipped straight onto the response (not into a buffer, which is
// what excelize's Write does by default). The response starts once every row is written, so an error
// while reading is still a proper JSON error; X-Export-Rows tells the page
// how many rows the file holds while it downloads.

// maxRows is one sheet's capacity (Excel's 1,048,576 rows less the header).
const maxRows = 1<<20 - 1

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

func handleExport(e *core.RequestEvent) error {
	file := e.Request.PathValue("file")
	name, isXlsx := strings.CutSuffix(file, ".xlsx")
	d := datasets[name]
	if !isXlsx || d == nil || !available(e.App, d) {
		return apis.NewNotFoundError("没有名为「"+file+"」的导出", nil)
	}
	tenant, err := exportScope(e, d)
	if err != nil {
		var apiErr *router.ApiError
		if e.Auth != nil && errors.As(err, &apiErr) && apiErr.Status == http.StatusForbidden {
			auditExport(e, d, exportInfo{result: resultFailure, reason: err.Error()})
		}
		return err
	}
	q := e.Request.URL.Query()
	info := exportInfo{filter: q.Get("filter"), sort: q.Get("sort"), tenant: tenant}
	plan, err := planRows(e.App.DB(), d, tenant, info.filter, info.sort)
	if err != nil {
		return err
	}

	book, err := newWorkbook(d)
	if err != nil {
		return err
	}
	defer book.close()
	if info.rows, err = book.fill(plan); err != nil {
		return err
	}

	stamp := time.Now().In(platform.China).Format("20060102_150405")
	h := e.Response.Header()
	h.Set("Content-Type", xlsxType)
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s_%s.xlsx"; filename*=UTF-8''%s`,
		d.Name, stamp, url.PathEscape(d.Title+"_"+stamp+".xlsx")))
	h.Set("X-Export-Rows", strconv.Itoa(info.rows))
	h.Set("Cache-Control", "no-store")
	e.Response.WriteHeader(http.StatusOK)

	cw := &countingWriter{w: e.Response}
	info.result = resultSuccess
	if err := book.writeTo(cw); err != nil {
		// The client went away mid-download: nothing more to send.
		info.result, info.reason = resultFailure, err.Error()
	}
	info.bytes = cw.n
	auditExport(e, d, info)
	return nil
}

// exportInfo is what the audit entry of an export records.
type exportInfo struct {
	filter, sort, tenant string
	rows                 int
	bytes                int64
	result, reason       string
}

func auditExport(e *core.RequestEvent, d *Dataset, info exportInfo) {
	detail := map[string]any{
		"dataset": d.Name, "title": d.Title, "filter": info.filter, "sort": info.sort,
		"rows": info.rows, "bytes": info.bytes, "result": info.result,
	}
	if info.tenant != "" {
		detail["tenant"] = info.tenant
	}
	if info.reason != "" {
		detail["reason"] = info.reason
	}
	if err := platform.AuditRequest(e.App, e, actionExport, d.Collection, "", detail); err != nil {
		e.App.Logger().Error("export audit", "dataset", d.Name, "error", err)
	}
}

// available: d's collection exists with every field d requires.
func available(app core.App, d *Dataset) bool {
	col, err := app.FindCachedCollectionByNameOrId(d.Collection)
	if err != nil {
		return false
	}
	for _, f := range d.Requires {
		if col.Fields.GetByName(f) == nil {
			return false
		}
	}
	return true
}

// workbook is one export being written: the file, its sheet's stream
// writer and the cell styles.
type workbook struct {
	d                             *Dataset
	f                             *excelize.File
	sw                            *excelize.StreamWriter
	header, money, decimal, stamp int
}

func newWorkbook(d *Dataset) (*workbook, error) {
	f := excelize.NewFile()
	b := &workbook{d: d, f: f}
	if err := f.SetSheetName("Sheet1", d.Title); err != nil {
		return nil, b.fail(err)
	}
	var err error
	styles := []struct {
		id    *int
		style *excelize.Style
	}{
		{&b.header, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F3F5"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&b.money, &excelize.Style{NumFmt: 2}}, // 0.00
		{&b.decimal, &excelize.Style{NumFmt: 2}},
		{&b.stamp, &excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd hh:mm:ss")}},
	}
	for _, s := range styles {
		if *s.id, err = f.NewStyle(s.style); err != nil {
			return nil, b.fail(err)
		}
	}
	if b.sw, err = f.NewStreamWriter(d.Title); err != nil {
		return nil, b.fail(err)
	}
	for i, c := range d.Columns {
		w := c.Width
		if w == 0 {
			w = 14
		}
		if err := b.sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, b.fail(err)
		}
	}
	if err := b.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, b.fail(err)
	}
	head := make([]any, len(d.Columns))
	for i, c := range d.Columns {
		head[i] = excelize.Cell{StyleID: b.header, Value: c.Header}
	}
	if err := b.sw.SetRow("A1", head, excelize.RowOpts{Height: 20}); err != nil {
		return nil, b.fail(err)
	}
	return b, nil
}

func ptr[T any](v T) *T { return &v }

func (b *workbook) fail(err error) error {
	b.close()
	return err
}

func (b *workbook) close() { _ = b.f.Close() }

// fill writes every row of plan and answers how many there were.
func (b *workbook) fill(plan *rowPlan) (int, error) {
	cells := make([]any, len(b.d.Columns))
	count := 0
	err := plan.each(func(values []any) error {
		if count == maxRows {
			return filterError("filter", "too_many_rows",
				fmt.Sprintf("导出结果超过 %d 行（Excel 单表上限），请缩小筛选范围", maxRows))
		}
		for i, c := range b.d.Columns {
			cells[i] = b.cell(c, values[i])
		}
		count++
		cell, _ := excelize.CoordinatesToCellName(1, count+1)
		return b.sw.SetRow(cell, cells)
	})
	if err != nil {
		return 0, err
	}
	return count, b.sw.Flush()
}

// cell turns a SQL value into the cell of column c.
func (b *workbook) cell(c Column, v any) any {
	switch c.Format {
	case Int:
		return toInt(v)
	case Money:
		return excelize.Cell{StyleID: b.money, Value: Yuan(toInt(v))}
	case Decimal:
		return excelize.Cell{StyleID: b.decimal, Value: toFloat(v)}
	case Time:
		t := toTime(v)
		if t.IsZero() {
			return ""
		}
		// Whole seconds: Excel would round the milliseconds up on display
		// while every page of the platform shows them truncated.
		return excelize.Cell{StyleID: b.stamp, Value: t.In(platform.China).Truncate(time.Second)}
	case Bool:
		if toInt(v) != 0 {
			return "是"
		}
		return "否"
	}
	s := toText(v)
	if c.Labels != nil {
		s = c.Labels(s)
	}
	return s
}

// writeTo zips the workbook onto w as it goes.
func (b *workbook) writeTo(w io.Writer) error {
	b.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(w) })
	// Write hands the zip writer an in-memory buffer, which the writer
	// above ignores: the buffer stays empty and nothing is copied twice.
	return b.f.Write(io.Discard)
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// GET /api/smedx/exports lists the datasets the caller may export, with
// their columns and filterable fields (the export buttons read it).
func handleExportCatalog(e *core.RequestEvent) error {
	if e.Auth == nil {
		return apis.NewUnauthorizedError("请先登录", nil)
	}
	type item struct {
		Name    string   `json:"name"`
		Title   string   `json:"title"`
		Columns []string `json:"columns"`
		Fields  []Option `json:"fields"` // filterable names, labelled by their column
		Own     bool     `json:"own_only"`
	}
	out := []item{}
	for _, name := range datasetNames() {
		d := datasets[name]
		if !available(e.App, d) || !mayExport(e.Auth, d) {
			continue
		}
		it := item{Name: d.Name, Title: d.Title, Own: !e.Auth.IsSuperuser() && !isStaff(e.Auth)}
		headers := map[string]string{}
		for _, c := range d.Columns {
			it.Columns = append(it.Columns, c.Header)
			if c.Field != "" {
				headers[c.Field] = c.Header
			}
		}
		for _, f := range d.FieldNames() {
			it.Fields = append(it.Fields, Option{Code: f, Label: headers[f]})
		}
		out = append(out, it)
	}
	return e.JSON(http.StatusOK, map[string]any{"items": out})
}
