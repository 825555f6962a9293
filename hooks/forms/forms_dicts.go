package forms

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"smedx/hooks/platform"
	"strings"
	"sync"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

// registerDicts binds the hooks and routes of option lists (dicts) served to the forms.
//
//   - GET /api/smedx/dicts[?types=a,b]: every enabled option grouped by
//     type as {type: [{value, label, children?, extra?}]} trees, from an
//     in-memory snapshot with an ETag, so forms can load them on every page.
//   - DictHas: the same snapshot answers "is this code a valid option" for
//     the validation of other areas.
//   - Any change of a dicts record drops the snapshot; a parent must exist
//     in the same type, and an option with children keeps its code.
func registerDicts(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/smedx/dicts", handleDicts)
		return se.Next()
	})

	app.OnRecordValidate("dicts").BindFunc(func(e *core.RecordEvent) error {
		if err := validateDict(e.App, e.Record); err != nil {
			return err
		}
		return e.Next()
	})
	app.OnRecordDelete("dicts").BindFunc(func(e *core.RecordEvent) error {
		if n := dictChildCount(e.App, e.Record.Original().GetString("type"), e.Record.Original().GetString("code")); n > 0 {
			return platform.Error(http.StatusBadRequest, "该选项下还有下级选项，请先删除或移走下级选项。")
		}
		return e.Next()
	})

	// Drop the snapshot when a change executes (so a lookup later in the
	// same transaction does not reuse it) and again when it commits or
	// fails (so nothing read inside that transaction outlives it).
	drop := func(e *core.RecordEvent) error {
		err := e.Next()
		InvalidateDicts(e.App)
		return err
	}
	dropAfterErr := func(e *core.RecordErrorEvent) error {
		InvalidateDicts(e.App)
		return e.Next()
	}
	app.OnRecordCreateExecute("dicts").BindFunc(drop)
	app.OnRecordUpdateExecute("dicts").BindFunc(drop)
	app.OnRecordDeleteExecute("dicts").BindFunc(drop)
	app.OnRecordAfterCreateSuccess("dicts").BindFunc(drop)
	app.OnRecordAfterUpdateSuccess("dicts").BindFunc(drop)
	app.OnRecordAfterDeleteSuccess("dicts").BindFunc(drop)
	app.OnRecordAfterCreateError("dicts").BindFunc(dropAfterErr)
	app.OnRecordAfterUpdateError("dicts").BindFunc(dropAfterErr)
	app.OnRecordAfterDeleteError("dicts").BindFunc(dropAfterErr)
}

// DictHas reports whether code is an enabled option of dictType, i.e. one
// GET /api/smedx/dicts shows (an option under a disabled parent is hidden
// and so not valid either). It answers from the cached snapshot.
func DictHas(app core.App, dictType, code string) bool {
	s, err := dictSnapshotOf(app)
	if err != nil {
		app.Logger().Error("dicts: load failed", "error", err)
		return false
	}
	_, ok := s.codes[dictType][code]
	return ok
}

// DictLabel returns the label of an enabled option ("" when there is none),
// for messages and denormalised display fields.
func DictLabel(app core.App, dictType, code string) string {
	s, err := dictSnapshotOf(app)
	if err != nil {
		return ""
	}
	return s.codes[dictType][code]
}

// InvalidateDicts drops the cached options of app. Record changes do it by
// themselves; call it after writing dicts with raw SQL (migrations.SeedDicts).
func InvalidateDicts(app core.App) {
	c := dictCacheOf(app)
	c.mu.Lock()
	c.gen++
	c.snap = nil
	c.mu.Unlock()
}

// --- validation -------------------------------------------------------------

func validateDict(app core.App, r *core.Record) error {
	typ, code, parent := r.GetString("type"), r.GetString("code"), r.GetString("parent")
	if parent != "" {
		if parent == code {
			return dictFieldError("parent", "invalid_parent", "上级选项（parent）不能是自身。")
		}
		// Walk up from the parent: it must exist in the same type and the
		// chain must not come back to this option.
		seen := map[string]bool{code: true}
		for p := parent; p != ""; {
			if seen[p] {
				return dictFieldError("parent", "parent_cycle", "上级选项（parent）不能是自身的下级选项。")
			}
			seen[p] = true
			var row struct {
				Parent string `db:"parent"`
			}
			err := app.DB().NewQuery("SELECT [[parent]] FROM {{dicts}} WHERE [[type]] = {:t} AND [[code]] = {:c} LIMIT 1").
				Bind(map[string]any{"t": typ, "c": p}).One(&row)
			if err != nil {
				if p == parent {
					return dictFieldError("parent", "parent_missing", "上级选项（parent）"+parent+"在类型"+typ+"中不存在。")
				}
				break // a broken chain higher up is not this row's fault
			}
			p = row.Parent
		}
	}
	if !r.IsNew() {
		old := r.Original()
		if old.GetString("type") != typ || old.GetString("code") != code {
			if dictChildCount(app, old.GetString("type"), old.GetString("code")) > 0 {
				return dictFieldError("code", "has_children", "该选项下还有下级选项，不能修改其类型（type）或编码（code）。")
			}
		}
	}
	return nil
}

func dictFieldError(field, code, msg string) error {
	return platform.FieldError(field, "validation_"+code, msg)
}

func dictChildCount(app core.App, typ, code string) int {
	var n int
	_ = app.DB().NewQuery("SELECT COUNT(*) FROM {{dicts}} WHERE [[type]] = {:t} AND [[parent]] = {:c}").
		Bind(map[string]any{"t": typ, "c": code}).Row(&n)
	return n
}

// --- route ------------------------------------------------------------------

var dictTypePattern = regexp.MustCompile(`^[a-z][a-z0-9_]{0,39}$`)

func handleDicts(e *core.RequestEvent) error {
	var want []string
	if raw := strings.TrimSpace(e.Request.URL.Query().Get("types")); raw != "" {
		for _, t := range strings.Split(raw, ",") {
			t = strings.TrimSpace(t)
			if t == "" {
				continue
			}
			if !dictTypePattern.MatchString(t) {
				return dictFieldError("types", "invalid_types", "参数types格式不正确：应为以逗号分隔的选项类型，如 tag,industry。")
			}
			want = append(want, t)
		}
		slices.Sort(want)
		want = slices.Compact(want)
		if len(want) > 50 {
			return dictFieldError("types", "too_many_types", "参数types最多包含50个选项类型。")
		}
	}

	s, err := dictSnapshotOf(e.App)
	if err != nil {
		return err
	}
	res := s.response(want)

	h := e.Response.Header()
	h.Set("ETag", res.etag)
	// Short max-age: an operator's edit shows within a minute; after that a
	// revalidation costs a 304.
	h.Set("Cache-Control", "public, max-age=60")
	h.Add("Vary", "Accept-Encoding")
	if etagMatches(e.Request.Header.Get("If-None-Match"), res.etag) {
		return e.NoContent(http.StatusNotModified)
	}
	h.Set("Content-Type", "application/json; charset=utf-8")
	if res.gzip != nil && strings.Contains(e.Request.Header.Get("Accept-Encoding"), "gzip") {
		h.Set("Content-Encoding", "gzip")
		return e.Blob(http.StatusOK, "application/json; charset=utf-8", res.gzip)
	}
	return e.Blob(http.StatusOK, "application/json; charset=utf-8", res.body)
}

func etagMatches(header, etag string) bool {
	for _, v := range strings.Split(header, ",") {
		v = strings.TrimPrefix(strings.TrimSpace(v), "W/")
		if v == etag || v == "*" {
			return true
		}
	}
	return false
}

// --- cache ------------------------------------------------------------------

const dictCacheKey = "smedx.dicts"

// dictCache holds the snapshot of one app. gen counts invalidations so that
// a snapshot built from data read before an invalidation is not kept.
type dictCache struct {
	mu   sync.Mutex
	gen  uint64
	snap *dictSnapshot
}

func dictCacheOf(app core.App) *dictCache {
	return app.Store().GetOrSet(dictCacheKey, func() any { return &dictCache{} }).(*dictCache)
}

func dictSnapshotOf(app core.App) (*dictSnapshot, error) {
	c := dictCacheOf(app)
	c.mu.Lock()
	snap, gen := c.snap, c.gen
	c.mu.Unlock()
	if snap != nil {
		return snap, nil
	}
	snap, err := loadDictSnapshot(app)
	if err != nil {
		return nil, err
	}
	// Inside a transaction the rows read may still be rolled back: use
	// them for this call only.
	if !app.IsTransactional() {
		c.mu.Lock()
		if c.gen == gen {
			c.snap = snap
		}
		c.mu.Unlock()
	}
	return snap, nil
}

// dictNode is one option as the route serves it.
type dictNode struct {
	Value    string        `json:"value"`
	Label    string        `json:"label"`
	Children []*dictNode   `json:"children,omitempty"`
	Extra    types.JSONRaw `json:"extra,omitempty"`
}

type dictSnapshot struct {
	codes map[string]map[string]string // type -> code -> label, reachable options only
	types []string                     // sorted
	trees map[string]json.RawMessage   // type -> marshalled tree

	mu        sync.Mutex
	responses map[string]*dictResponse // by requested types ("" = all)
}

type dictResponse struct {
	body, gzip []byte
	etag       string
}

func loadDictSnapshot(app core.App) (*dictSnapshot, error) {
	var rows []struct {
		Type   string        `db:"type"`
		Code   string        `db:"code"`
		Label  string        `db:"label"`
		Parent string        `db:"parent"`
		Extra  types.JSONRaw `db:"extra"`
	}
	err := app.DB().NewQuery(`SELECT [[type]], [[code]], [[label]], [[parent]], [[extra]] FROM {{dicts}}
		WHERE [[enabled]] = TRUE ORDER BY [[type]], [[sort]], [[code]]`).All(&rows)
	if err != nil {
		return nil, err
	}

	type entry struct {
		node   *dictNode
		parent string
	}
	byType := map[string]map[string]*entry{}
	order := map[string][]*entry{}
	for _, r := range rows {
		if byType[r.Type] == nil {
			byType[r.Type] = map[string]*entry{}
		}
		n := &dictNode{Value: r.Code, Label: r.Label}
		if s := strings.TrimSpace(string(r.Extra)); s != "" && s != "null" {
			n.Extra = r.Extra
		}
		en := &entry{node: n, parent: r.Parent}
		byType[r.Type][r.Code] = en
		order[r.Type] = append(order[r.Type], en)
	}

	s := &dictSnapshot{
		codes:     map[string]map[string]string{},
		trees:     map[string]json.RawMessage{},
		responses: map[string]*dictResponse{},
	}
	for typ, list := range order {
		roots := []*dictNode{}
		for _, en := range list {
			if en.parent == "" {
				roots = append(roots, en.node)
			} else if p := byType[typ][en.parent]; p != nil {
				p.node.Children = append(p.node.Children, en.node)
			}
			// An option whose parent is disabled or missing is hidden.
		}
		codes := map[string]string{}
		var walk func([]*dictNode)
		walk = func(ns []*dictNode) {
			for _, n := range ns {
				codes[n.Value] = n.Label
				walk(n.Children)
			}
		}
		walk(roots)
		// Labels such as ">20年" stay readable: no HTML escaping.
		var raw bytes.Buffer
		enc := json.NewEncoder(&raw)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(roots); err != nil {
			return nil, err
		}
		s.codes[typ], s.trees[typ] = codes, bytes.TrimRight(raw.Bytes(), "\n")
		s.types = append(s.types, typ)
	}
	slices.Sort(s.types)
	return s, nil
}

// response builds (once per set of types) the JSON body, its gzip form and
// its ETag. want is sorted and deduplicated; nil means every type. A
// requested type without options is served as an empty list.
func (s *dictSnapshot) response(want []string) *dictResponse {
	key := strings.Join(want, ",")
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.responses[key]; r != nil {
		return r
	}
	if want == nil {
		want = s.types
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for i, t := range want {
		if i > 0 {
			b.WriteByte(',')
		}
		name, _ := json.Marshal(t)
		b.Write(name)
		b.WriteByte(':')
		if tree, ok := s.trees[t]; ok {
			b.Write(tree)
		} else {
			b.WriteString("[]")
		}
	}
	b.WriteByte('}')

	sum := sha256.Sum256(b.Bytes())
	r := &dictResponse{body: b.Bytes(), etag: `"` + hex.EncodeToString(sum[:16]) + `"`}
	if b.Len() > 1024 {
		var z bytes.Buffer
		w, _ := gzip.NewWriterLevel(&z, gzip.DefaultCompression)
		_, _ = w.Write(r.body)
		_ = w.Close()
		r.gzip = z.Bytes()
	}
	// Bounded: odd combinations beyond the first hundred are rebuilt on
	// each request rather than growing the cache without limit.
	if len(s.responses) < 100 {
		s.responses[key] = r
	}
	return r
}
