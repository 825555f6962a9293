package platform

import (
	"fmt"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// Writable fields by allow-list: the one table of the fields a client may
// set through PocketBase's records API (create / update), per collection.
// Everything else in a request body is refused with a 400 naming the
// field, before any other hook runs, whatever the API rule says; the
// server-side code (hooks, routes, CLI, dashboard as superuser) writes the
// rest. Which of the allowed fields a given user may change (his own phone,
// another tenant's row, a certified enterprise…) stays with the domain
// hooks and rules.
//
// Every collection a non-superuser may create or update through the
// records API has its entry; a new field starts locked until it is listed
// here (TestEveryClientWritableCollectionListed checks the schema against
// this table).
type writable struct{ create, update []string }

var clientWritable = map[string]writable{
	// Sign-up and a tenant admin's new user: identity, password, name,
	// contact; role is checked by the sign-up and tenant hooks, menus by
	// the tenant hook. passwordConfirm / oldPassword / agreement / smsCode
	// are request keys, not fields.
	"users": {
		create: []string{"username", "phone", "password", "role", "name", "email", "emailVisibility", "avatar", "menus"},
		update: []string{"name", "email", "emailVisibility", "avatar", "password", "phone", "menus"},
	},
	// The tenant's draft: cert_status on create is forced to draft by the
	// accounts hook (the UI sends "draft").
	"enterprises": {
		create: []string{"kind", "name", "credit_code", "license", "profile", "cert_status"},
		update: []string{"name", "credit_code", "license", "profile"},
	},
	// Notifications are written by the server; the user marks them read.
	"notifications": {
		update: []string{"read"},
	},
	// A provider's listing (商品上架): what the form edits. Status, prices
	// of the specs, ratings, sales and listing times are the server's.
	"products": {
		create: append([]string{"enterprise"}, productFields...),
		// status: only 重新编辑 (rejected/revoked → draft) passes the
		// product hooks' transition check.
		update: append([]string{"status"}, productFields...),
	},
	"product_specs": {
		create: append([]string{"product"}, SpecFields...),
		update: SpecFields,
	},
	"product_cases": {
		create: append([]string{"product"}, caseFields...),
		update: caseFields,
	},
	// 公告管理: the author is the operator who creates it.
	"announcements": {
		create: append([]string{"author"}, announcementFields...),
		update: announcementFields,
	},
	// The public 需求调查 form.
	"demand_surveys": {
		create: []string{"company_name", "city", "enterprise_type", "needs", "needs_text", "contact_name", "contact_phone", "submitted_by"},
	},
	// 服务券活动管理: remaining is the server's count of what is left.
	"voucher_activities": {
		create: activityFields,
		update: activityFields,
	},
	"voucher_batches": {
		create: batchFields,
		update: batchFields,
	},
	// The cart: a line's owner is fixed, its quantity and spec change.
	"cart_items": {
		create: []string{"user", "enterprise", "product", "spec", "quantity"},
		update: []string{"spec", "quantity"},
	},
	// 评价: the order's buyer rates it; who and whose product are the server's.
	"reviews": {
		create: []string{"order", "product", "enterprise", "rating", "content"},
	},
	// 兑付: the provider attaches the invoice and documents to his draft;
	// orders, amounts and the workflow are the routes'.
	"settlements": {
		update: []string{"invoice", "invoice_no", "documents", "remark"},
	},
}

// The provider's listing fields, defined once: the records API allow-list
// below and revisions of listed products (hooks/review) both read them; a
// revision carries the data fields but no files (a new cover means
// delisting, editing and resubmitting).
var (
	ProductDataFields = []string{
		"type", "name", "related_product", "catalog", "tags", "categories", "industries",
		"hist_price_min_fen", "hist_price_max_fen", "delivery_cycle", "delivery_man_days",
		"contact_name", "contact_methods", "contact_phone", "contact_email", "intro",
	}
	SpecFields     = []string{"name", "purchase_mode", "pricing", "price_fen", "sort"}
	CaseDataFields = []string{"idx", "customer", "annual_output_wan", "sales_wan", "delivery_months", "contact_name", "contact_title", "contact_info"}
)

var (
	productFields      = concat(ProductDataFields, []string{"cover", "banner_image", "media", "case_images"})
	caseFields         = concat(CaseDataFields, []string{"document"})
	announcementFields = []string{"title", "summary", "content", "category", "published", "pinned", "published_at", "attachments"}
	activityFields     = []string{"name", "description", "start_at", "end_at", "listed", "budget_fen", "settle_deadline"}
	batchFields        = []string{
		"activity", "name", "description", "mode", "face_value_fen", "quantity", "per_enterprise_limit",
		"valid_from", "valid_to", "valid_days", "max_ratio", "scope_categories", "scope_products", "billing_mode",
	}
)

func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// WritableFields is the allow-list of collection: the fields a client may
// send on create and on update; listed reports whether it has one.
func WritableFields(collection string) (create, update []string, listed bool) {
	w, ok := clientWritable[collection]
	return w.create, w.update, ok
}

// writableLabels name the locked fields in the refusal.
var writableLabels = map[string]string{
	"last_login_at": "最近登录时间", "certified_at": "认证通过时间", "submitted_at": "提交认证时间",
	"link": "通知链接", "kind": "类型", "tenant_admin": "管理员身份", "is_expert": "专家身份",
	"enterprise": "所属企业", "verified": "验证状态", "agreed_at": "协议同意时间", "cert_status": "认证状态",
	"cert_comment": "审核意见", "user": "所属用户", "title": "标题", "content": "内容", "username": "用户名",
	"role": "角色", "ref_collection": "关联数据", "ref_id": "关联数据",
}

func writableLabel(f string) string {
	if l, ok := writableLabels[f]; ok {
		return l
	}
	if l := FieldLabel(f); l != "该项" {
		return l
	}
	return f
}

// bodyField strips PocketBase's field modifiers (+field, field+, field-).
func bodyField(key string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(key, "+"), "+"), "-")
}

// blankValue: a create that sends a field empty sets nothing.
func blankValue(v any) bool {
	switch s := fmt.Sprint(v); s {
	case "", "0", "false", "[]", "null", "<nil>", "map[]":
		return true
	}
	return false
}

// checkWritable refuses the first field of e's body that the table does
// not allow: sent with a value on create, or changed on update.
func checkWritable(e *core.RecordRequestEvent, allowed []string) error {
	if e.HasSuperuserAuth() {
		return nil
	}
	info, err := e.RequestInfo()
	if err != nil {
		return err
	}
	keys := make([]string, 0, len(info.Body))
	for k := range info.Body {
		keys = append(keys, k)
	}
	if mf := e.Request.MultipartForm; mf != nil {
		for k := range mf.File {
			keys = append(keys, k)
		}
	}
	fields := e.Collection.Fields
	for _, k := range keys {
		f := bodyField(k)
		if fields.GetByName(f) == nil || ContainsString(allowed, f) {
			continue
		}
		rec := e.Record
		isFile := false
		if mf := e.Request.MultipartForm; mf != nil {
			_, isFile = mf.File[k]
		}
		switch {
		case k != f: // a modifier always changes the value
		case rec.IsNew() && !isFile && blankValue(info.Body[k]):
			continue
		case !rec.IsNew() && fmt.Sprint(rec.Get(f)) == fmt.Sprint(rec.Original().Get(f)):
			continue
		}
		return FieldError(f, "field_not_writable", "“"+writableLabel(f)+"”不能由客户端设置")
	}
	return nil
}

func registerWritable(app core.App) {
	names := make([]string, 0, len(clientWritable))
	for n := range clientWritable {
		names = append(names, n)
	}
	// Right after the menu guard (-10: a missing menu is a 403 whatever the
	// body), before any business rule, so the refusal names the field.
	app.OnRecordCreateRequest(names...).Bind(&hook.Handler[*core.RecordRequestEvent]{
		Id: "smedxWritableCreate", Priority: -5,
		Func: func(e *core.RecordRequestEvent) error {
			if err := checkWritable(e, clientWritable[e.Collection.Name].create); err != nil {
				return err
			}
			return e.Next()
		},
	})
	app.OnRecordUpdateRequest(names...).Bind(&hook.Handler[*core.RecordRequestEvent]{
		Id: "smedxWritableUpdate", Priority: -5,
		Func: func(e *core.RecordRequestEvent) error {
			if err := checkWritable(e, clientWritable[e.Collection.Name].update); err != nil {
				return err
			}
			return e.Next()
		},
	})
}
