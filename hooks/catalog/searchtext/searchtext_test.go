package searchtext

import "testing"

func TestDocument(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"质量云", "质量 量云 质 量 云"},
		{"云", "云"},
		{"MES2.0系统", "mes2 0 系统 系 统"},
		{"ＭＥＳ１ 智能", "mes1 智能 智 能"}, // full width folds to ASCII
		{"  （工业）互联网！", "工业 工 业 互联 联网 互 联 网"},
		{"Café ERP", "café erp"},
		{"%_…", ""},
	} {
		if got := Document(c.in); got != c.want {
			t.Errorf("Document(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMatch(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"云", `"云"`},
		{"质量", `"质量"`},
		{"供应链", `"供应 应链"`},
		{"MES 系统", `"mes" * AND "系统"`},
		{"ERP云", `"erp" * AND "云"`},
		{"ｅｒｐ", `"erp" *`},
		{"%", ""},
		{"  ", ""},
	} {
		if got := Match(c.in); got != c.want {
			t.Errorf("Match(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
