package exports

import "smedx/hooks/workflow"

// 兑付 settlements (DESIGN §3, second wave): a provider's claim for the
// voucher part of its completed orders. The collection comes with the
// settlement workflow; until it is there (or while it lacks a field named
// here) the dataset is not offered: the route answers 404 and the
// catalogue leaves it out.

func init() {
	register(&Dataset{
		Name: "settlements", Title: "兑付结算", Collection: "settlements",
		Requires: []string{"provider_enterprise", "activity", "orders", "amount_fen", "status", "stage", "payout_ref", "paid_at", "created"},
		From:     "{{settlements}} s",
		Joins: []Join{
			{"{{enterprises}} e", "[[e.id]] = [[s.provider_enterprise]]"},
			{"{{voucher_activities}} act", "[[act.id]] = [[s.activity]]"},
		},
		Columns: []Column{
			{Header: "申请时间", Field: "created", Value: "[[s.created]]", Format: Time, Width: 20},
			{Header: "服务商", Field: "provider_enterprise", Value: "COALESCE([[e.name]], '')", Filter: "[[s.provider_enterprise]]", Width: 28},
			{Header: "服务券活动", Field: "activity", Value: "COALESCE([[act.name]], '')", Filter: "[[s.activity]]", Width: 24},
			{Header: "订单数", Value: "(CASE WHEN json_valid([[s.orders]]) THEN json_array_length([[s.orders]]) ELSE 0 END)", Format: Int, Width: 8},
			{Header: "兑付金额（元）", Field: "amount_fen", Value: "[[s.amount_fen]]", Format: Money, Width: 14},
			// The state is "status/stage", named by the settlement machine as
			// the 兑付 pages name it (待运营审核, 工信厅驳回, ...).
			{Header: "状态", Field: "status", Value: "([[s.status]] || '/' || [[s.stage]])", Filter: "[[s.status]]", Labels: stateLabels(workflow.MachineSettlement), Width: 14},
			{Header: "当前环节", Field: "stage", Value: "[[s.stage]]", Labels: workflow.StageLabel, Width: 10},
			{Header: "付款流水号", Field: "payout_ref", Value: "[[s.payout_ref]]", Width: 20},
			{Header: "兑付时间", Field: "paid_at", Value: "[[s.paid_at]]", Format: Time, Width: 20},
		},
		Extra: map[string]string{
			"id":                       "[[s.id]]",
			"provider_enterprise.name": "[[e.name]]",
			"activity.name":            "[[act.name]]",
		},
		Order: "[[s.created]] DESC", Key: "[[s.id]]",
	})
}
