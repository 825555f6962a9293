package exports

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/tools/search"

	"smedx/hooks/platform"
)

// Filters and sorts of an export are PocketBase's filter syntax (the same
// string the page gives the records API), parsed by PocketBase's own
// parser with a resolver that knows the dataset's declared fields and
// nothing else: no @request.*, no @collection.*, no column the sheet does
// not show. An unknown name is a 400 naming it.

// maxFilterLength bounds the filter string (a page's filters are short).
const maxFilterLength = 4000

// fieldResolver resolves the declared fields of one dataset. It remembers
// the first name it refused, so the error can name it.
type fieldResolver struct {
	fields  map[string]string
	json    map[string]string
	refused string
}

func newResolver(d *Dataset) *fieldResolver {
	return &fieldResolver{fields: d.fields(), json: d.JSON}
}

func (r *fieldResolver) UpdateQuery(*dbx.SelectQuery) error { return nil }

// jsonKey is one step of a JSON path: a key or an array index.
var jsonKey = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

func (r *fieldResolver) Resolve(name string) (*search.ResolverResult, error) {
	if sql, ok := r.fields[name]; ok {
		return &search.ResolverResult{Identifier: sql}, nil
	}
	// profile.region.1 → JSON_EXTRACT(profile, '$.region[1]'), as the
	// records API resolves a JSON field's path.
	if head, rest, ok := strings.Cut(name, "."); ok {
		if col, ok := r.json[head]; ok {
			if path, ok := jsonPath(rest); ok {
				return &search.ResolverResult{
					Identifier:   "JSON_EXTRACT(" + col + ", '" + path + "')",
					NullFallback: search.NullFallbackDisabled,
				}, nil
			}
		}
	}
	// null, true and false reach the resolver first and fall back to
	// literals when it refuses them: not unknown fields.
	switch strings.ToLower(name) {
	case "null", "true", "false":
		return nil, errors.New("literal")
	}
	if r.refused == "" {
		r.refused = name
	}
	return nil, fmt.Errorf("unknown field %q", name)
}

func jsonPath(rest string) (string, bool) {
	var b strings.Builder
	b.WriteString("$")
	for _, part := range strings.Split(rest, ".") {
		if !jsonKey.MatchString(part) {
			return "", false
		}
		if part[0] >= '0' && part[0] <= '9' && strings.Trim(part, "0123456789") == "" {
			b.WriteString("[" + part + "]")
		} else {
			b.WriteString("." + part)
		}
	}
	return b.String(), true
}

// buildFilter parses filter for d; nil when empty.
func buildFilter(d *Dataset, filter string) (dbx.Expression, error) {
	filter = strings.TrimSpace(filter)
	if filter == "" {
		return nil, nil
	}
	if len(filter) > maxFilterLength {
		return nil, filterError("filter", "too_long", fmt.Sprintf("筛选条件过长（不能超过 %d 个字符）", maxFilterLength))
	}
	r := newResolver(d)
	expr, err := search.FilterData(filter).BuildExpr(r)
	if err != nil {
		if r.refused != "" {
			return nil, filterError("filter", "unknown_field",
				fmt.Sprintf("筛选条件中的字段「%s」不是「%s」导出的字段", r.refused, d.Title))
		}
		return nil, filterError("filter", "invalid_filter", "筛选条件格式不正确，请检查筛选项")
	}
	return expr, nil
}

// buildOrder parses sort ("-created,order_no") for d into ORDER BY terms,
// ending with the dataset's unique key so the order is stable.
func buildOrder(d *Dataset, sort string) ([]string, error) {
	var out []string
	if strings.TrimSpace(sort) == "" {
		out = append(out, d.Order)
	} else {
		r := newResolver(d)
		for _, f := range search.ParseSortFromString(sort) {
			if f.Name == "" {
				continue
			}
			res, err := r.Resolve(f.Name)
			if err != nil {
				return nil, filterError("sort", "unknown_field",
					fmt.Sprintf("排序字段「%s」不是「%s」导出的字段", f.Name, d.Title))
			}
			out = append(out, res.Identifier+" "+f.Direction)
		}
	}
	return append(out, d.Key+" DESC"), nil
}

func filterError(field, code, msg string) error {
	return platform.BadRequest(validation.Errors{field: platform.Invalid(code, msg)})
}
