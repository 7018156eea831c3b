package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
)

// InvalidTag (ND104) finds a tag that is not a valid image reference tag:
// the reference grammar allows a word character first, then up to 127 word
// characters, dots and dashes. A version with a "+" (1.2.3+build5) is the
// usual case; docker load and podman load reject the image with "invalid
// reference format".
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; tag = "1.2+3"; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; tag = "1.2-3"; }
//
// An interpolated tag is judged by the literal text surely in it. The fix
// replaces "+" with "-" where that leaves nothing surely invalid; unsafe,
// as the image is loaded under another tag.
var InvalidTag = &Rule{
	Code:     "ND104",
	Name:     "invalid-tag",
	Summary:  "the tag is not a valid image reference tag, so loading the image fails",
	Severity: Error,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runInvalidTag,
}

// tagChar reports whether c may appear in a tag.
func tagChar(c byte) bool {
	return c == '_' || c == '.' || c == '-' || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// tagProblem says what is surely wrong with a tag's text, or "".
func tagProblem(t strText) string {
	if s, ok := t.text(); ok {
		if isTag(s) {
			return ""
		}
		switch {
		case s == "":
			return "the tag is empty"
		case len(s) > 128:
			return "the tag is longer than 128 characters"
		}
		for i := 0; i < len(s); i++ {
			if !tagChar(s[i]) {
				return "the tag contains " + quoteChar(s, i)
			}
		}
		return "the tag starts with " + quoteChar(s, 0)
	}
	n := 0
	for _, l := range t.lits {
		n += len(l)
		for i := 0; i < len(l); i++ {
			if !tagChar(l[i]) {
				return "the tag contains " + quoteChar(l, i)
			}
		}
	}
	if t.start && len(t.lits) > 0 && t.lits[0] != "" && (t.lits[0][0] == '.' || t.lits[0][0] == '-') {
		return "the tag starts with " + quoteChar(t.lits[0], 0)
	}
	if n > 128 {
		return "the tag is longer than 128 characters"
	}
	return ""
}

// quoteChar quotes the (possibly multi-byte) character at s[i].
func quoteChar(s string, i int) string {
	r := []rune(s[i:])
	if len(r) == 0 {
		return `""`
	}
	switch r[0] {
	case ' ':
		return "a space"
	case '\n':
		return "a newline"
	case '\t':
		return "a tab"
	}
	return "`" + string(r[0]) + "`"
}

func runInvalidTag(p *Pass) {
	seen := once{}
	for _, img := range p.Images {
		m := img.m
		a, e := m.attrExpr(img.args, "tag")
		if a != Present || e == nil || m.kindsOf(e).is(kNull) == Present {
			continue
		}
		t, ok := m.stringText(e)
		if !ok {
			continue
		}
		problem := tagProblem(t)
		if problem == "" {
			continue
		}
		lit, shared := m.stringLit(e, false)
		at := parser.Unparen(e)
		if lit != nil {
			at = lit
		}
		if !seen.first(at) {
			continue
		}
		d := diagAt(at, problem+", which the image reference grammar forbids ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}), so loading the image fails")
		if lit != nil && !shared && !m.keyShared(img.args, "tag") {
			if edits := plusToDash(lit); edits != nil {
				fixed := t
				fixed.lits = make([]string, len(t.lits))
				for i, l := range t.lits {
					fixed.lits[i] = strings.ReplaceAll(l, "+", "-")
				}
				if tagProblem(fixed) == "" {
					d.Fixes = []Fix{{Message: "replace + with - in the tag", Safety: Unsafe, Edits: edits}}
				}
			}
		}
		p.Report(d)
	}
}

// plusToDash returns the edits that turn every "+" of a string literal's
// text into "-", or nil when there is none.
func plusToDash(s *parser.String) []TextEdit {
	var edits []TextEdit
	for _, part := range s.Parts {
		t, ok := part.(*parser.StrText)
		if !ok {
			continue
		}
		for i := 0; i < len(t.Raw); i++ {
			if t.Raw[i] == '+' {
				edits = append(edits, TextEdit{Pos: t.Pos() + i, End: t.Pos() + i + 1, NewText: "-"})
			}
		}
	}
	return edits
}

func init() { register(InvalidTag) }
