package uitest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"
)

// TestConsoleExportJourney: the operator exports the orders from 数据导出
// (the file is downloaded by the browser and read back: one row per
// order), opens a paid order whose 历史 shows its voucher spend and its
// confirmed payment, finds the export in the 操作日志, and prints the
// order's 订单确认单 with the amount in Chinese capitals.
func TestConsoleExportJourney(t *testing.T) {
	b := newBrowser(t)
	dir := t.TempDir()
	b.allowDownloads(dir)

	b.login("demo_operator", password)
	b.open("/workbench/exports")
	b.waitVisible(`[data-test="export-orders"] [data-test="export-run"]`)
	b.shot("export-1-datasets")
	b.click(`[data-test="export-orders"] [data-test="export-run"]`, "导出")
	b.waitText(`[data-test="export-orders"] [data-test="export-progress"]`, "已导出")
	b.shot("export-2-exported")

	book := waitDownload(t, dir)
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatalf("the downloaded file is not a workbook: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	orders, err := shared.app.FindAllRecords("orders")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(orders)+1 || len(orders) == 0 || rows[0][0] != "订单编号" {
		t.Fatalf("workbook has %d rows (header %v), the platform %d orders", len(rows), rows[0], len(orders))
	}
	inBook := map[string]bool{}
	for _, r := range rows[1:] {
		inBook[r[0]] = true
	}
	for _, o := range orders {
		if !inBook[o.GetString("order_no")] {
			t.Errorf("order %s missing from the export", o.GetString("order_no"))
		}
	}
	b.waitText(`[data-test="export-orders"] [data-test="export-progress"]`, "已导出 "+strconv.Itoa(len(orders))+" 行")

	// A paid order that a voucher paid part of: its 历史 shows both.
	order := record(t, "orders", "status = 'paid' && deduction_fen > 0 && payable_fen > 0", nil)
	b.open("/workbench/orders/" + order.Id)
	b.waitText(`[data-test="history-tab"]`, "服务券下单抵扣")
	b.waitText(`[data-test="history-tab"]`, "确认到账")
	b.waitText(`[data-test="history-tab"]`, "提交支付")
	spend := b.eval(`[...document.querySelectorAll('[data-test="history-item"]')].find(e => e.innerText.includes('服务券下单抵扣')).querySelector('[data-test="history-amount"]').innerText`)
	if want := "-¥" + yuanGrouped(order.GetInt("deduction_fen")); spend != want {
		t.Errorf("voucher spend shown as %q, want %q", spend, want)
	}
	b.shot("export-3-order-history")

	b.open("/workbench/audit")
	b.waitText(`[data-test="audit-table"]`, "导出数据")
	b.shot("export-4-operation-log")

	token := b.eval(`JSON.parse(localStorage.getItem('pocketbase_auth')).token`)
	b.do("open the print page", chromedp.Navigate(b.base+"/api/smedx/print/orders/"+order.Id+"?token="+token))
	b.waitText("#order-confirmation", "订单确认单")
	b.waitText("#payable-caps", "人民币")
	b.shot("export-5-order-confirmation")

	// A tenant admin exports his own orders from 订单管理, with the list's filter.
	tb := newBrowser(t)
	tdir := t.TempDir()
	tb.allowDownloads(tdir)
	tb.login("demo_provider", password)
	tb.open("/workbench/orders")
	tb.waitVisible(`[data-test="orders-table"] .el-table__row`)
	tb.click(`[data-test="export-run"]`, "导出")
	tb.waitText(`[data-test="export-progress"]`, "已导出")
	tb.shot("export-6-provider-orders")
	own, err := excelize.OpenFile(waitDownload(t, tdir))
	if err != nil {
		t.Fatal(err)
	}
	defer own.Close()
	ownRows, _ := own.GetRows(own.GetSheetName(0))
	provider := record(t, "users", "username = 'demo_provider'", nil)
	sold, _ := shared.app.FindRecordsByFilter("orders", "provider_enterprise = {:e}", "", 0, 0, map[string]any{"e": provider.GetString("enterprise")})
	if len(ownRows) != len(sold)+1 || len(sold) == 0 || len(sold) == len(orders) {
		t.Errorf("the provider's export has %d rows; it sold %d of %d orders", len(ownRows)-1, len(sold), len(orders))
	}
}

// allowDownloads saves this tab's browser context's downloads into dir.
func (b *B) allowDownloads(dir string) {
	b.t.Helper()
	ctxID := chromedp.FromContext(b.ctx).BrowserContextID
	b.do("allow downloads", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		enabled := true
		_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, BrowserContextID: ctxID,
			DownloadPath: dir, EventsEnabled: &enabled,
		})
		return err
	}))
}

// waitDownload waits until dir holds a finished download and returns it.
func waitDownload(t *testing.T, dir string) string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			info, err := e.Info()
			if err != nil || strings.HasSuffix(e.Name(), ".crdownload") || info.Size() == 0 {
				continue
			}
			p := filepath.Join(dir, e.Name())
			if f, err := excelize.OpenFile(p); err == nil { // complete: the zip's directory is there
				f.Close()
				return p
			}
		}
		time.Sleep(100 * time.Millisecond) // polling the file system for the condition
	}
	t.Fatalf("no finished download in %s", dir)
	return ""
}

// yuanGrouped is fen as the UI shows 元: 300000 → 3,000.00.
func yuanGrouped(fen int) string {
	digits := strconv.Itoa(fen / 100)
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	return fmt.Sprintf("%s.%02d", b.String(), fen%100)
}
