package console

import (
	"net/http"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/platform"
	"smedx/hooks/workflow"
)

// 服务券: the batches with what each has issued, what was spent, what is
// used up or expired (operators and the department, read-only), and the
// vouchers themselves (operators).
//
//	GET /api/smedx/console/voucher-batches?activity=&mode=&q=&page=&perPage=&sort=
//	GET /api/smedx/console/vouchers?activity=&batch=&status=&q=&from=&to=&page=&perPage=&sort=
//
// Spent ("used") is what the ledger says was spent on orders net of the
// refunds of cancelled orders: -sum(delta_fen) of the checkout and
// cancel_refund rows. An expired voucher keeps its balance (vouchers.go):
// that balance is the value that expired unspent.

// spentByVoucher is the net spending of each voucher, as a joinable table.
const spentByVoucher = `(SELECT voucher, -SUM(delta_fen) AS spent FROM voucher_ledger
	WHERE reason IN ('checkout', 'cancel_refund') GROUP BY voucher)`

// voucherFigures are the sums over a set of vouchers v joined with s
// (spentByVoucher); the column names are those of batchRow.
const voucherFigures = `COUNT(v.id) AS issued_count, COALESCE(SUM(v.face_value_fen), 0) AS issued_fen,
	COALESCE(SUM(s.spent), 0) AS used_fen,
	COALESCE(SUM(v.status = 'used_up'), 0) AS used_up_count,
	COALESCE(SUM(v.status = 'expired'), 0) AS expired_count,
	COALESCE(SUM(CASE WHEN v.status = 'expired' THEN v.balance_fen ELSE 0 END), 0) AS expired_fen,
	COALESCE(SUM(v.status = 'active'), 0) AS active_count,
	COALESCE(SUM(CASE WHEN v.status = 'active' THEN v.balance_fen ELSE 0 END), 0) AS active_fen,
	COALESCE(SUM(v.status = 'void'), 0) AS void_count`

// figures are the voucherFigures columns.
type figures struct {
	IssuedCount  int `db:"issued_count" json:"issued_count"`
	IssuedFen    int `db:"issued_fen" json:"issued_fen"`
	UsedFen      int `db:"used_fen" json:"used_fen"`
	UsedUpCount  int `db:"used_up_count" json:"used_up_count"`
	ExpiredCount int `db:"expired_count" json:"expired_count"`
	ExpiredFen   int `db:"expired_fen" json:"expired_fen"`
	ActiveCount  int `db:"active_count" json:"active_count"`
	ActiveFen    int `db:"active_fen" json:"active_fen"`
	VoidCount    int `db:"void_count" json:"void_count"`
}

type batchRow struct {
	ID           string `db:"id" json:"id"`
	Name         string `db:"name" json:"name"`
	Activity     string `db:"activity" json:"activity"`
	ActivityName string `db:"activity_name" json:"activity_name"`
	Mode         string `db:"mode" json:"mode"`
	ModeLabel    string `db:"-" json:"mode_label"`
	FaceValueFen int    `db:"face_value_fen" json:"face_value_fen"`
	Quantity     int    `db:"quantity" json:"quantity"`
	Remaining    int    `db:"remaining" json:"remaining"`
	ValidFrom    string `db:"valid_from" json:"valid_from"`
	ValidTo      string `db:"valid_to" json:"valid_to"`
	ValidDays    int    `db:"valid_days" json:"valid_days"`
	Created      string `db:"created" json:"created"`
	figures
}

// batchFrom is every batch with its figures (batches without vouchers
// have zeros).
const batchFrom = `voucher_batches vb
	LEFT JOIN voucher_activities va ON va.id = vb.activity
	LEFT JOIN (SELECT v.batch, ` + voucherFigures + ` FROM vouchers v LEFT JOIN ` + spentByVoucher + ` s ON s.voucher = v.id
		GROUP BY v.batch) f ON f.batch = vb.id`

const batchCols = `vb.id, vb.name, vb.activity, COALESCE(va.name, '') AS activity_name, vb.mode, vb.face_value_fen,
	vb.quantity, vb.remaining, vb.valid_from, vb.valid_to, vb.valid_days, vb.created,
	COALESCE(f.issued_count, 0) AS issued_count, COALESCE(f.issued_fen, 0) AS issued_fen, COALESCE(f.used_fen, 0) AS used_fen,
	COALESCE(f.used_up_count, 0) AS used_up_count, COALESCE(f.expired_count, 0) AS expired_count,
	COALESCE(f.expired_fen, 0) AS expired_fen, COALESCE(f.active_count, 0) AS active_count,
	COALESCE(f.active_fen, 0) AS active_fen, COALESCE(f.void_count, 0) AS void_count`

var batchSorts = map[string]string{
	"created": "vb.created", "name": "vb.name", "face_value_fen": "vb.face_value_fen", "quantity": "vb.quantity",
	"issued_count": "issued_count", "issued_fen": "issued_fen", "used_fen": "used_fen", "expired_fen": "expired_fen",
}

func listBatches(e *core.RequestEvent) error {
	if _, err := staffOnly(e, readers...); err != nil {
		return err
	}
	q := e.Request.URL.Query()
	w := newConds()
	if v := q.Get("activity"); v != "" {
		w.add("vb.activity = {:activity}", dbx.Params{"activity": v})
	}
	if v := q.Get("mode"); v != "" {
		w.add("vb.mode = {:mode}", dbx.Params{"mode": v})
	}
	if v := strings.TrimSpace(q.Get("q")); v != "" {
		w.add(`vb.name LIKE {:q} ESCAPE '\' OR va.name LIKE {:q} ESCAPE '\'`, dbx.Params{"q": likeParam(v)})
	}
	order, err := orderBy(q, batchSorts, "-created")
	if err != nil {
		return err
	}
	res, err := pageList[batchRow](e.App, q, batchFrom, batchCols, w, order, "vb.id")
	if err != nil {
		return err
	}
	rows := res.Items.([]batchRow)
	for i := range rows {
		rows[i].ModeLabel = fromMap(workflow.BatchModeNames)(rows[i].Mode)
	}
	return e.JSON(http.StatusOK, res)
}

type voucherRow struct {
	ID             string `db:"id" json:"id"`
	Name           string `db:"name" json:"name"`
	Batch          string `db:"batch" json:"batch"`
	BatchName      string `db:"batch_name" json:"batch_name"`
	ActivityName   string `db:"activity_name" json:"activity_name"`
	Enterprise     string `db:"enterprise" json:"enterprise"`
	EnterpriseName string `db:"enterprise_name" json:"enterprise_name"`
	HolderName     string `db:"holder_name" json:"holder_name"`
	FaceValueFen   int    `db:"face_value_fen" json:"face_value_fen"`
	BalanceFen     int    `db:"balance_fen" json:"balance_fen"`
	UsedFen        int    `db:"used_fen" json:"used_fen"`
	Status         string `db:"status" json:"status"`
	StatusLabel    string `db:"-" json:"status_label"`
	ValidFrom      string `db:"valid_from" json:"valid_from"`
	ValidTo        string `db:"valid_to" json:"valid_to"`
	Created        string `db:"created" json:"created"`
}

const voucherFrom = `vouchers v
	LEFT JOIN voucher_batches vb ON vb.id = v.batch
	LEFT JOIN voucher_activities va ON va.id = vb.activity
	LEFT JOIN enterprises en ON en.id = v.enterprise
	LEFT JOIN users h ON h.id = v.holder
	LEFT JOIN ` + spentByVoucher + ` s ON s.voucher = v.id`

const voucherCols = `v.id, v.name, v.batch, COALESCE(vb.name, '') AS batch_name, COALESCE(va.name, '') AS activity_name,
	v.enterprise, COALESCE(en.name, '') AS enterprise_name, COALESCE(NULLIF(h.name, ''), h.username, '') AS holder_name,
	v.face_value_fen, v.balance_fen, COALESCE(s.spent, 0) AS used_fen, v.status, v.valid_from, v.valid_to, v.created`

var voucherSorts = map[string]string{
	"created": "v.created", "valid_to": "v.valid_to", "face_value_fen": "v.face_value_fen",
	"balance_fen": "v.balance_fen", "used_fen": "used_fen", "status": "v.status",
}

func listVouchers(e *core.RequestEvent) error {
	if _, err := staffOnly(e, platform.RoleOperator); err != nil {
		return err
	}
	q := e.Request.URL.Query()
	w := newConds()
	if v := q.Get("activity"); v != "" {
		w.add("vb.activity = {:activity}", dbx.Params{"activity": v})
	}
	if v := q.Get("batch"); v != "" {
		w.add("v.batch = {:batch}", dbx.Params{"batch": v})
	}
	if v := q.Get("status"); v != "" {
		w.add("v.status = {:status}", dbx.Params{"status": v})
	}
	if v := strings.TrimSpace(q.Get("q")); v != "" {
		w.add(`en.name LIKE {:q} ESCAPE '\' OR v.name LIKE {:q} ESCAPE '\' OR h.name LIKE {:q} ESCAPE '\' OR h.username LIKE {:q} ESCAPE '\'`,
			dbx.Params{"q": likeParam(v)})
	}
	from, to, err := dateRange(q)
	if err != nil {
		return err
	}
	if from != "" {
		w.add("v.created >= {:from}", dbx.Params{"from": from})
	}
	if to != "" {
		w.add("v.created < {:to}", dbx.Params{"to": to})
	}
	order, err := orderBy(q, voucherSorts, "-created")
	if err != nil {
		return err
	}
	res, err := pageList[voucherRow](e.App, q, voucherFrom, voucherCols, w, order, "v.id")
	if err != nil {
		return err
	}
	rows := res.Items.([]voucherRow)
	for i := range rows {
		rows[i].StatusLabel = fromMap(workflow.VoucherStatusNames)(rows[i].Status)
	}
	return e.JSON(http.StatusOK, res)
}
