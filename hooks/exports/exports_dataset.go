package exports

import (
	"sort"
	"strconv"

	"github.com/pocketbase/dbx"
)

// Format says how a column's SQL value becomes an Excel cell.
type Format int

const (
	Text    Format = iota // a string (Labels applied when set)
	Int                   // a whole number
	Money                 // integer fen → 元, a number cell shown "0.00"
	Decimal               // a number with two decimals (万元 statistics, ratings)
	Time                  // a PocketBase datetime → a date cell in China time
	Bool                  // 是 / 否
)

// Column is one column of a dataset, declared once: the header the sheet
// shows, the SQL of the cell, and the field name filters and sorts use.
type Column struct {
	Header string // Chinese header of the sheet
	// Field is the name the page filters and sorts by (the collection's
	// field name, as in the records API); "" when the column is shown but
	// not filterable.
	Field string
	// Value is the SQL of the cell ([[alias.column]] or an expression).
	Value string
	// Filter is the SQL a filter or sort on Field compares; "" = Value.
	// Relations show a name (Value) but filter by id (Filter), as the
	// pages send ids.
	Filter string
	Format Format
	// Labels maps a stored code to its Chinese label (statuses, kinds).
	Labels func(code string) string
	Width  float64
}

func (c Column) filterSQL() string {
	if c.Filter != "" {
		return c.Filter
	}
	return c.Value
}

// Join is one LEFT JOIN of a dataset's query.
type Join struct {
	Table string // "{{enterprises}} be"
	On    string // "[[be.id]] = [[o.buyer_enterprise]]"
}

// Dataset is one exportable list.
type Dataset struct {
	Name       string // the {dataset} of the route
	Title      string // Chinese name: sheet and file name
	Collection string // the collection it reads; absent = the dataset is not offered
	// Requires are fields of Collection the columns need, for a dataset
	// whose collection another area owns and may still be shaping: when
	// one is missing the dataset is not offered rather than failing.
	Requires []string
	From     string // "{{orders}} o"
	Joins    []Join
	Columns  []Column
	// Extra are filter-only fields (name → SQL), e.g. the name behind a
	// relation ("buyer_enterprise.name").
	Extra map[string]string
	// JSON are JSON columns (name → SQL) whose members filters reach by
	// path, as the records API allows ("profile.region.1").
	JSON map[string]string
	// Where is a condition every export of the dataset has (e.g. the kind
	// of enterprises for "providers").
	Where string
	// Order is the default ORDER BY; Key the unique tie-breaker appended
	// to every sort so the row order is stable.
	Order, Key string
	// TenantWhere, when set, is the condition that limits the dataset to
	// one enterprise ({:tenant}); only datasets with it are open to tenants.
	TenantWhere string
}

// fields maps every filterable name of d to its SQL.
func (d *Dataset) fields() map[string]string {
	out := make(map[string]string, len(d.Columns)+len(d.Extra)+3)
	for _, c := range d.Columns {
		if c.Field != "" {
			out[c.Field] = c.filterSQL()
		}
	}
	for k, v := range d.Extra {
		out[k] = v
	}
	return out
}

// FieldNames lists the filterable names of d, sorted (for the catalogue).
func (d *Dataset) FieldNames() []string {
	var names []string
	for k := range d.fields() {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// query is the SELECT of d: one aliased column per declared column and
// the key last, the joins, the dataset's own condition.
func (d *Dataset) query(db dbx.Builder) *dbx.SelectQuery {
	cols := make([]string, len(d.Columns)+1)
	for i, c := range d.Columns {
		cols[i] = c.Value + " AS [[c" + strconv.Itoa(i) + "]]"
	}
	cols[len(d.Columns)] = d.Key + " AS [[k]]"
	return d.from(db.Select(cols...))
}

// from adds d's table, joins and own condition to q.
func (d *Dataset) from(q *dbx.SelectQuery) *dbx.SelectQuery {
	q = q.From(d.From)
	for _, j := range d.Joins {
		q = q.LeftJoin(j.Table, dbx.NewExp(j.On))
	}
	if d.Where != "" {
		q = q.AndWhere(dbx.NewExp(d.Where))
	}
	return q
}

// datasets is the registry, filled by the exports_datasets_*.go files.
var datasets = map[string]*Dataset{}

func register(d *Dataset) { datasets[d.Name] = d }

// datasetNames lists the registered datasets in a fixed order.
func datasetNames() []string {
	var names []string
	for k := range datasets {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return datasetOrder(names[i]) < datasetOrder(names[j]) })
	return names
}

var order = []string{"orders", "vouchers", "voucher_ledger", "settlements", "applications", "enterprises", "providers", "products", "audit_logs"}

func datasetOrder(name string) int {
	for i, n := range order {
		if n == name {
			return i
		}
	}
	return len(order)
}
