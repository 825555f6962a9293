package console

import (
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"sort"
	"strings"
	"sync"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cast"

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
