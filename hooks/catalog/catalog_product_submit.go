package catalog

import (
	"fmt"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// validateProductForSubmit checks that product (with its specs and cases)
// is complete enough to enter review: every required field of 表4-1, exactly
// three cases, at least one spec, contact details by contact method. It
// returns validation.Errors wrapped in a 400 naming each field.
//
// The review workflow calls it from products/{id}/submit; the products area
// owns its content.
func ValidateProductForSubmit(app core.App, product *core.Record) error {
	// Whatever the model rules say about the saved row (e.g. a dict option
	// disabled since) counts first.
	errs := productRecordErrs(app, product, true)
	required := []struct{ field, label string }{
		{"type", "发布类型"}, {"name", "方案名称"}, {"related_product", "相关产品名称"},
		{"catalog", "目录"}, {"delivery_cycle", "交付平均周期"}, {"contact_name", "联系人姓名"},
	}
	for _, r := range required {
		if strings.TrimSpace(product.GetString(r.field)) == "" {
			errs.add(r.field, "required", "请填写"+r.label)
		}
	}
	for _, r := range []struct{ field, label string }{
		{"tags", "标签"}, {"categories", "方案分类"}, {"industries", "适用行业"}, {"contact_methods", "联系方式"},
	} {
		if codes, _ := codeList(product, r.field); len(codes) == 0 {
			errs.add(r.field, "required", "请选择"+r.label)
		}
	}
	if product.GetString("cover") == "" {
		errs.add("cover", "required", "请上传展示图")
	}
	// The lowest historical price may be 0 (free trials); the highest not.
	if product.GetInt("hist_price_max_fen") <= 0 {
		errs.add("hist_price_max_fen", "required", "请填写销售历史最高价格")
	}
	if product.GetInt("delivery_man_days") <= 0 {
		errs.add("delivery_man_days", "required", "请填写交付人工数量（人天）")
	}
	if msg := introIncomplete(product.GetString("intro")); msg != "" {
		errs.add("intro", "incomplete", msg)
	}

	var specCount int
	_ = app.DB().Select("count(*)").From("product_specs").Where(dbx.HashExp{"product": product.Id, "retired": false}).Row(&specCount)
	if specCount == 0 {
		errs.add("specs", "required", "请至少添加 1 个商品规格")
	}
	checkCasesComplete(app, product, errs)
	return errs.err()
}

// introIncomplete returns what the intro page still lacks for submission.
func introIncomplete(raw string) string {
	doc, err := parseIntro(raw)
	if err != nil {
		return "介绍页格式不正确"
	}
	switch {
	case doc.Banner == nil || strings.TrimSpace(doc.Banner.Title) == "" || strings.TrimSpace(doc.Banner.Text) == "":
		return "请填写介绍页 Banner 的标题和文字"
	case doc.Details == nil || strings.TrimSpace(doc.Details.Description) == "":
		return "请填写商品详情的商品说明"
	case len(doc.Cases) != casesRequired:
		return fmt.Sprintf("介绍页需要配置 3 个用户案例（当前 %d 个）", len(doc.Cases))
	case doc.Support == nil || strings.TrimSpace(doc.Support.Hours) == "" || strings.TrimSpace(doc.Support.Content) == "":
		return "请填写服务支持的售后服务时间和售后服务内容"
	case strings.TrimSpace(doc.Support.Hotline) == "" && strings.TrimSpace(doc.Support.Email) == "":
		return "请填写服务支持的服务热线或服务邮箱"
	}
	for i, c := range doc.Cases {
		if strings.TrimSpace(c.Text) == "" {
			return fmt.Sprintf("请填写用户案例%d的案例内容", i+1)
		}
	}
	return ""
}

// checkCasesComplete: exactly three cases, numbered 1..3, each with every
// required field of 图4-5 and an intro document.
func checkCasesComplete(app core.App, product *core.Record, errs fieldErrs) {
	cases, err := app.FindRecordsByFilter("product_cases", "product = {:p}", "idx", 0, 0, dbx.Params{"p": product.Id})
	if err != nil {
		errs.add("cases", "read_failed", "读取案例失败")
		return
	}
	if len(cases) != casesRequired {
		errs.add("cases", "count", fmt.Sprintf("需要配置 3 个案例（当前 %d 个）", len(cases)))
		return
	}
	for _, c := range cases {
		n := c.GetInt("idx")
		key := fmt.Sprintf("cases.%d", n)
		switch {
		case strings.TrimSpace(c.GetString("customer")) == "":
			errs.add(key, "required", fmt.Sprintf("案例%d：请填写客户名称", n))
		case c.GetFloat("annual_output_wan") <= 0:
			errs.add(key, "required", fmt.Sprintf("案例%d：请填写客户年产值（万元）", n))
		case c.GetFloat("sales_wan") <= 0:
			errs.add(key, "required", fmt.Sprintf("案例%d：请填写方案销售额度（万元）", n))
		case c.GetInt("delivery_months") <= 0:
			errs.add(key, "required", fmt.Sprintf("案例%d：请填写交付周期（月）", n))
		case c.GetString("document") == "":
			errs.add(key, "required", fmt.Sprintf("案例%d：请上传介绍文档", n))
		}
	}
}
