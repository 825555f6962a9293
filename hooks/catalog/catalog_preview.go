package catalog

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"sync"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
	"smedx/templates"
)

// 发布预览 (§4.4.1 步骤 5 说明): GET /api/smedx/products/{id}/preview renders
// the public product page (the same ProductView the catalog serves) as
// HTML, for the owner tenant, platform staff and experts assigned to one of
// its applications. The page opens in a new tab, where no Authorization
// header can be set, so ?token= is accepted too.

func registerProductPreview(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/smedx/products/{id}/preview", handleProductPreview)
		return se.Next()
	})
}

var (
	previewOnce sync.Once
	previewTmpl *template.Template
	previewErr  error
)

var previewFuncs = template.FuncMap{
	"yuan": func(fen int64) string { return yuanText(fen) },
	"wan":  func(v float64) string { return fmt.Sprintf("%.2f", v) },
	"stars": func(avg float64) string {
		n := int(avg + 0.5)
		return strings.Repeat("★", n) + strings.Repeat("☆", 5-n)
	},
	"statusLabel": workflow.ProductStatusLabel,
	"paragraphs": func(s string) []string {
		out := []string{}
		for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	},
	"pct": func(n, total int) int {
		if total == 0 {
			return 0
		}
		return n * 100 / total
	},
	"seq": func() []string { return []string{"5", "4", "3", "2", "1"} },
	"add": func(a, b int) int { return a + b },
}

func previewTemplate() (*template.Template, error) {
	previewOnce.Do(func() {
		previewTmpl, previewErr = template.New("product_preview.html").Funcs(previewFuncs).
			ParseFS(templates.FS, "pages/product_preview.html")
	})
	return previewTmpl, previewErr
}

// previewViewer resolves the viewer from the Authorization header or the
// token query parameter.
func previewViewer(e *core.RequestEvent) *core.Record {
	if e.Auth != nil {
		return e.Auth
	}
	token := strings.TrimPrefix(strings.TrimSpace(e.Request.URL.Query().Get("token")), "Bearer ")
	if token == "" {
		return nil
	}
	rec, err := e.App.FindAuthRecordByToken(token, core.TokenTypeAuth)
	if err != nil {
		return nil
	}
	return rec
}

// canPreview: superusers, operators, the owner tenant's users; the
// department and experts only while an application of the product waits
// at their stage (the expert assigned to it) — issue 12, finding 8. A
// listed product's page is public anyway.
func canPreview(app core.App, viewer, product *core.Record) bool {
	if viewer == nil {
		return false
	}
	if viewer.IsSuperuser() {
		return true
	}
	if viewer.Collection().Name != "users" {
		return false
	}
	if platform.HasRole(viewer, platform.RoleOperator) || product.GetString("status") == "listed" {
		return true
	}
	if ent := viewer.GetString("enterprise"); ent != "" && ent == product.GetString("enterprise") {
		return true
	}
	var n int
	switch {
	case platform.HasRole(viewer, platform.RoleDepartment):
		_ = app.DB().NewQuery(`SELECT count(*) FROM {{applications}} WHERE [[product]] = {:p} AND [[status]] = 'pending' AND [[stage]] = 'department'`).
			Bind(dbx.Params{"p": product.Id}).Row(&n)
	case viewer.GetBool("is_expert"):
		_ = app.DB().NewQuery(`SELECT count(*) FROM {{applications}} a, json_each(CASE WHEN json_valid(a.[[experts]]) THEN a.[[experts]] ELSE '[]' END) x
			WHERE a.[[product]] = {:p} AND a.[[status]] = 'pending' AND a.[[stage]] = 'expert' AND x.value = {:u}`).
			Bind(dbx.Params{"p": product.Id, "u": viewer.Id}).Row(&n)
	}
	return n > 0
}

func handleProductPreview(e *core.RequestEvent) error {
	viewer := previewViewer(e)
	if viewer == nil {
		return platform.Error(http.StatusUnauthorized, "请先登录后再预览商品")
	}
	product, err := e.App.FindRecordById("products", e.Request.PathValue("id"))
	if err != nil {
		return platform.Error(http.StatusNotFound, "商品不存在")
	}
	if !canPreview(e.App, viewer, product) {
		return platform.Error(http.StatusForbidden, "只有商品所属企业、平台审核人员和评审专家可以预览该商品")
	}
	view, err := buildProductView(e.App, product)
	if err != nil {
		return err
	}
	html, err := renderProductPreview(view)
	if err != nil {
		return err
	}
	// The page carries a token in its URL: keep it out of caches and referers.
	e.Response.Header().Set("Cache-Control", "no-store")
	e.Response.Header().Set("Referrer-Policy", "no-referrer")
	return e.HTML(http.StatusOK, html)
}

// renderProductPreview renders view with templates/pages/product_preview.html.
func renderProductPreview(view *ProductView) (string, error) {
	t, err := previewTemplate()
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, view); err != nil {
		return "", err
	}
	return buf.String(), nil
}
