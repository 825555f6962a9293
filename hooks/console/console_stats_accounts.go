package console

import (
	"net/url"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// registrations: tenants registered (enterprises.created) and certified
// (certified_at of approved tenants) per period, per kind; and over the
// window, by 地市 and by 门类 (console_region.go).

type regionRow struct {
	Code       string `db:"code" json:"code"`
	Label      string `db:"-" json:"label"`
	Registered int    `db:"registered" json:"registered"`
	Certified  int    `db:"certified" json:"certified"`
}

func registrationsPanel(app core.App, q url.Values, now time.Time) (map[string]any, error) {
	w, err := parseWindow(q, now)
	if err != nil {
		return nil, err
	}
	kind, err := param(q, "kind", "provider", "enterprise")
	if err != nil {
		return nil, err
	}
	params := windowParams(w)
	kindCond := ""
	if kind != "" {
		kindCond = " AND kind = {:kind}"
		params["kind"] = kind
	}
	var rows []periodValue
	err = app.DB().NewQuery(`
		SELECT ` + periodSQL(w.Gran, "created") + ` AS period, kind || '_registered' AS k, COUNT(*) AS v
			FROM enterprises WHERE created >= {:from} AND created < {:to}` + kindCond + ` GROUP BY 1, 2
		UNION ALL
		SELECT ` + periodSQL(w.Gran, "certified_at") + `, kind || '_certified', COUNT(*)
			FROM enterprises WHERE cert_status = 'approved' AND certified_at >= {:from} AND certified_at < {:to}` + kindCond + ` GROUP BY 1, 2`).
		Bind(params).All(&rows)
	if err != nil {
		return nil, err
	}
	series := seriesOf(w, []string{"provider_registered", "provider_certified", "enterprise_registered", "enterprise_certified"}, rows)

	byCity, err := registeredBy(app, citySQL("profile"), "region", kindCond, params)
	if err != nil {
		return nil, err
	}
	byIndustry, err := registeredBy(app, industrySQL("profile"), "industry", kindCond, params)
	if err != nil {
		return nil, err
	}
	totals := map[string]int{"registered": 0, "certified": 0}
	for _, r := range byCity {
		totals["registered"] += r.Registered
		totals["certified"] += r.Certified
	}
	return map[string]any{"window": w.Describe(), "kind": kind, "series": series,
		"by_city": byCity, "by_industry": byIndustry, "totals": totals}, nil
}

// registeredBy groups the window's registrations and certifications by
// the SQL expression group, labelled from dict type typ.
func registeredBy(app core.App, group, typ, kindCond string, params dbx.Params) ([]regionRow, error) {
	rows := []regionRow{}
	err := app.DB().NewQuery(`SELECT ` + group + ` AS code,
			SUM(created >= {:from} AND created < {:to}) AS registered,
			SUM(cert_status = 'approved' AND certified_at >= {:from} AND certified_at < {:to}) AS certified
		FROM enterprises
		WHERE ((created >= {:from} AND created < {:to}) OR (cert_status = 'approved' AND certified_at >= {:from} AND certified_at < {:to}))` + kindCond + `
		GROUP BY 1 ORDER BY registered DESC, certified DESC, code`).Bind(params).All(&rows)
	if err != nil {
		return nil, err
	}
	codes := make([]string, 0, len(rows))
	for _, r := range rows {
		codes = append(codes, r.Code)
	}
	labels, err := dictLabels(app, typ, codes)
	if err != nil {
		return nil, err
	}
	for i := range rows {
		rows[i].Label = labels[rows[i].Code]
	}
	return rows, nil
}
