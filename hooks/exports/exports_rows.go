package exports

import (
	"github.com/pocketbase/dbx"
)

// Reading a dataset in export order without holding it.
//
// A plain "SELECT every column … ORDER BY created" makes SQLite sort whole
// rows, and PocketBase runs SQLite with temp_store=MEMORY: the sorter would
// hold the entire export in RAM. So the rows are read in two steps: a
// cursor over the keys alone in the requested order (the sorter holds a
// key and its sort values per row), and, for each batch of keys, one
// primary-key lookup of the full rows, written out before the next batch.

// batchSize is how many rows are looked up at a time.
const batchSize = 500

// rowPlan is the two queries of an export.
type rowPlan struct {
	d     *Dataset
	db    dbx.Builder
	where []dbx.Expression // tenant condition and filter
	order []string
}

// planRows prepares d's export with the tenant condition, the filter and
// the sort.
func planRows(db dbx.Builder, d *Dataset, tenant, filter, sort string) (*rowPlan, error) {
	where, err := buildFilter(d, filter)
	if err != nil {
		return nil, err
	}
	order, err := buildOrder(d, sort)
	if err != nil {
		return nil, err
	}
	p := &rowPlan{d: d, db: db, order: order}
	if tenant != "" {
		p.where = append(p.where, dbx.NewExp(d.TenantWhere, dbx.Params{"tenant": tenant}))
	}
	if where != nil {
		p.where = append(p.where, where)
	}
	return p, nil
}

// keys is the cursor query: the dataset's key in export order.
func (p *rowPlan) keys() *dbx.SelectQuery {
	q := p.d.from(p.db.Select(p.d.Key + " AS [[k]]"))
	for _, w := range p.where {
		q = q.AndWhere(w)
	}
	return q.OrderBy(p.order...)
}

// each calls fn with the cells' SQL values of every row, in export order.
func (p *rowPlan) each(fn func(values []any) error) error {
	rows, err := p.keys().Build().Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	batch := make([]any, 0, batchSize)
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return err
		}
		if batch = append(batch, k); len(batch) == batchSize {
			if err := p.lookup(batch, fn); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return p.lookup(batch, fn)
}

// lookup reads the full rows of keys and hands them to fn in keys' order.
// A row deleted since the key cursor started is skipped.
func (p *rowPlan) lookup(keys []any, fn func(values []any) error) error {
	if len(keys) == 0 {
		return nil
	}
	n := len(p.d.Columns)
	rows, err := p.d.query(p.db).AndWhere(dbx.In(p.d.Key, keys...)).Build().Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	byKey := make(map[string][]any, len(keys))
	for rows.Next() {
		values := make([]any, n+1)
		dest := make([]any, n+1)
		for i := range values {
			dest[i] = &values[i]
		}
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		byKey[toText(values[n])] = values[:n]
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, k := range keys {
		if values, ok := byKey[k.(string)]; ok {
			if err := fn(values); err != nil {
				return err
			}
		}
	}
	return nil
}
