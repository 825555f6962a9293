package workflow

import (
	"testing"
)

func TestTransitionTable(t *testing.T) {
	cases := []struct {
		machine, from, to string
		ok, byRequest     bool
	}{
		// certification
		{MachineCert, "draft", "pending", true, false},
		{MachineCert, "rejected", "pending", true, false},
		{MachineCert, "pending", "approved", true, false},
		{MachineCert, "pending", "rejected", true, false},
		{MachineCert, "pending", "draft", true, false},
		{MachineCert, "draft", "approved", false, false},
		{MachineCert, "approved", "pending", false, false},
		{MachineCert, "approved", "draft", false, false},
		{MachineCert, "rejected", "approved", false, false},
		{MachineCert, "draft", "draft", true, true},
		{MachineCert, "bogus", "bogus", false, false},
		// products
		{MachineProduct, "draft", "pending", true, false},
		{MachineProduct, "pending", "listed", true, false},
		{MachineProduct, "pending", "rejected", true, false},
		{MachineProduct, "pending", "revoked", true, false},
		{MachineProduct, "rejected", "draft", true, true},
		{MachineProduct, "revoked", "draft", true, true},
		{MachineProduct, "listed", "delisted", true, false},
		{MachineProduct, "delisted", "pending", true, false},
		{MachineProduct, "draft", "listed", false, false},
		{MachineProduct, "pending", "draft", false, false},
		{MachineProduct, "listed", "draft", false, false},
		{MachineProduct, "listed", "pending", false, false},
		{MachineProduct, "delisted", "listed", false, false},
		{MachineProduct, "rejected", "pending", false, false},
		{MachineProduct, "revoked", "listed", false, false},
		{MachineProduct, "listed", "listed", true, true},
		// revisions
		{MachineRevision, "draft", "pending", true, false},
		{MachineRevision, "pending", "approved", true, false},
		{MachineRevision, "pending", "rejected", true, false},
		{MachineRevision, "pending", "revoked", true, false},
		{MachineRevision, "draft", "approved", false, false},
		{MachineRevision, "approved", "pending", false, false},
		{MachineRevision, "rejected", "draft", false, false},
		// certification applications
		{MachineCertApp, "pending/operator", "approved/done", true, false},
		{MachineCertApp, "pending/operator", "rejected/operator", true, false},
		{MachineCertApp, "pending/operator", "revoked/operator", true, false},
		{MachineCertApp, "pending/operator", "pending/expert", false, false},
		{MachineCertApp, "approved/done", "pending/operator", false, false},
		{MachineCertApp, "rejected/operator", "approved/done", false, false},
		// publication applications
		{MachineProductApp, "pending/operator", "pending/expert", true, false},
		{MachineProductApp, "pending/expert", "pending/department", true, false},
		{MachineProductApp, "pending/department", "approved/done", true, false},
		{MachineProductApp, "pending/operator", "approved/done", false, false},
		{MachineProductApp, "pending/operator", "pending/department", false, false},
		{MachineProductApp, "pending/expert", "approved/done", false, false},
		{MachineProductApp, "pending/expert", "rejected/expert", true, false},
		{MachineProductApp, "pending/department", "revoked/department", true, false},
		{MachineProductApp, "rejected/expert", "pending/expert", false, false},
		{MachineProductApp, "revoked/operator", "pending/operator", false, false},
		{MachineProductApp, "approved/done", "revoked/done", false, false},
		// settlements (兑付)
		{MachineSettlement, "draft/operator", "pending/operator", true, false},
		{MachineSettlement, "rejected/operator", "pending/operator", true, false},
		{MachineSettlement, "rejected/department", "pending/operator", true, false},
		{MachineSettlement, "rejected/done", "pending/operator", true, false},
		{MachineSettlement, "pending/operator", "pending/department", true, false},
		{MachineSettlement, "pending/operator", "rejected/operator", true, false},
		{MachineSettlement, "pending/department", "approved/done", true, false},
		{MachineSettlement, "pending/department", "rejected/department", true, false},
		{MachineSettlement, "approved/done", "paid/done", true, false},
		{MachineSettlement, "approved/done", "rejected/done", true, false},
		{MachineSettlement, "draft/operator", "approved/done", false, false},
		{MachineSettlement, "pending/operator", "approved/done", false, false},
		{MachineSettlement, "pending/operator", "paid/done", false, false},
		{MachineSettlement, "pending/department", "paid/done", false, false},
		{MachineSettlement, "paid/done", "rejected/done", false, false},
		{MachineSettlement, "paid/done", "pending/operator", false, false},
		{MachineSettlement, "rejected/operator", "draft/operator", false, false},
		{MachineSettlement, "rejected/operator", "approved/done", false, false},
		{MachineSettlement, "paid/done", "paid/done", true, true},
		{"nope", "a", "b", false, false},
	}
	for _, c := range cases {
		if got := CanTransition(c.machine, c.from, c.to); got != c.ok {
			t.Errorf("CanTransition(%s, %s → %s) = %v, want %v", c.machine, c.from, c.to, got, c.ok)
		}
		if got := RequestMayTransition(c.machine, c.from, c.to); got != c.byRequest {
			t.Errorf("RequestMayTransition(%s, %s → %s) = %v, want %v", c.machine, c.from, c.to, got, c.byRequest)
		}
	}
}

func TestTransitionTableConsistent(t *testing.T) {
	for name, m := range machines {
		if _, ok := m.labels[m.initial]; !ok {
			t.Errorf("%s: initial state %q has no label", name, m.initial)
		}
		seen := map[[2]string]bool{}
		for _, mv := range m.moves {
			if _, ok := m.labels[mv.from]; !ok {
				t.Errorf("%s: unknown state %q", name, mv.from)
			}
			if _, ok := m.labels[mv.to]; !ok {
				t.Errorf("%s: unknown state %q", name, mv.to)
			}
			if mv.from == mv.to {
				t.Errorf("%s: self move %q", name, mv.from)
			}
			k := [2]string{mv.from, mv.to}
			if seen[k] {
				t.Errorf("%s: duplicate move %v", name, k)
			}
			seen[k] = true
		}
	}
	if InitialState(MachineProduct) != "draft" || InitialState(MachineProductApp) != "pending/operator" {
		t.Error("initial states changed")
	}
	if InitialState(MachineSettlement) != "draft/operator" || StateLabel(MachineSettlement, "paid/done") != "已兑付" {
		t.Error("settlement machine")
	}
	if len(SettlementStates) != len(machines[MachineSettlement].labels) {
		t.Error("SettlementStates and the machine's labels differ")
	}
	if AppMachine("certification") != MachineCertApp || AppMachine("x") != "" {
		t.Error("appMachine")
	}
}

func TestTransitionError(t *testing.T) {
	got := TransitionError(MachineProduct, "draft", "listed")
	if got != "状态不能从「草稿」变为「已上架」" {
		t.Errorf("message %q", got)
	}
}
