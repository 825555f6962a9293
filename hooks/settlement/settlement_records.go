package settlement

import (
	"fmt"

	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
)

// The records API of settlements (JS SDK, dashboard). The collection's
// rules let the provider's admin update or delete a draft or rejected
// request of his own; creation and every move happen in the routes. An
// update may change only the provider's attachments and note (allow-list
// below) — the status, the orders, the amount and the payout are the
// routes' — and is audited in its transaction, like a delete.

// uploadFields are what the records API may change.
var uploadFields = map[string]bool{"invoice": true, "invoice_no": true, "documents": true, "remark": true}

func registerRecordsAPI(app core.App) {
	app.OnRecordUpdateRequest(colSettlements).BindFunc(func(e *core.RecordRequestEvent) error {
		if !e.HasSuperuserAuth() {
			orig := e.Record.Original()
			for _, f := range e.Collection.Fields {
				name := f.GetName()
				if uploadFields[name] || name == "updated" {
					continue
				}
				if fmt.Sprint(orig.Get(name)) != fmt.Sprint(e.Record.Get(name)) {
					return platform.FieldError(name, "field_locked", "这里只能上传发票、验收材料和填写说明，提交和审核请使用相应的操作")
				}
			}
		}
		return e.App.RunInTransaction(func(tx core.App) error {
			e.App = tx
			if err := e.Next(); err != nil {
				return err
			}
			return platform.AuditRequest(tx, e.RequestEvent, "settlement_update", colSettlements, e.Record.Id, map[string]any{
				"invoice": e.Record.GetString("invoice"), "documents": e.Record.GetStringSlice("documents"),
				"invoice_no": e.Record.GetString("invoice_no"),
			})
		})
	})
	app.OnRecordDeleteRequest(colSettlements).BindFunc(func(e *core.RecordRequestEvent) error {
		return e.App.RunInTransaction(func(tx core.App) error {
			e.App = tx
			if err := e.Next(); err != nil {
				return err
			}
			return platform.AuditRequest(tx, e.RequestEvent, "settlement_delete", colSettlements, e.Record.Id, map[string]any{
				"orders": e.Record.GetStringSlice("orders"), "amount_fen": e.Record.GetInt("amount_fen"),
				"state": stateOf(e.Record),
			})
		})
	})
	// Every serialised settlement (list, view, expand, realtime, the
	// routes' answers) carries its state's label.
	app.OnRecordEnrich(colSettlements).BindFunc(func(e *core.RecordEnrichEvent) error {
		e.Record.WithCustomData(true)
		e.Record.Set("state", stateOf(e.Record))
		e.Record.Set("state_label", stateLabel(e.Record))
		return e.Next()
	})
}

func init() {
	platform.AddFieldMessages(map[string]string{
		"invoice/validation_invalid_mime_type":        "发票只支持 PDF、OFD、XML 或 JPG、PNG 图片",
		"invoice/validation_file_size_limit":          "发票文件不能超过 20MB",
		"documents/validation_invalid_mime_type":      "验收材料只支持 pdf、png、jpg、jpeg、doc、docx、zip、mp4、ppt、pptx、bmp 格式",
		"documents/validation_file_size_limit":        "每个验收材料文件不能超过 100MB",
		"documents/validation_too_many_files":         "验收材料最多上传 10 个文件",
		"invoice_no/validation_max_text_constraint":   "发票号码不能超过 50 个字符",
		"remark/validation_max_text_constraint":       "说明不能超过 500 个字",
		"budget_fen/validation_min_number_constraint": "活动预算不能为负数",
		"budget_fen/validation_only_int_constraint":   "活动预算必须精确到分",
	})
}
