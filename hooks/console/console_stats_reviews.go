package console

import (
	"math"
	"net/url"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/workflow"
)

// reviews: the throughput of 认证审核 and 商品发布 (applications submitted,
// approved and rejected per period) and the time each stage takes, in
// working days (console_workdays.go).
//
// A stage starts when the application reaches it and ends with its
// decision: 运营初审 from the submission (applications.created) to the
// operator's decision; 专家评审 from that decision to the last expert
// decision (all must approve; a rejection ends it); 工信厅终审 from there
// to the department's decision. A stage still open, or ended by the
// applicant's 撤销, has no duration; open stages are counted as pending,
// with those waiting more than 3 working days.

// stageEnds are, per application, the time of the last decision of each
// stage (from review_records).
const stageEnds = `
	op AS (SELECT application AS app, MAX(created) AS t FROM review_records WHERE stage = 'operator' GROUP BY application),
	ex AS (SELECT application AS app, MAX(created) AS t FROM review_records WHERE stage = 'expert' GROUP BY application),
	dp AS (SELECT application AS app, MAX(created) AS t FROM review_records WHERE stage = 'department' GROUP BY application)`

// stageSpans are the completed stages: (stage, type, t0, t1).
const stageSpans = `WITH ` + stageEnds + `,
	spans AS (
		SELECT 'operator' AS stage, a.type AS type, a.created AS t0, op.t AS t1 FROM applications a JOIN op ON op.app = a.id
		UNION ALL
		SELECT 'expert', a.type, op.t, ex.t FROM applications a JOIN op ON op.app = a.id JOIN ex ON ex.app = a.id
			WHERE a.stage != 'expert' OR a.status = 'rejected'
		UNION ALL
		SELECT 'department', a.type, ex.t, dp.t FROM applications a JOIN ex ON ex.app = a.id JOIN dp ON dp.app = a.id
	)`

// stageStat is the time of one stage.
type stageStat struct {
	Stage        string   `db:"stage" json:"stage"`
	Label        string   `db:"-" json:"label"`
	Decided      int      `db:"n" json:"decided"`
	AvgDays      float64  `db:"avg_days" json:"avg_days"`
	MedianDays   *float64 `db:"-" json:"median_days"`
	P90Days      *float64 `db:"-" json:"p90_days"`
	OverdueDone  int      `db:"overdue" json:"overdue_decided"`
	Pending      int      `db:"-" json:"pending"`
	OverdueOpen  int      `db:"-" json:"overdue_pending"`
	OldestOpenWD float64  `db:"-" json:"oldest_pending_days"`
}

// pendingStage is an open stage's queue.
type pendingStage struct {
	Stage   string  `db:"stage"`
	Count   int     `db:"n"`
	Overdue int     `db:"overdue"`
	Oldest  float64 `db:"oldest"`
}

var reviewStages = []string{"operator", "expert", "department"}

func reviewsPanel(app core.App, q url.Values, now time.Time) (map[string]any, error) {
	w, err := parseWindow(q, now)
	if err != nil {
		return nil, err
	}
	typ, err := param(q, "type", "certification", "product_publish")
	if err != nil {
		return nil, err
	}
	params := windowParams(w)
	typeCond := ""
	if typ != "" {
		typeCond = " AND type = {:type}"
		params["type"] = typ
	}

	var rows []periodValue
	err = app.DB().NewQuery(`
		SELECT ` + periodSQL(w.Gran, "created") + ` AS period, 'submitted' AS k, COUNT(*) AS v
			FROM applications WHERE created >= {:from} AND created < {:to}` + typeCond + ` GROUP BY 1
		UNION ALL
		SELECT ` + periodSQL(w.Gran, "decided_at") + `, status, COUNT(*)
			FROM applications WHERE status IN ('approved', 'rejected') AND decided_at >= {:from} AND decided_at < {:to}` + typeCond + ` GROUP BY 1, 2`).
		Bind(params).All(&rows)
	if err != nil {
		return nil, err
	}
	series := seriesOf(w, []string{"submitted", "approved", "rejected"}, rows)

	stages, err := stageTimes(app, params, typeCond)
	if err != nil {
		return nil, err
	}
	open, err := pendingStages(app, typ, now)
	if err != nil {
		return nil, err
	}
	for i := range stages {
		for _, p := range open {
			if p.Stage == stages[i].Stage {
				stages[i].Pending, stages[i].OverdueOpen, stages[i].OldestOpenWD = p.Count, p.Overdue, round1(p.Oldest)
			}
		}
	}
	return map[string]any{"window": w.Describe(), "type": typ, "series": series, "stages": stages,
		"overdue_days": OverdueWorkingDays}, nil
}

// stageTimes computes, per stage, the stages decided in the window: their
// count, mean, median and p90 in working days, and how many took longer
// than OverdueWorkingDays. The percentiles are picked by rank (ORDER BY
// … LIMIT 1 OFFSET rank-1), so no list of durations leaves the database.
func stageTimes(app core.App, params dbx.Params, typeCond string) ([]stageStat, error) {
	dur := "(" + workClockSQL("t1") + " - " + workClockSQL("t0") + ")"
	durations := stageSpans + ` SELECT stage, ` + dur + ` AS d FROM spans
		WHERE t1 >= {:from} AND t1 < {:to}` + typeCond
	var found []stageStat
	p := dbx.Params{"limit_days": OverdueWorkingDays}
	for k, v := range params {
		p[k] = v
	}
	err := app.DB().NewQuery(`SELECT stage, COUNT(*) AS n, AVG(d) AS avg_days, SUM(d > {:limit_days}) AS overdue
		FROM (` + durations + `) GROUP BY stage`).Bind(p).All(&found)
	if err != nil {
		return nil, err
	}
	out := make([]stageStat, 0, len(reviewStages))
	for _, s := range reviewStages {
		st := stageStat{Stage: s}
		for _, f := range found {
			if f.Stage == s {
				st = f
			}
		}
		st.Label = workflow.StageLabel(s)
		st.AvgDays = round1(st.AvgDays)
		for _, pick := range []struct {
			p   float64
			dst **float64
		}{{0.5, &st.MedianDays}, {0.9, &st.P90Days}} {
			rank := nearestRank(pick.p, st.Decided)
			if rank == 0 {
				continue
			}
			var v float64
			pp := dbx.Params{"stage": s, "offset": rank - 1}
			for k, val := range params {
				pp[k] = val
			}
			if err := app.DB().NewQuery(`SELECT d FROM (` + durations + `) WHERE stage = {:stage} ORDER BY d LIMIT 1 OFFSET {:offset}`).
				Bind(pp).Row(&v); err != nil {
				return nil, err
			}
			v = round1(v)
			*pick.dst = &v
		}
		out = append(out, st)
	}
	return out, nil
}

// pendingStages counts the applications waiting at each stage now, with
// those waiting more than OverdueWorkingDays and the longest wait.
func pendingStages(app core.App, typ string, now time.Time) ([]pendingStage, error) {
	params := dbx.Params{"now": now.UTC().Format(dbTimeLayout), "limit_days": OverdueWorkingDays}
	typeCond := ""
	if typ != "" {
		typeCond = " AND a.type = {:type}"
		params["type"] = typ
	}
	wait := "(" + workClockSQL("{:now}") + " - " + workClockSQL("t0") + ")"
	var out []pendingStage
	err := app.DB().NewQuery(`WITH ` + stageEnds + `,
		waiting AS (SELECT a.stage AS stage,
				CASE a.stage WHEN 'operator' THEN a.created WHEN 'expert' THEN op.t ELSE ex.t END AS t0
			FROM applications a LEFT JOIN op ON op.app = a.id LEFT JOIN ex ON ex.app = a.id
			WHERE a.status = 'pending'` + typeCond + `)
		SELECT stage, COUNT(*) AS n, COALESCE(SUM(` + wait + ` > {:limit_days}), 0) AS overdue, COALESCE(MAX(` + wait + `), 0) AS oldest
		FROM waiting WHERE t0 IS NOT NULL GROUP BY stage`).Bind(params).All(&out)
	return out, err
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
