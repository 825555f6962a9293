package exports

import "smedx/hooks/workflow"

// The tenant datasets (enterprises of both kinds, providers with their
// business figures) and the audit log.

// tenantColumns are the columns every tenant export starts with.
func tenantColumns() []Column {
	return []Column{
		{Header: "企业名称", Field: "name", Value: "[[e.name]]", Width: 30},
		{Header: "统一社会信用代码", Field: "credit_code", Value: "[[e.credit_code]]", Width: 22},
		{Header: "认证状态", Field: "cert_status", Value: "[[e.cert_status]]", Labels: stateLabels(workflow.MachineCert), Width: 10},
		{Header: "地市", Value: dictLabel("region", jsonText("[[e.profile]]", "$.region[1]")), Width: 10},
		{Header: "区县", Value: dictLabel("region", jsonText("[[e.profile]]", "$.region[2]")), Width: 10},
		{Header: "所属行业", Value: dictLabel("industry", jsonText("[[e.profile]]", "$.industry_1")), Width: 24},
		{Header: "联系人", Value: jsonText("[[e.profile]]", "$.contact"), Width: 12},
		{Header: "联系电话", Value: jsonText("[[e.profile]]", "$.contact_phone"), Width: 14},
		{Header: "管理员账号", Value: "COALESCE((SELECT [[ua.username]] FROM {{users}} ua WHERE [[ua.enterprise]] = [[e.id]] AND [[ua.tenant_admin]] = 1 ORDER BY [[ua.created]] LIMIT 1), '')", Width: 16},
		{Header: "注册时间", Field: "created", Value: "[[e.created]]", Format: Time, Width: 20},
		{Header: "提交认证时间", Field: "submitted_at", Value: "[[e.submitted_at]]", Format: Time, Width: 20},
		{Header: "认证通过时间", Field: "certified_at", Value: "[[e.certified_at]]", Format: Time, Width: 20},
		{Header: "审核意见", Field: "cert_comment", Value: "[[e.cert_comment]]", Width: 24},
	}
}

var tenantExtra = map[string]string{"id": "[[e.id]]", "updated": "[[e.updated]]"}

// tenantJSON lets filters reach into the questionnaire the way the records
// API does: profile.region.1 = "370100", profile.industry_1 = "C34".
var tenantJSON = map[string]string{"profile": "[[e.profile]]"}

func init() {
	register(&Dataset{
		Name: "enterprises", Title: "企业", Collection: "enterprises",
		From: "{{enterprises}} e",
		Columns: append([]Column{
			{Header: "企业类型", Field: "kind", Value: "[[e.kind]]", Labels: labels(workflow.KindNames), Width: 10},
		}, tenantColumns()...),
		Extra: tenantExtra, JSON: tenantJSON,
		Order: "[[e.created]] DESC", Key: "[[e.id]]",
	})

	// Providers with what they sell: listings, orders, turnover and the
	// part of it paid by vouchers (cancelled orders excluded).
	live := "[[oo.provider_enterprise]] = [[e.id]] AND [[oo.status]] != 'cancelled'"
	register(&Dataset{
		Name: "providers", Title: "服务商", Collection: "enterprises",
		From:  "{{enterprises}} e",
		Where: "[[e.kind]] = 'provider'",
		Columns: append(tenantColumns(),
			Column{Header: "上架商品数", Value: "(SELECT count(*) FROM {{products}} pp WHERE [[pp.enterprise]] = [[e.id]] AND [[pp.status]] = 'listed')", Format: Int, Width: 10},
			Column{Header: "商品总数", Value: "(SELECT count(*) FROM {{products}} pp WHERE [[pp.enterprise]] = [[e.id]])", Format: Int, Width: 10},
			Column{Header: "订单数", Value: "(SELECT count(*) FROM {{orders}} oo WHERE " + live + ")", Format: Int, Width: 10},
			Column{Header: "成交金额（元）", Value: "(SELECT COALESCE(sum([[oo.total_fen]]), 0) FROM {{orders}} oo WHERE " + live + ")", Format: Money, Width: 14},
			Column{Header: "服务券抵扣（元）", Value: "(SELECT COALESCE(sum([[oo.deduction_fen]]), 0) FROM {{orders}} oo WHERE " + live + ")", Format: Money, Width: 16},
		),
		Extra: tenantExtra, JSON: tenantJSON,
		Order: "[[e.created]] DESC", Key: "[[e.id]]",
	})

	register(&Dataset{
		Name: "audit_logs", Title: "操作日志", Collection: "audit_logs",
		From: "{{audit_logs}} l",
		Joins: []Join{
			{"{{users}} u", "[[u.id]] = [[l.actor]]"},
			{"{{enterprises}} e", "[[e.id]] = [[l.enterprise]]"},
		},
		Columns: []Column{
			{Header: "时间", Field: "created", Value: "[[l.created]]", Format: Time, Width: 20},
			{Header: "操作人", Field: "actor_name", Value: "[[l.actor_name]]", Width: 16},
			{Header: "角色", Field: "actor.role", Value: "COALESCE([[u.role]], '')", Filter: "[[u.role]]", Labels: labels(workflow.RoleNames), Width: 10},
			{Header: "所属企业", Field: "enterprise", Value: "COALESCE([[e.name]], '')", Filter: "[[l.enterprise]]", Width: 28},
			{Header: "操作", Field: "action", Value: "[[l.action]]", Labels: ActionLabel, Width: 16},
			{Header: "对象类型", Field: "target_collection", Value: "[[l.target_collection]]", Labels: CollectionLabel, Width: 10},
			{Header: "对象编号", Field: "target_id", Value: "[[l.target_id]]", Width: 18},
			{Header: "来源IP", Field: "ip", Value: "[[l.ip]]", Width: 16},
			{Header: "结果", Value: resultSQL("l"), Labels: ResultLabel, Width: 8},
			{Header: "详情", Value: "COALESCE([[l.detail]], '')", Labels: detailText, Width: 40},
		},
		Extra: map[string]string{"id": "[[l.id]]", "actor": "[[l.actor]]"},
		JSON:  map[string]string{"detail": "[[l.detail]]"},
		Order: "[[l.created]] DESC", Key: "[[l.id]]",
	})
}
