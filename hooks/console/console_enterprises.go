package console

import (
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// 企业管理: every provider and enterprise with its certification state,
// 地市, 门类, accounts and listed products.
//
//	GET /api/smedx/console/enterprises?kind=&cert_status=&city=&industry=&q=&disabled=&page=&perPage=&sort=
//	GET /api/smedx/console/enterprises/{id}
//
// Operators see everything; the department reads the same list without
// the contact of the tenant admin and the detail without the accounts
// (its reports need the tenants, not the people).

type enterpriseRow struct {
	ID              string `db:"id" json:"id"`
	Name            string `db:"name" json:"name"`
	Kind            string `db:"kind" json:"kind"`
	KindLabel       string `db:"-" json:"kind_label"`
	CreditCode      string `db:"credit_code" json:"credit_code"`
	CertStatus      string `db:"cert_status" json:"cert_status"`
	CertStatusLabel string `db:"-" json:"cert_status_label"`
	City            string `db:"city" json:"city"`
	CityLabel       string `db:"-" json:"city_label"`
	Industry        string `db:"industry" json:"industry"`
	IndustryLabel   string `db:"-" json:"industry_label"`
	AdminName       string `db:"admin_name" json:"admin_name"`
	AdminUsername   string `db:"admin_username" json:"admin_username,omitempty"`
	AdminPhone      string `db:"admin_phone" json:"admin_phone,omitempty"`
	UsersCount      int    `db:"users_count" json:"users_count"`
	ListedProducts  int    `db:"listed_products" json:"listed_products"`
	Created         string `db:"created" json:"created"`
	SubmittedAt     string `db:"submitted_at" json:"submitted_at"`
	CertifiedAt     string `db:"certified_at" json:"certified_at"`
	Disabled        bool   `db:"disabled" json:"disabled"`
	DisabledReason  string `db:"disabled_reason" json:"disabled_reason"`
	DisabledAt      string `db:"disabled_at" json:"disabled_at"`
}

var enterpriseSorts = map[string]string{
	"created": "e.created", "name": "e.name", "certified_at": "e.certified_at",
	"cert_status": "e.cert_status", "kind": "e.kind", "users_count": "users_count", "listed_products": "listed_products",
}

func enterpriseCols(withContact bool) string {
	contact := `'' AS admin_username, '' AS admin_phone`
	if withContact {
		contact = `COALESCE(a.username, '') AS admin_username, COALESCE(a.phone, '') AS admin_phone`
	}
	return `e.id, e.name, e.kind, e.credit_code, e.cert_status, e.created, e.submitted_at, e.certified_at,
		e.disabled, e.disabled_reason, e.disabled_at,
		` + citySQL("e.profile") + ` AS city, ` + industrySQL("e.profile") + ` AS industry,
		COALESCE(a.name, '') AS admin_name, ` + contact + `,
		(SELECT COUNT(*) FROM users u WHERE u.enterprise = e.id) AS users_count,
		(SELECT COUNT(*) FROM products p WHERE p.enterprise = e.id AND p.status = 'listed') AS listed_products`
}

// enterpriseFrom joins the first tenant admin of each enterprise.
const enterpriseFrom = `enterprises e LEFT JOIN users a ON a.id = (
	SELECT u.id FROM users u WHERE u.enterprise = e.id AND u.tenant_admin = TRUE ORDER BY u.created LIMIT 1)`

func listEnterprises(e *core.RequestEvent) error {
	user, err := staffOnly(e, readers...)
	if err != nil {
		return err
	}
	q := e.Request.URL.Query()
	w := newConds()
	for _, f := range []string{"kind", "cert_status"} {
		if v := q.Get(f); v != "" {
			w.add("e."+f+" = {:"+f+"}", dbx.Params{f: v})
		}
	}
	if v := q.Get("city"); v != "" {
		w.add(citySQL("e.profile")+" = {:city}", dbx.Params{"city": v})
	}
	if v := q.Get("industry"); v != "" {
		w.add(industrySQL("e.profile")+" = {:industry}", dbx.Params{"industry": v})
	}
	if v := strings.TrimSpace(q.Get("q")); v != "" {
		w.add(`e.name LIKE {:q} ESCAPE '\' OR e.credit_code LIKE {:q} ESCAPE '\'`, dbx.Params{"q": likeParam(v)})
	}
	if v, ok, err := boolParam(q, "disabled"); err != nil {
		return err
	} else if ok {
		w.add("e.disabled = {:disabled}", dbx.Params{"disabled": v})
	}
	order, err := orderBy(q, enterpriseSorts, "-created")
	if err != nil {
		return err
	}
	res, err := pageList[enterpriseRow](e.App, q, enterpriseFrom, enterpriseCols(platform.HasRole(user, platform.RoleOperator)), w, order, "e.id")
	if err != nil {
		return err
	}
	rows := res.Items.([]enterpriseRow)
	if err := labelEnterprises(e.App, rows); err != nil {
		return err
	}
	return e.JSON(http.StatusOK, res)
}

func labelEnterprises(app core.App, rows []enterpriseRow) error {
	var cities, industries []string
	for _, r := range rows {
		cities = append(cities, r.City)
		industries = append(industries, r.Industry)
	}
	cityLabels, err := dictLabels(app, "region", cities)
	if err != nil {
		return err
	}
	industryLabels, err := dictLabels(app, "industry", industries)
	if err != nil {
		return err
	}
	for i := range rows {
		r := &rows[i]
		r.KindLabel = fromMap(workflow.KindNames)(r.Kind)
		r.CertStatusLabel = certLabel(r.CertStatus)
		r.CityLabel = cityLabels[r.City]
		r.IndustryLabel = industryLabels[r.Industry]
	}
	return nil
}

type accountRow struct {
	ID             string `db:"id" json:"id"`
	Username       string `db:"username" json:"username"`
	Name           string `db:"name" json:"name"`
	Phone          string `db:"phone" json:"phone"`
	Email          string `db:"email" json:"email"`
	Role           string `db:"role" json:"role"`
	RoleLabel      string `db:"-" json:"role_label"`
	TenantAdmin    bool   `db:"tenant_admin" json:"tenant_admin"`
	IsExpert       bool   `db:"is_expert" json:"is_expert"`
	Disabled       bool   `db:"disabled" json:"disabled"`
	DisabledReason string `db:"disabled_reason" json:"disabled_reason"`
	DisabledAt     string `db:"disabled_at" json:"disabled_at"`
	LastLoginAt    string `db:"last_login_at" json:"last_login_at"`
	Created        string `db:"created" json:"created"`
}

const accountCols = `id, username, name, phone, email, role, tenant_admin, is_expert, disabled, disabled_reason, disabled_at, last_login_at, created`

// enterpriseDetail: the drawer of 企业管理 — the row, the figures of the
// tenant (products by status, orders as buyer and as provider, vouchers)
// and, for operators, its accounts.
func enterpriseDetail(e *core.RequestEvent) error {
	user, err := staffOnly(e, readers...)
	if err != nil {
		return err
	}
	operator := platform.HasRole(user, platform.RoleOperator)
	var rows []enterpriseRow
	err = e.App.DB().NewQuery("SELECT " + enterpriseCols(operator) + " FROM " + enterpriseFrom + " WHERE e.id = {:id}").
		Bind(dbx.Params{"id": e.Request.PathValue("id")}).All(&rows)
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return apis.NewNotFoundError("企业不存在", nil)
	}
	if err := labelEnterprises(e.App, rows); err != nil {
		return err
	}
	ent := rows[0]

	var figures struct {
		OrdersBought   int `db:"orders_bought" json:"orders_bought"`
		OrdersSold     int `db:"orders_sold" json:"orders_sold"`
		VouchersCount  int `db:"vouchers_count" json:"vouchers_count"`
		VouchersFaceFn int `db:"vouchers_face_fen" json:"vouchers_face_fen"`
	}
	err = e.App.DB().NewQuery(`SELECT
		(SELECT COUNT(*) FROM orders WHERE buyer_enterprise = {:id}) AS orders_bought,
		(SELECT COUNT(*) FROM orders WHERE provider_enterprise = {:id}) AS orders_sold,
		(SELECT COUNT(*) FROM vouchers WHERE enterprise = {:id}) AS vouchers_count,
		(SELECT COALESCE(SUM(face_value_fen), 0) FROM vouchers WHERE enterprise = {:id}) AS vouchers_face_fen`).
		Bind(dbx.Params{"id": ent.ID}).One(&figures)
	if err != nil {
		return err
	}
	var byStatus []struct {
		Status string `db:"status" json:"status"`
		Label  string `db:"-" json:"label"`
		Count  int    `db:"n" json:"count"`
	}
	if err := e.App.DB().NewQuery(`SELECT status, COUNT(*) AS n FROM products WHERE enterprise = {:id} GROUP BY status`).
		Bind(dbx.Params{"id": ent.ID}).All(&byStatus); err != nil {
		return err
	}
	for i := range byStatus {
		byStatus[i].Label = productStatusLabel(byStatus[i].Status)
	}
	out := map[string]any{"enterprise": ent, "figures": figures, "products_by_status": byStatus}
	if operator {
		accounts := []accountRow{}
		if err := e.App.DB().NewQuery(`SELECT ` + accountCols + ` FROM users WHERE enterprise = {:id} ORDER BY tenant_admin DESC, created`).
			Bind(dbx.Params{"id": ent.ID}).All(&accounts); err != nil {
			return err
		}
		for i := range accounts {
			accounts[i].RoleLabel = fromMap(workflow.RoleNames)(accounts[i].Role)
		}
		out["accounts"] = accounts
	}
	return e.JSON(http.StatusOK, out)
}
