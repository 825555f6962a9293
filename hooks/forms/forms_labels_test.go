package forms_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"smedx/hooks/workflow"
	"smedx/smedxtest"
)

// TestLabelsServed: GET /api/smedx/labels answers anyone every table of
// hooks/workflow, in the tables' order, with the same text the routes use.
func TestLabelsServed(t *testing.T) {
	a := smedxtest.New(t)
	var got map[string][]workflow.Shown
	a.Do("GET", "/api/smedx/labels", nil, nil).Status(t, 200).Decode(t, &got)
	for name, list := range workflow.ServedLabels() {
		if len(list) == 0 || len(got[name]) != len(list) {
			t.Errorf("%s: served %d labels, want %d (non-empty)", name, len(got[name]), len(list))
		}
	}
	orders := got["order_status"]
	if len(orders) == 0 || orders[0].Code != workflow.OrderPendingPayment || orders[0].Text != workflow.OrderStatusLabel(workflow.OrderPendingPayment) || orders[0].Type == "" {
		t.Errorf("order_status starts with %+v", orders)
	}
	for _, s := range got["product_status"] {
		if s.Text != workflow.ProductStatusLabel(s.Code) {
			t.Errorf("product_status %s = %q, the routes say %q", s.Code, s.Text, workflow.ProductStatusLabel(s.Code))
		}
	}
}

// TestNoLabelCopiesInUI: the browser code keeps no table of its own that
// maps a served code to its label (`paid: '已支付'` or
// `paid: { text: '已支付'`); it reads them from the server (util.js).
func TestNoLabelCopiesInUI(t *testing.T) {
	var patterns []*regexp.Regexp
	for _, list := range workflow.ServedLabels() {
		for _, s := range list {
			patterns = append(patterns, regexp.MustCompile(`\b`+regexp.QuoteMeta(s.Code)+`\s*:\s*(\{\s*text\s*:\s*)?['"`+"`"+`]`+regexp.QuoteMeta(s.Text)+`['"`+"`"+`]`))
		}
	}
	root := filepath.Join("..", "..", "pb_public", "app")
	n := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".js") {
			return err
		}
		n++
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, p := range patterns {
			if m := p.Find(src); m != nil {
				t.Errorf("%s copies a served label: %s", path, m)
			}
		}
		return nil
	})
	if err != nil || n < 20 {
		t.Fatalf("walked %d UI files: %v", n, err)
	}
}
