package workflow

import "testing"

// Every state a table can reach has a label, so no English code reaches
// the UI from a transition.
func TestEveryStateHasALabel(t *testing.T) {
	for name, mc := range machines {
		states := []string{mc.initial}
		for _, m := range mc.moves {
			states = append(states, m.from, m.to)
		}
		for _, s := range states {
			if _, ok := mc.labels[s]; !ok {
				t.Errorf("%s: state %q has no label", name, s)
			}
		}
	}
	tables := map[string]struct {
		moves  map[string][]string
		labels map[string]string
	}{
		"orders": {OrderTransitions, orderStatusLabels},
	}
	for name, tb := range tables {
		for from, tos := range tb.moves {
			for _, s := range append([]string{from}, tos...) {
				if _, ok := tb.labels[s]; !ok {
					t.Errorf("%s: state %q has no label", name, s)
				}
			}
		}
	}
}

func TestLabels(t *testing.T) {
	cases := []struct{ got, want string }{
		{StatusLabel("pending"), "待审批"},
		{TypeLabel("product_publish"), "商品发布"},
		{StageLabel("department"), "工信厅终审"},
		{DecisionLabel("reject"), "驳回"},
		{RoleLabel("department"), "工信厅"},
		{ProductStatusLabel("delisted"), "已下架"},
		{OrderStatusLabel(OrderPendingPayment), "待支付"},
		{PayStatusLabel("none"), "---"},
		{StageLabel("unknown"), "unknown"}, // unlabelled codes pass through
		{StateLabel(MachineProductApp, "pending/expert"), "待专家评审"},
		{StateLabel(MachineCert, ""), "空"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
	// The 我的商品 tabs list every product state exactly once.
	seen := map[string]bool{}
	for _, st := range ProductStatuses() {
		if st.Label == "" || seen[st.Code] {
			t.Errorf("product status %q: empty or repeated", st.Code)
		}
		seen[st.Code] = true
	}
	for s := range productLabels {
		if !seen[s] {
			t.Errorf("product status %q missing from the tabs", s)
		}
	}
}
