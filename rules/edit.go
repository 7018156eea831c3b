package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// Helpers that build fixes. Inserted code copies the indentation of its
// siblings, goes on its own line when they are on their own lines and
// inline when the set or list is written on one line, uses "\n" for line
// breaks (the fixer converts them for CRLF files) and is placed so that no
// comment moves: after a trailing "# comment", never before it.

// defaultUnit is the indentation step used when the file shows none.
const defaultUnit = "  "

// lineOf is the 1-based line of off.
func lineOf(f *parser.File, off int) int { return f.Position(off).Line }

// indentOf returns the leading blanks of the line holding off.
func indentOf(f *parser.File, off int) string {
	start := f.LineStart(lineOf(f, off))
	end := start
	for end < len(f.Src) && (f.Src[end] == ' ' || f.Src[end] == '\t') {
		end++
	}
	return string(f.Src[start:end])
}

// lineEndAfter returns where a new line can be started after off: the end
// of the line when only blanks and a line comment follow off on it, else
// off itself.
func lineEndAfter(f *parser.File, off int) int {
	i := off
	for i < len(f.Src) && (f.Src[i] == ' ' || f.Src[i] == '\t') {
		i++
	}
	if i < len(f.Src) && f.Src[i] == '#' {
		for i < len(f.Src) && f.Src[i] != '\n' {
			i++
		}
	}
	if i >= len(f.Src) {
		return i
	}
	if f.Src[i] == '\n' {
		if i > 0 && f.Src[i-1] == '\r' {
			return i - 1
		}
		return i
	}
	if f.Src[i] == '\r' {
		return i
	}
	return off
}

// unitFrom guesses the indentation step from an inner and an outer indent.
func unitFrom(inner, outer string) string {
	if strings.HasPrefix(inner, outer) && len(inner) > len(outer) {
		return inner[len(outer):]
	}
	return defaultUnit
}

// layout says how to write new entries of a set or list delimited by open
// and close, whose last existing entry is last (nil if none).
type layout struct {
	multiline bool
	indent    string // indent of an entry
	unit      string // one indentation step
}

func layoutOf(f *parser.File, open, close int, last parser.Node) layout {
	outer := indentOf(f, open)
	l := layout{multiline: lineOf(f, open) != lineOf(f, close)}
	switch {
	case last != nil && lineOf(f, last.Pos()) != lineOf(f, open):
		l.indent = indentOf(f, last.Pos())
		l.unit = unitFrom(l.indent, outer)
	case last != nil:
		// Entries share the opening line: indent one step from it.
		l.unit = defaultUnit
		l.indent = outer + l.unit
	default:
		l.unit = unitFrom(indentOf(f, close), outer)
		if l.unit == defaultUnit && indentOf(f, close) != outer {
			l.unit = defaultUnit
		}
		l.indent = indentOf(f, close) + l.unit
	}
	return l
}

// insertEntry inserts text (one binding or one list element, which may
// itself span lines written with "\n" + indent) as the last entry of a set
// or list.
func insertEntry(f *parser.File, open, close int, last parser.Node, text func(l layout) string) TextEdit {
	l := layoutOf(f, open, close, last)
	t := text(l)
	if last == nil {
		if l.multiline {
			at := lineEndAfter(f, open+1)
			return TextEdit{Pos: at, End: at, NewText: "\n" + l.indent + t}
		}
		at := open + 1
		if at < len(f.Src) && f.Src[at] == ' ' {
			return TextEdit{Pos: at, End: at, NewText: " " + t}
		}
		return TextEdit{Pos: at, End: at, NewText: " " + t + " "}
	}
	if l.multiline {
		at := lineEndAfter(f, last.End())
		return TextEdit{Pos: at, End: at, NewText: "\n" + l.indent + t}
	}
	return TextEdit{Pos: last.End(), End: last.End(), NewText: " " + t}
}

// insertBinding inserts "path = value;" into a written set (under its
// prefix). value receives the layout so that a multi-line value can indent
// its own lines.
func insertBinding(f *parser.File, s setLit, name string, value func(l layout) string) TextEdit {
	var last parser.Node
	if n := len(s.set.Bindings); n > 0 {
		last = s.set.Bindings[n-1]
	}
	path := strings.Join(append(append([]string(nil), s.prefix...), name), ".")
	return insertEntry(f, s.set.LBrace, s.set.RBrace, last, func(l layout) string {
		return path + " = " + value(l) + ";"
	})
}

// appendElems appends elements to a written list, one per line when the
// list is written one entry per line.
func appendElems(f *parser.File, list *parser.List, elems []string) TextEdit {
	var last parser.Node
	if n := len(list.Elems); n > 0 {
		last = list.Elems[n-1]
	}
	return insertEntry(f, list.LBrack, list.RBrack, last, func(l layout) string {
		if l.multiline {
			return strings.Join(elems, "\n"+l.indent)
		}
		return strings.Join(elems, " ")
	})
}

// listText writes a new list of elements at the given layout: one element
// per line when the surrounding code is multi-line.
func listText(l layout, elems []string) string {
	if !l.multiline {
		return "[ " + strings.Join(elems, " ") + " ]"
	}
	inner := l.indent + l.unit
	return "[\n" + inner + strings.Join(elems, "\n"+inner) + "\n" + l.indent + "]"
}

// setText writes a new set with one binding at the given layout.
func setText(l layout, binding func(l layout) string) string {
	if !l.multiline {
		return "{ " + binding(l) + " }"
	}
	inner := layout{multiline: true, indent: l.indent + l.unit, unit: l.unit}
	return "{\n" + inner.indent + binding(inner) + "\n" + l.indent + "}"
}

// captures reports whether inserting a binding called name into s would
// capture a reference: in a rec set a new attribute is in scope for every
// expression of the set, so a name that used to mean something outside the
// set would start meaning the new attribute.
func (m *model) captures(s setLit, name string) bool {
	if len(s.prefix) > 0 || s.set.Rec == parser.NoPos {
		return false
	}
	for _, u := range m.info.Uses {
		if u.Ident.Name != name || u.Ident.Pos() < s.set.Pos() || u.Ident.End() > s.set.End() {
			continue
		}
		if u.Def == nil || u.Def.Scope == nil || u.Def.Scope.Node != parser.Node(s.set) {
			return true
		}
	}
	return false
}

// boundAt reports how name is bound at off.
func (m *model) boundAt(off int, name string) (scope.Binding, *scope.Def, []*parser.With) {
	return m.info.Lookup(off, name)
}

// builtinsFree reports whether "builtins" means Nix's builtins at off.
func (m *model) builtinsFree(off int) bool {
	b, d, _ := m.boundAt(off, "builtins")
	return b == scope.Bound && d != nil && d.Kind == scope.Builtin
}

// selfAt reports whether the flake's self is bound at off: a function
// parameter or formal called self (outputs = { self, ... }:), or a let
// inherit of it.
func (m *model) selfAt(off int) bool {
	b, d, _ := m.boundAt(off, "self")
	if b != scope.Bound || d == nil {
		return false
	}
	switch d.Kind {
	case scope.FormalDef, scope.ParamDef:
		return true
	case scope.LetDef:
		return d.Inherit != nil
	}
	return false
}

// pkgsLike reports whether a with scope looks like a package set, so that
// a name it provides (cacert, haskell) is the nixpkgs one.
func (m *model) pkgsLike(e parser.Expr) bool {
	p := m.pathOf(e)
	last := p[len(p)-1]
	if last == "pkgs" || last == "nixpkgs" || strings.HasSuffix(last, "Pkgs") || strings.HasSuffix(last, "pkgs") {
		return true
	}
	if len(p) >= 2 && p[len(p)-2] == "legacyPackages" {
		return true
	}
	// with import <nixpkgs> { };
	fn, args := callee(e)
	id, ok := fn.(*parser.Ident)
	return ok && id.Name == "import" && len(args) > 0
}

// pkgRef returns how to name the nixpkgs package attr at off: attr itself
// when a formal (or an inherit) binds it, pkgs.attr when pkgs is bound,
// attr when an enclosing with pkgs provides it; "" when nothing does.
func (m *model) pkgRef(off int, attr string) string {
	b, d, withs := m.boundAt(off, attr)
	if b == scope.Bound && d != nil && (d.Kind == scope.FormalDef || (d.Inherit != nil && d.Inherit.From != nil && m.pkgsLike(d.Inherit.From))) {
		return attr
	}
	if pb, _, _ := m.boundAt(off, "pkgs"); pb == scope.Bound {
		return "pkgs." + attr
	}
	if b == scope.ByWith && len(withs) > 0 && m.pkgsLike(withs[0].Scope) {
		return m.viaWith(off, attr, withs[0])
	}
	return ""
}

// isPlainName reports whether s can be written as a bare attribute name.
func isPlainName(s string) bool {
	if s == "" || strings.ContainsRune("-'0123456789", rune(s[0])) {
		return false
	}
	for _, c := range s {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		digit := c >= '0' && c <= '9'
		if !letter && !digit && c != '_' && c != '-' && c != '\'' {
			return false
		}
	}
	switch s {
	case "if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or":
		return false
	}
	return true
}

// viaWith names attr of the package set a with opens at off. The bare name
// serves where the file already takes it from a with (a fix may not be the
// first to lean on a with); otherwise the with's subject is spelled out
// (nixpkgs.legacyPackages.x86_64-linux.cacert) when it is a path of static
// names whose first is bound at off; else there is no name.
func (m *model) viaWith(off int, attr string, w *parser.With) string {
	for _, u := range m.info.Uses {
		if u.Def == nil && u.Ident.Name == attr {
			return attr
		}
	}
	var path []string
	e := parser.Unparen(w.Scope)
	for {
		sel, ok := e.(*parser.Select)
		if !ok {
			break
		}
		if sel.Default != nil {
			return ""
		}
		names := make([]string, 0, len(sel.Path.Names))
		for _, n := range sel.Path.Names {
			name, ok := parser.StaticName(n)
			if !ok || !isPlainName(name) {
				return ""
			}
			names = append(names, name)
		}
		path = append(names, path...)
		e = parser.Unparen(sel.X)
	}
	id, ok := e.(*parser.Ident)
	if !ok {
		return ""
	}
	// The first name must mean at off what it means in the with.
	if b, d, _ := m.boundAt(off, id.Name); b != scope.Bound || d == nil || d != m.def(id) {
		return ""
	}
	return strings.Join(append(append([]string{id.Name}, path...), attr), ".")
}
