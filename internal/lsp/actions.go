package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/nixdock/nixdock/docs"
	"github.com/nixdock/nixdock/fixer"
	"github.com/nixdock/nixdock/internal/lintrun"
	"github.com/nixdock/nixdock/internal/suppress"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

// finding is a diagnostic a code action is asked for, with its data.
type finding struct {
	diag protocol.Diagnostic
	data diagnosticData
}

func wants(only []protocol.CodeActionKind, kind string) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if kind == o || strings.HasPrefix(kind, o+".") {
			return true
		}
	}
	return false
}

func (s *server) codeAction(ctx context.Context, p protocol.CodeActionParams) (any, error) {
	uri := p.TextDocument.URI
	res := s.current(ctx, uri)
	if res == nil || res.excluded {
		return []protocol.CodeAction{}, nil
	}
	actions := []protocol.CodeAction{}
	if wants(p.Context.Only, protocol.CodeActionKindQuickFix) {
		for _, f := range s.findings(res, p) {
			actions = append(actions, s.quickFixes(res, uri, f)...)
		}
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	// Fix-all is computed when asked for by kind, or when anything has a
	// fix that it would apply.
	explicit := false
	for _, o := range p.Context.Only {
		if strings.HasPrefix(fixAllKind, o) {
			explicit = true
		}
	}
	if wants(p.Context.Only, fixAllKind) && (explicit || res.fixable()) {
		if a := fixAll(res, uri); a != nil {
			actions = append(actions, *a)
		}
	}
	return actions, nil
}

// fixable reports whether some finding has a fix fix-all would apply.
func (r *result) fixable() bool {
	for _, d := range r.diags {
		for _, fx := range d.Fixes {
			if fx.Safety == rules.Safe || r.unsafe {
				return true
			}
		}
	}
	return false
}

// findings are the client's diagnostics of this document version that
// carry nixdock's data: their actions need no lint. Without such (the
// client sent none, or they are of an older version), the findings of
// the current lint in the range are taken.
func (s *server) findings(res *result, p protocol.CodeActionParams) []finding {
	var out []finding
	for _, d := range p.Context.Diagnostics {
		if d.Source == nil || *d.Source != source || d.Data == nil {
			continue
		}
		b, err := json.Marshal(d.Data)
		if err != nil {
			continue
		}
		var data diagnosticData
		if json.Unmarshal(b, &data) != nil || data.Code == "" || data.Version != res.version {
			continue
		}
		out = append(out, finding{diag: d, data: data})
	}
	if len(out) > 0 {
		return out
	}
	for i, d := range res.items {
		if overlaps(d.Range, p.Range) {
			out = append(out, finding{diag: d, data: res.data[i]})
		}
	}
	return out
}

func before(a, b protocol.Position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
}

// overlaps reports whether two ranges share a position (touching counts,
// so that a cursor at either end of a finding is on it).
func overlaps(a, b protocol.Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

// quickFixes are the actions for one finding: its fix (an unsafe one only
// with unsafeFixes), and a comment that disables its rule on its line.
func (s *server) quickFixes(res *result, uri string, f finding) []protocol.CodeAction {
	var out []protocol.CodeAction
	kind := protocol.CodeActionKindQuickFix
	for _, fx := range f.data.Fixes {
		if fx.Unsafe && !res.unsafe {
			continue
		}
		title := fmt.Sprintf("Fix %s: %s", f.data.Code, fx.Title)
		if fx.Title == "" {
			title = "Fix " + f.data.Code
		}
		if fx.Unsafe {
			title += " (unsafe)"
		}
		preferred := !fx.Unsafe
		out = append(out, protocol.CodeAction{
			Title:       title,
			Kind:        &kind,
			Diagnostics: []protocol.Diagnostic{f.diag},
			IsPreferred: &preferred,
			Edit:        &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{uri: fx.Edits}},
		})
		break // the first allowed fix, as the fixer takes
	}
	if e, ok := disableEdit(res, f.data.Code, int(f.diag.Range.Start.Line)); ok {
		out = append(out, protocol.CodeAction{
			Title:       fmt.Sprintf("Disable %s for this line", f.data.Code),
			Kind:        &kind,
			Diagnostics: []protocol.Diagnostic{f.diag},
			Edit:        &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{uri: {e}}},
		})
	}
	return out
}

// disableEdit is the edit that suppresses code on line (0-based): the code
// added to a suppression comment already covering the line, or a comment
// of its own on the line before, indented as the line is. A syntax error
// cannot be suppressed, and a line that starts inside a multi-line string
// has no line before it to take a comment.
func disableEdit(res *result, code string, line int) (protocol.TextEdit, bool) {
	if code == rules.SyntaxError.Code {
		return protocol.TextEdit{}, false
	}
	f, err := parser.ParseFile(res.name, res.text, 0)
	if err != nil || f == nil {
		return protocol.TextEdit{}, false
	}
	defer f.Discard()
	x := newLineIndex(res.text, res.enc)
	for _, c := range suppress.Parse(f) {
		covers := c.Alone && c.Line == line || !c.Alone && c.Line == line+1
		if c.File || !covers {
			continue
		}
		text := code
		if len(c.Entries) > 0 {
			text = ", " + code
		}
		p := x.position(c.ListEnd)
		return protocol.TextEdit{Range: protocol.Range{Start: p, End: p}, NewText: text}, true
	}
	start := lineStart(res.text, line)
	for _, t := range f.Tokens {
		if int(t.Pos) < start && start < int(t.End) {
			return protocol.TextEdit{}, false
		}
	}
	indent := start
	for indent < len(res.text) && (res.text[indent] == ' ' || res.text[indent] == '\t') {
		indent++
	}
	eol := "\n"
	if fixer.UsesCRLF(res.text) {
		eol = "\r\n"
	}
	p := protocol.Position{Line: protocol.UInteger(line)}
	return protocol.TextEdit{
		Range:   protocol.Range{Start: p, End: p},
		NewText: string(res.text[start:indent]) + "# nixdock: ignore[" + code + "]" + eol,
	}, true
}

// fixAll is the action that applies every safe fix (and unsafe ones with
// unsafeFixes) as "nixdock lint --fix" does, through the same fixer and
// lint function, as the smallest edits that turn the text into the
// fixer's result. nil when nothing changes.
func fixAll(res *result, uri string) *protocol.CodeAction {
	res.fixAllOnce.Do(func() {
		fr, err := fixer.Apply(res.name, res.text, lintrun.Lint(res.rcfg), fixer.Options{Unsafe: res.unsafe, Mode: res.rcfg.ParseMode()})
		if err != nil || !fr.Changed {
			return
		}
		x := newLineIndex(res.text, res.enc)
		for _, e := range minimalEdits(res.text, fr.Src) {
			res.fixAll = append(res.fixAll, protocol.TextEdit{Range: x.rng(e.Pos, e.End), NewText: e.Text})
		}
	})
	if len(res.fixAll) == 0 {
		return nil
	}
	kind := fixAllKind
	return &protocol.CodeAction{
		Title: "Fix all auto-fixable nixdock findings",
		Kind:  &kind,
		Edit:  &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{uri: res.fixAll}},
	}
}

func (s *server) hover(ctx context.Context, p protocol.HoverParams) (any, error) {
	res := s.current(ctx, p.TextDocument.URI)
	if res == nil || len(res.diags) == 0 {
		return nil, nil
	}
	off := res.enc.offsetOf(res.text, p.Position)
	var parts []string
	var rng *protocol.Range
	seen := map[string]bool{}
	for i, d := range res.diags {
		on := d.Pos <= off && off < d.End || d.Pos == d.End && off == d.Pos
		if !on || seen[d.Code] {
			continue
		}
		seen[d.Code] = true
		if rng == nil {
			r := res.items[i].Range
			rng = &r
		}
		parts = append(parts, hoverText(d))
	}
	if len(parts) == 0 {
		return nil, nil
	}
	return protocol.Hover{
		Contents: protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: strings.Join(parts, "\n\n---\n\n")},
		Range:    rng,
	}, nil
}

// hoverText is a finding's rule: code, name and summary, then its page up
// to the example.
func hoverText(d rules.Diagnostic) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** `%s`", d.Code, d.Name)
	if r := rules.Lookup(d.Code); r != nil {
		fmt.Fprintf(&b, ": %s", r.Summary)
	}
	if page, ok := docs.RulePage(d.Code); ok {
		if intro := pageIntro(page); intro != "" {
			b.WriteString("\n\n" + intro)
		}
	}
	fmt.Fprintf(&b, "\n\n[%s documentation](%s)", d.Code, docs.URL(d.Code))
	return b.String()
}

// pageIntro is a rule page without its title line, up to its first example
// or fix section.
func pageIntro(page string) string {
	lines := strings.Split(page, "\n")
	if len(lines) > 0 && strings.HasPrefix(lines[0], "# ") {
		lines = lines[1:]
	}
	var out []string
	for _, l := range lines {
		if strings.HasPrefix(l, "## Example") || strings.HasPrefix(l, "## Fix") {
			break
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
