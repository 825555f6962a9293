// Package exports is how records leave the platform for the people who
// account for them: Excel exports of every list an official reports on
// (GET /api/smedx/exports/{dataset}.xlsx), one record's whole history and
// the operation log (GET /api/smedx/audit), and the printable 订单确认单 and
// 服务券凭证 (GET /api/smedx/print/…).
//
// It only reads. Each dataset declares its columns once (Chinese header,
// SQL source, format); filters use PocketBase's filter syntax over those
// declared fields only, so an export can never reach a column its dataset
// does not show. It imports platform and workflow and nothing else of smedx.
package exports

import (
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/menus"
)

// Register binds the export, audit and print routes.
func Register(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/smedx/exports/{file}", handleExport).Bind(menus.Require(menus.Exports))
		se.Router.GET("/api/smedx/exports", handleExportCatalog).Bind(menus.Require(menus.Exports))
		se.Router.GET("/api/smedx/audit", handleAudit).Bind(menus.Require(menus.Audit))
		se.Router.GET("/api/smedx/print/orders/{id}", handlePrintOrder).Bind(menus.Require(menus.Orders, menus.ConsoleOrders))
		se.Router.GET("/api/smedx/print/vouchers/{id}", handlePrintVoucher).Bind(menus.Require(menus.VoucherQuery, menus.VoucherAdmin, menus.ConsoleVouchers))
		return se.Next()
	})
}
