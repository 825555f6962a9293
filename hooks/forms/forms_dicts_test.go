package forms_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/forms"
	"smedx/migrations"
	"smedx/smedxtest"
)

type dictNode struct {
	Value    string          `json:"value"`
	Label    string          `json:"label"`
	Children []dictNode      `json:"children"`
	Extra    json.RawMessage `json:"extra"`
}

func dictCounts(t *testing.T, app core.App) map[string]int {
	t.Helper()
	var rows []struct {
		Type string `db:"type"`
		N    int    `db:"n"`
	}
	if err := app.DB().NewQuery("SELECT type, COUNT(*) AS n FROM dicts GROUP BY type").All(&rows); err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, r := range rows {
		out[r.Type] = r.N
	}
	return out
}

func dictRows(t *testing.T, app core.App, typ, parent string) [][2]string {
	t.Helper()
	var rows []struct {
		Code  string `db:"code"`
		Label string `db:"label"`
	}
	err := app.DB().NewQuery("SELECT code, label FROM dicts WHERE type = {:t} AND parent = {:p} ORDER BY sort, code").
		Bind(map[string]any{"t": typ, "p": parent}).All(&rows)
	if err != nil {
		t.Fatal(err)
	}
	out := make([][2]string, len(rows))
	for i, r := range rows {
		out[i] = [2]string{r.Code, r.Label}
	}
	return out
}

func labels(rows [][2]string) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r[1]
	}
	return out
}

func newSuperuser(t *testing.T, a *smedxtest.App) *core.Record {
	t.Helper()
	col, err := a.FindCollectionByNameOrId(core.CollectionNameSuperusers)
	if err != nil {
		t.Fatal(err)
	}
	su := core.NewRecord(col)
	su.SetEmail("root@smedx.test")
	su.SetPassword(smedxtest.Password)
	if err := a.Save(su); err != nil {
		t.Fatal(err)
	}
	return su
}

func TestDictsCollection(t *testing.T) {
	a := smedxtest.New(t)
	c, err := a.FindCollectionByNameOrId("dicts")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"type", "code", "label", "parent", "sort", "extra", "enabled", "created", "updated"} {
		if c.Fields.GetByName(f) == nil {
			t.Errorf("dicts.%s missing", f)
		}
	}
	if c.ListRule == nil || *c.ListRule != "" || c.ViewRule == nil || *c.ViewRule != "" {
		t.Errorf("list/view must be public: %v %v", c.ListRule, c.ViewRule)
	}
	if c.CreateRule != nil || c.UpdateRule != nil || c.DeleteRule != nil {
		t.Error("create/update/delete must be superusers only")
	}
	idx := c.GetIndex("idx_dicts_type_code")
	if !strings.HasPrefix(strings.ToUpper(idx), "CREATE UNIQUE") {
		t.Errorf("unique (type, code) index missing: %q", idx)
	}
}

func TestDictsSeed(t *testing.T) {
	a := smedxtest.New(t)
	before := dictCounts(t, a)

	// Running the seed again changes nothing: same counts, no row touched.
	var maxUpdated string
	_ = a.DB().NewQuery("SELECT MAX(updated) FROM dicts").Row(&maxUpdated)
	if err := migrations.SeedDicts(a); err != nil {
		t.Fatal(err)
	}
	after := dictCounts(t, a)
	if !mapsEqual(before, after) {
		t.Fatalf("seed is not idempotent:\nbefore %v\nafter  %v", before, after)
	}
	var maxUpdated2 string
	_ = a.DB().NewQuery("SELECT MAX(updated) FROM dicts").Row(&maxUpdated2)
	if maxUpdated != maxUpdated2 {
		t.Errorf("re-seed touched rows: updated %s -> %s", maxUpdated, maxUpdated2)
	}

	// Every seeded row is there and nothing else.
	seeds, err := migrations.DictSeeds()
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range after {
		total += n
	}
	if total != len(seeds) {
		t.Errorf("%d rows, %d seeds", total, len(seeds))
	}
	for _, typ := range []string{"tag", "solution_category", "industry", "enterprise_type", "city", "region", "demand",
		"product_type", "purchase_mode", "pricing", "key_industry_chain", "registration_type", "tax_credit_level",
		"service_scope", "listed_status", "expert_ii_domain", "expert_industry", "expert_operating",
		"service_years", "professional_title", "delivery_cycle"} {
		if after[typ] == 0 {
			t.Errorf("no %s options", typ)
		}
	}

	got := labels(dictRows(t, a, "enterprise_type", ""))
	want := []string{"私营企业", "外资企业", "集体所有制企业", "国有企业", "股份制企业", "港、澳、台企业", "合资企业"}
	if !slices.Equal(got, want) {
		t.Errorf("enterprise types %v, want %v", got, want)
	}

	cities := dictRows(t, a, "city", "")
	if len(cities) != 16 || cities[0] != [2]string{"370100", "济南市"} || cities[15] != [2]string{"371700", "菏泽市"} {
		t.Errorf("cities: %v", cities)
	}
	// The city list and Shandong's branch of the region tree agree.
	sd := dictRows(t, a, "region", "370000")
	if !slices.Equal(cities, sd) {
		t.Errorf("city dict %v differs from region 370000 children %v", cities, sd)
	}

	provinces := dictRows(t, a, "region", "")
	if len(provinces) < 31 || !slices.Contains(labels(provinces), "山东省") {
		t.Errorf("%d provinces: %v", len(provinces), provinces)
	}
	if d := labels(dictRows(t, a, "region", "370100")); !slices.Contains(d, "历下区") || !slices.Contains(d, "章丘区") {
		t.Errorf("济南市 districts: %v", d)
	}
	if after["region"] < 3000 {
		t.Errorf("only %d regions", after["region"])
	}

	industries := dictRows(t, a, "industry", "")
	if len(industries) != 20 || industries[0][0] != "A" || industries[19][0] != "T" {
		t.Errorf("industry 门类: %v", industries)
	}
	mfg := dictRows(t, a, "industry", "C")
	if len(mfg) != 31 || mfg[0] != [2]string{"C13", "农副食品加工业"} || mfg[30] != [2]string{"C43", "金属制品、机械和设备修理业"} {
		t.Errorf("manufacturing 大类: %v", mfg)
	}

	// A changed seed label is refreshed, while an operator's `enabled`
	// switch survives the re-seed.
	rec, err := a.FindFirstRecordByFilter("dicts", "type = 'tag' && code = 'ai'")
	if err != nil {
		t.Fatal(err)
	}
	rec.Set("label", "旧标签")
	rec.Set("enabled", false)
	if err := a.Save(rec); err != nil {
		t.Fatal(err)
	}
	if err := migrations.SeedDicts(a); err != nil {
		t.Fatal(err)
	}
	rec = a.Reload(rec)
	if rec.GetString("label") != "人工智能" || rec.GetBool("enabled") {
		t.Errorf("after re-seed: label %q enabled %v", rec.GetString("label"), rec.GetBool("enabled"))
	}
}

func mapsEqual(x, y map[string]int) bool {
	if len(x) != len(y) {
		return false
	}
	for k, v := range x {
		if y[k] != v {
			return false
		}
	}
	return true
}

func getDicts(t *testing.T, a *smedxtest.App, query string, headers map[string]string) (*smedxtest.Response, map[string][]dictNode) {
	t.Helper()
	res := a.DoWith("GET", "/api/smedx/dicts"+query, nil, nil, headers)
	var out map[string][]dictNode
	if res.Code == http.StatusOK {
		res.Decode(t, &out)
	}
	return res, out
}

func find(nodes []dictNode, value string) *dictNode {
	for i := range nodes {
		if nodes[i].Value == value {
			return &nodes[i]
		}
	}
	return nil
}

func TestDictsRoute(t *testing.T) {
	a := smedxtest.New(t)

	res, all := getDicts(t, a, "", nil)
	res.Status(t, 200)
	if len(all["enterprise_type"]) != 7 || len(all["city"]) != 16 || len(all["region"]) < 31 {
		t.Fatalf("enterprise_type %d, city %d, region %d", len(all["enterprise_type"]), len(all["city"]), len(all["region"]))
	}
	sd := find(all["region"], "370000")
	if sd == nil || sd.Label != "山东省" || len(sd.Children) != 16 {
		t.Fatalf("山东省: %+v", sd)
	}
	jn := find(sd.Children, "370100")
	if jn == nil || jn.Label != "济南市" || find(jn.Children, "370102") == nil {
		t.Fatalf("济南市: %+v", jn)
	}
	if c := find(all["industry"], "C"); c == nil || len(c.Children) != 31 {
		t.Fatalf("industry C: %+v", c)
	}
	if a := find(all["industry"], "A"); a == nil || a.Children != nil {
		t.Errorf("leaf option must have no children key: %+v", a)
	}
	if res.Head.Get("ETag") == "" || res.Head.Get("Cache-Control") == "" {
		t.Errorf("missing cache headers: %v", res.Head)
	}

	// Labels come out as typed (no \u003e for ">").
	if res := a.Do("GET", "/api/smedx/dicts?types=service_years", nil, nil); !res.Contains(`">20年"`) {
		t.Errorf("service_years: %s", res.Body)
	}

	// ?types= limits the answer; a type without options is an empty list.
	res, some := getDicts(t, a, "?types=city,%20enterprise_type,nosuch,city", nil)
	res.Status(t, 200)
	if len(some) != 3 || len(some["city"]) != 16 || len(some["enterprise_type"]) != 7 || some["nosuch"] == nil || len(some["nosuch"]) != 0 {
		t.Errorf("types filter: %v", some)
	}
	a.Do("GET", "/api/smedx/dicts?types=city,DROP%20TABLE", nil, nil).Status(t, 400)

	// Revalidation: the same content answers 304.
	res, _ = getDicts(t, a, "?types=city", nil)
	etag := res.Head.Get("ETag")
	res, _ = getDicts(t, a, "?types=city", map[string]string{"If-None-Match": etag})
	res.Status(t, 304)

	// gzip for clients that accept it (Go's client decodes transparently
	// only when it asked by itself, so ask explicitly and check the header).
	res = a.DoWith("GET", "/api/smedx/dicts?types=region", nil, nil, map[string]string{"Accept-Encoding": "gzip"})
	if res.Code != 200 || res.Head.Get("Content-Encoding") != "gzip" {
		t.Errorf("gzip: %d %v", res.Code, res.Head)
	}

	// A superuser's edit shows at once (cache dropped) and changes the ETag.
	su := newSuperuser(t, a)
	a.Do("POST", "/api/collections/dicts/records", su, map[string]any{
		"type": "city", "code": "379900", "label": "测试市", "sort": 99, "enabled": true,
	}).Status(t, 200)
	res, some = getDicts(t, a, "?types=city", map[string]string{"If-None-Match": etag})
	res.Status(t, 200)
	if len(some["city"]) != 17 || res.Head.Get("ETag") == etag || !forms.DictHas(a, "city", "379900") {
		t.Errorf("new city not served: %d cities, etag %s", len(some["city"]), res.Head.Get("ETag"))
	}

	// Disabling a parent hides its whole branch, in the route and DictHas.
	sdRec, err := a.FindFirstRecordByFilter("dicts", "type = 'region' && code = '370000'")
	if err != nil {
		t.Fatal(err)
	}
	a.Do("PATCH", "/api/collections/dicts/records/"+sdRec.Id, su, map[string]any{"enabled": false}).Status(t, 200)
	_, reg := getDicts(t, a, "?types=region", nil)
	if find(reg["region"], "370000") != nil || len(reg["region"]) != len(all["region"])-1 {
		t.Error("disabled 山东省 still served")
	}
	if forms.DictHas(a, "region", "370102") || !forms.DictHas(a, "region", "110101") {
		t.Error("DictHas must follow the enabled tree")
	}

	// The extra JSON of an option is passed through.
	a.Do("POST", "/api/collections/dicts/records", su, map[string]any{
		"type": "tag", "code": "x_extra", "label": "带扩展", "enabled": true, "extra": map[string]any{"color": "red"},
	}).Status(t, 200)
	_, tags := getDicts(t, a, "?types=tag", nil)
	if n := find(tags["tag"], "x_extra"); n == nil || string(n.Extra) != `{"color":"red"}` {
		t.Errorf("extra: %+v", n)
	}
}

func TestDictHas(t *testing.T) {
	a := smedxtest.New(t)
	cases := []struct {
		typ, code string
		want      bool
	}{
		{"tag", "ai", true},
		{"tag", "no_such_tag", false},
		{"enterprise_type", "private", true},
		{"industry", "C34", true},
		{"industry", "34", false},
		{"city", "370100", true},
		{"city", "110100", false},
		{"region", "371702", true},
		{"purchase_mode", "year", true},
		{"pricing", "free", true},
		{"nosuch", "ai", false},
	}
	for _, c := range cases {
		if got := forms.DictHas(a, c.typ, c.code); got != c.want {
			t.Errorf("DictHas(%s, %s) = %v", c.typ, c.code, got)
		}
	}
	if l := forms.DictLabel(a, "city", "370200"); l != "青岛市" {
		t.Errorf("DictLabel = %q", l)
	}

	// A change saved in a transaction that rolls back leaves no trace in
	// the cache, even when looked up inside the transaction.
	_ = a.RunInTransaction(func(tx core.App) error {
		rec, err := tx.FindFirstRecordByFilter("dicts", "type = 'tag' && code = 'ai'")
		if err != nil {
			t.Fatal(err)
		}
		rec.Set("enabled", false)
		if err := tx.Save(rec); err != nil {
			t.Fatal(err)
		}
		if forms.DictHas(tx, "tag", "ai") {
			t.Error("inside the transaction the disabled tag must be gone")
		}
		return errRollback
	})
	if !forms.DictHas(a, "tag", "ai") {
		t.Error("rolled-back change leaked into the cache")
	}
}

var errRollback = rollbackError{}

type rollbackError struct{}

func (rollbackError) Error() string { return "rollback" }

func TestDictsWriteRules(t *testing.T) {
	a := smedxtest.New(t)
	// A few accounts rather than the whole fixture cast: each costs a
	// password hash.
	operator := a.NewUser("t_dict_operator", "operator", nil, false)
	provider := a.NewTenant("provider", "甲数字科技有限公司", "approved")
	enterprise := a.NewTenant("enterprise", "济南甲机械制造有限公司", "approved")
	before := dictCounts(t, a)["tag"]
	body := map[string]any{"type": "tag", "code": "hack", "label": "黑", "enabled": true}
	for name, u := range map[string]*core.Record{
		"anonymous": nil, "operator": operator,
		"provider admin": provider.Admin, "enterprise admin": enterprise.Admin, "enterprise user": enterprise.Staff,
	} {
		if res := a.Do("POST", "/api/collections/dicts/records", u, body); res.Code != 403 && res.Code != 400 {
			t.Errorf("%s create: %d %s", name, res.Code, res.Body)
		}
	}
	ai, err := a.FindFirstRecordByFilter("dicts", "type = 'tag' && code = 'ai'")
	if err != nil {
		t.Fatal(err)
	}
	for name, u := range map[string]*core.Record{"anonymous": nil, "operator": operator, "enterprise admin": enterprise.Admin} {
		if res := a.Do("PATCH", "/api/collections/dicts/records/"+ai.Id, u, map[string]any{"label": "x"}); res.Code != 403 && res.Code != 404 {
			t.Errorf("%s update: %d %s", name, res.Code, res.Body)
		}
		if res := a.Do("DELETE", "/api/collections/dicts/records/"+ai.Id, u, nil); res.Code != 403 && res.Code != 404 {
			t.Errorf("%s delete: %d %s", name, res.Code, res.Body)
		}
	}
	if n := dictCounts(t, a)["tag"]; n != before {
		t.Errorf("tags %d -> %d", before, n)
	}
	if a.Reload(ai).GetString("label") != "人工智能" {
		t.Error("label changed by a non-superuser")
	}
	// Everyone may read.
	a.Do("GET", "/api/collections/dicts/records?filter=type%3D'city'&skipTotal=1", nil, nil).Status(t, 200)

	// Even a superuser keeps the tree consistent.
	su := newSuperuser(t, a)
	res := a.Do("POST", "/api/collections/dicts/records", su, map[string]any{
		"type": "region", "code": "999999", "label": "无主区", "parent": "990000", "enabled": true,
	})
	res.Status(t, 400)
	if res.FieldError("parent") == "" {
		t.Errorf("missing parent error: %s", res.Body)
	}
	sd, _ := a.FindFirstRecordByFilter("dicts", "type = 'region' && code = '370000'")
	a.Do("PATCH", "/api/collections/dicts/records/"+sd.Id, su, map[string]any{"parent": "370100"}).Status(t, 400)
	a.Do("PATCH", "/api/collections/dicts/records/"+sd.Id, su, map[string]any{"code": "370001"}).Status(t, 400)
	a.Do("DELETE", "/api/collections/dicts/records/"+sd.Id, su, nil).Status(t, 400)
	leaf, _ := a.FindFirstRecordByFilter("dicts", "type = 'region' && code = '370102'")
	a.Do("DELETE", "/api/collections/dicts/records/"+leaf.Id, su, nil).Status(t, 204)
	if forms.DictHas(a, "region", "370102") {
		t.Error("deleted region still valid")
	}
	a.Do("POST", "/api/collections/dicts/records", su, map[string]any{
		"type": "tag", "code": "ai", "label": "重复", "enabled": true,
	}).Status(t, 400)
}
