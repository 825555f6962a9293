// Package searchtext turns catalog text and search keywords into the
// tokens of the catalog's full-text index (SQLite FTS5, migrations
// 1764016000_catalog_search.go), so that Chinese keywords of one or two
// characters are found as well as longer ones.
//
// FTS5's own tokenisers split text at spaces and punctuation; Chinese has
// neither between words, so a product named 工业质量云平台 would be a single
// token and 质量 would never match it. The index text is therefore computed
// here, in Go, and stored space-separated (FTS5 tokenizer 'ascii' then only
// splits at the spaces):
//
//   - a run of CJK characters yields its bigrams in order, then each
//     character on its own: 质量云 -> "质量 量云 质 量 云";
//   - a run of other letters and digits is one lower-case word:
//     MES2.0系统 -> "mes2 0 系统 系 统".
//
// A keyword is split the same way: one CJK character matches the unigram,
// two match the bigram, three or more match the phrase of their bigrams
// (consecutive bigrams of one run, i.e. the exact substring), and a word
// matches as a prefix ("mes" finds "mes2"). All terms must match. So for
// Chinese the index finds exactly what LIKE '%keyword%' finds, with an
// index lookup instead of a scan.
package searchtext

import (
	"strings"
	"unicode"
)

// isCJK reports whether r is written without spaces between words.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// fold maps full-width ASCII (ＭＥＳ１) to ASCII and lower-cases, so
// that either width finds the other.
func fold(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	return unicode.ToLower(r)
}

// run is a maximal stretch of CJK characters or of other letters/digits.
type run struct {
	cjk   bool
	runes []rune
}

func runs(s string) []run {
	var out []run
	var cur *run
	for _, r := range s {
		r = fold(r)
		switch {
		case isCJK(r):
			if cur == nil || !cur.cjk {
				out = append(out, run{cjk: true})
				cur = &out[len(out)-1]
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if cur == nil || cur.cjk {
				out = append(out, run{})
				cur = &out[len(out)-1]
			}
		default:
			cur = nil
			continue
		}
		cur.runes = append(cur.runes, r)
	}
	return out
}

func bigrams(rs []rune) []string {
	out := make([]string, 0, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		out = append(out, string(rs[i:i+2]))
	}
	return out
}

// Document returns the index text of s (one FTS5 column).
func Document(s string) string {
	var toks []string
	for _, r := range runs(s) {
		if !r.cjk {
			toks = append(toks, string(r.runes))
			continue
		}
		// Bigrams first and adjacent: a longer keyword is the phrase of
		// its bigrams. The unigrams after them never sit inside a phrase.
		toks = append(toks, bigrams(r.runes)...)
		for _, c := range r.runes {
			toks = append(toks, string(c))
		}
	}
	return strings.Join(toks, " ")
}

// Match returns the FTS5 MATCH expression of keyword, or "" when it has
// nothing searchable (only punctuation): such a keyword matches nothing.
func Match(keyword string) string {
	var terms []string
	for _, r := range runs(keyword) {
		switch {
		case !r.cjk:
			terms = append(terms, `"`+string(r.runes)+`" *`)
		case len(r.runes) == 1:
			terms = append(terms, `"`+string(r.runes)+`"`)
		default:
			terms = append(terms, `"`+strings.Join(bigrams(r.runes), " ")+`"`)
		}
	}
	return strings.Join(terms, " AND ")
}
