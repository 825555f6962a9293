package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"smedx/hooks/settlement"
)

// reconcileCommand checks the voucher money of the data dir (--dir, as
// serve): per activity and provider the budget, issued, spent, settled,
// outstanding and expired amounts, and the invariants behind them. It
// exits with status 1 naming the first broken record, so cron or CI can
// alert on it.
func reconcileCommand(app *pocketbase.PocketBase) *cobra.Command {
	return &cobra.Command{
		Use:   "reconcile",
		Short: "资金对账：核对服务券的发放、使用、兑付，发现问题时以状态 1 退出并指出第一条出错的记录",
		RunE: func(cmd *cobra.Command, args []string) error {
			// Like serve: the schema is brought up to date first.
			err := app.RunAllMigrations()
			if err == nil {
				err = runReconcile(app, cmd.OutOrStdout())
			}
			if err != nil {
				// PocketBase ignores a command's error; the exit status
				// is what a cron job or CI sees.
				fmt.Fprintln(cmd.ErrOrStderr(), err)
				_ = app.ResetBootstrapState()
				os.Exit(1)
			}
			return nil
		},
	}
}

// runReconcile prints the report of app and returns an error naming the
// first broken record, if any.
func runReconcile(app core.App, out io.Writer) error {
	rep, err := settlement.Reconcile(app)
	if err != nil {
		return err
	}
	y := settlement.Yuan
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "活动\t预算\t已分配\t已发放\t已使用\t已兑付\t审核中\t待兑付\t已过期\t")
	for _, a := range rep.Activities {
		budget := y(a.BudgetFen)
		if a.BudgetFen == 0 {
			budget = "未设"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", a.Name, budget, y(a.CommittedFen), y(a.IssuedFen),
			y(a.SpentFen), y(a.SettledFen), y(a.InReviewFen), y(a.OutstandingFen), y(a.ExpiredFen))
		for _, p := range a.Providers {
			fmt.Fprintf(tw, "  %s\t\t\t\t%s\t%s\t%s\t%s\t\t\n", p.Name, y(p.SpentFen), y(p.SettledFen), y(p.InReviewFen), y(p.OutstandingFen))
		}
	}
	t := rep.Totals
	fmt.Fprintf(tw, "合计\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", y(t.BudgetFen), y(t.CommittedFen), y(t.IssuedFen),
		y(t.SpentFen), y(t.SettledFen), y(t.InReviewFen), y(t.OutstandingFen), y(t.ExpiredFen))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(out, "（金额单位：元）")
	for _, w := range rep.Warnings {
		fmt.Fprintln(out, "提示：", w)
	}
	if len(rep.Problems) > 0 {
		for _, p := range rep.Problems {
			fmt.Fprintln(out, "问题：", p)
		}
		return fmt.Errorf("对账不通过：%s（共 %d 处问题）", rep.Problems[0], len(rep.Problems))
	}
	fmt.Fprintln(out, "对账通过：发放、使用、兑付各项核对一致。")
	return nil
}
