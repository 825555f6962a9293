package console

import (
	"math"
	"net/url"
	"strings"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// The console's lists answer like PocketBase's records API ({page,
// perPage, totalItems, totalPages, items}) so the UI pages them the same
// way. Filters are query parameters bound as SQL parameters; sort names a
// column from the list's allow-list ("-created" for descending).

type listResult struct {
	Page       int `json:"page"`
	PerPage    int `json:"perPage"`
	TotalItems int `json:"totalItems"`
	TotalPages int `json:"totalPages"`
	Items      any `json:"items"`
}

// conds collects the WHERE clause of a list.
type conds struct {
	parts  []string
	params dbx.Params
}

func newConds() *conds { return &conds{params: dbx.Params{}} }

// add appends expr (with {:name} placeholders) and its parameters.
func (c *conds) add(expr string, params dbx.Params) {
	c.parts = append(c.parts, "("+expr+")")
	for k, v := range params {
		c.params[k] = v
	}
}

func (c *conds) sql() string {
	if len(c.parts) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.parts, " AND ")
}

// likeParam is s as a LIKE pattern matching it anywhere (ESCAPE '\').
func likeParam(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(s) + "%"
}

// orderBy turns the sort parameter into an ORDER BY clause from allowed
// (name → SQL); def when empty.
func orderBy(q url.Values, allowed map[string]string, def string) (string, error) {
	s := strings.TrimSpace(q.Get("sort"))
	if s == "" {
		s = def
	}
	desc := strings.HasPrefix(s, "-")
	name := strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	col, ok := allowed[name]
	if !ok {
		return "", platform.FieldError("sort", "sort_unknown", "不支持按该列排序："+name)
	}
	if desc {
		return col + " DESC", nil
	}
	return col + " ASC", nil
}

// pageList runs the count and the page of a list. from is the FROM clause
// (with joins), cols the SELECT list, order an ORDER BY clause (ties are
// broken by id so paging is stable), idCol the id column.
func pageList[T any](app core.App, q url.Values, from, cols string, where *conds, order, idCol string) (*listResult, error) {
	page, perPage := platform.PageParams(q, 20, 100)
	var total int
	if err := app.DB().NewQuery("SELECT COUNT(*) FROM " + from + where.sql()).Bind(where.params).Row(&total); err != nil {
		return nil, err
	}
	items := []T{}
	params := dbx.Params{"limit": perPage, "offset": (page - 1) * perPage}
	for k, v := range where.params {
		params[k] = v
	}
	err := app.DB().NewQuery("SELECT " + cols + " FROM " + from + where.sql() +
		" ORDER BY " + order + ", " + idCol + " LIMIT {:limit} OFFSET {:offset}").Bind(params).All(&items)
	if err != nil {
		return nil, err
	}
	return &listResult{Page: page, PerPage: perPage, TotalItems: total,
		TotalPages: int(math.Ceil(float64(total) / float64(perPage))), Items: items}, nil
}

// dateRange reads the from/to date parameters (China dates, to inclusive)
// as stored UTC bounds; "" for a missing end.
func dateRange(q url.Values) (string, string, error) {
	var from, to string
	if s := q.Get("from"); s != "" {
		d, err := time.ParseInLocation(dateLayout, s, platform.China)
		if err != nil {
			return "", "", platform.FieldError("from", "invalid_date", "开始日期格式应为 YYYY-MM-DD")
		}
		from = d.UTC().Format(dbTimeLayout)
	}
	if s := q.Get("to"); s != "" {
		d, err := time.ParseInLocation(dateLayout, s, platform.China)
		if err != nil {
			return "", "", platform.FieldError("to", "invalid_date", "结束日期格式应为 YYYY-MM-DD")
		}
		to = d.AddDate(0, 0, 1).UTC().Format(dbTimeLayout)
	}
	return from, to, nil
}

// boolParam reads a yes/no filter: "1"/"true"/"yes" or "0"/"false"/"no";
// ok is false when absent.
func boolParam(q url.Values, name string) (value, ok bool, err error) {
	switch strings.ToLower(q.Get(name)) {
	case "":
		return false, false, nil
	case "1", "true", "yes":
		return true, true, nil
	case "0", "false", "no":
		return false, true, nil
	}
	return false, false, platform.FieldError(name, "invalid_bool", "筛选条件的取值无效："+name)
}
