package exports

import "smedx/hooks/workflow"

// The review datasets: applications with their decisions, and products.

func init() {
	register(&Dataset{
		Name: "applications", Title: "审批申请", Collection: "applications",
		From: "{{applications}} a",
		Joins: []Join{
			{"{{enterprises}} e", "[[e.id]] = [[a.enterprise]]"},
		},
		Columns: []Column{
			{Header: "申请时间", Field: "created", Value: "[[a.created]]", Format: Time, Width: 20},
			{Header: "申请类型", Field: "type", Value: "[[a.type]]", Labels: workflow.TypeLabel, Width: 10},
			{Header: "申请名称", Field: "title", Value: "[[a.title]]", Width: 30},
			{Header: "申请企业", Field: "enterprise", Value: "[[e.name]]", Filter: "[[a.enterprise]]", Width: 28},
			{Header: "申请人", Field: "applicant_name", Value: "[[a.applicant_name]]", Width: 14},
			// The state of an application is its status and stage together
			// ("待专家评审", "工信厅终审驳回").
			{Header: "审批状态", Field: "status", Value: "([[a.status]] || '/' || [[a.stage]])", Filter: "[[a.status]]", Labels: stateLabels(workflow.MachineProductApp), Width: 14},
			{Header: "当前环节", Field: "stage", Value: "[[a.stage]]", Labels: workflow.StageLabel, Width: 10},
			{Header: "运营初审", Value: decisionsSQL("operator"), Labels: decisionsText, Width: 30},
			{Header: "专家评审", Value: decisionsSQL("expert"), Labels: decisionsText, Width: 40},
			{Header: "工信厅终审", Value: decisionsSQL("department"), Labels: decisionsText, Width: 30},
			{Header: "审批意见", Field: "comment", Value: "[[a.comment]]", Width: 30},
			{Header: "办结时间", Field: "decided_at", Value: "[[a.decided_at]]", Format: Time, Width: 20},
		},
		Extra: map[string]string{
			"id":              "[[a.id]]",
			"applicant":       "[[a.applicant]]",
			"product":         "[[a.product]]",
			"enterprise.name": "[[e.name]]",
			"updated":         "[[a.updated]]",
		},
		Order: "[[a.created]] DESC", Key: "[[a.id]]",
	})

	register(&Dataset{
		Name: "products", Title: "商品", Collection: "products",
		From: "{{products}} p",
		Joins: []Join{
			{"{{enterprises}} e", "[[e.id]] = [[p.enterprise]]"},
		},
		Columns: []Column{
			{Header: "商品名称", Field: "name", Value: "[[p.name]]", Width: 28},
			{Header: "服务商", Field: "enterprise", Value: "[[e.name]]", Filter: "[[p.enterprise]]", Width: 28},
			{Header: "发布类型", Field: "type", Value: dictLabel("product_type", "[[p.type]]"), Filter: "[[p.type]]", Width: 12},
			{Header: "方案分类", Value: dictLabels("solution_category", "[[p.categories]]"), Width: 24},
			{Header: "适用行业", Value: dictLabels("industry", "[[p.industries]]"), Width: 24},
			{Header: "状态", Field: "status", Value: "[[p.status]]", Labels: workflow.ProductStatusLabel, Width: 10},
			{Header: "最低价（元）", Field: "price_min_fen", Value: "[[p.price_min_fen]]", Format: Money, Width: 12},
			{Header: "最高价（元）", Field: "price_max_fen", Value: "[[p.price_max_fen]]", Format: Money, Width: 12},
			{Header: "销量", Field: "sales_count", Value: "[[p.sales_count]]", Format: Int, Width: 8},
			{Header: "评分", Field: "rating_avg", Value: "[[p.rating_avg]]", Format: Decimal, Width: 8},
			{Header: "评价数", Field: "rating_count", Value: "[[p.rating_count]]", Format: Int, Width: 8},
			{Header: "联系人", Field: "contact_name", Value: "[[p.contact_name]]", Width: 12},
			{Header: "联系电话", Field: "contact_phone", Value: "[[p.contact_phone]]", Width: 14},
			{Header: "创建时间", Field: "created", Value: "[[p.created]]", Format: Time, Width: 20},
			{Header: "上架时间", Field: "listed_at", Value: "[[p.listed_at]]", Format: Time, Width: 20},
		},
		Extra: map[string]string{
			"id":              "[[p.id]]",
			"provider_name":   "[[p.provider_name]]",
			"enterprise.name": "[[e.name]]",
			"updated":         "[[p.updated]]",
			// JSON lists of dict codes: "categories ~ 'code'" finds a member.
			"categories": "[[p.categories]]",
			"industries": "[[p.industries]]",
		},
		Order: "[[p.created]] DESC", Key: "[[p.id]]",
	})
}
