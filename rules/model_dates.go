package rules

import "github.com/nixdock/nixdock/parser"

// Queries the reproducibility rules (ND2xx) share: which builders take
// created and how they read it, string literals behind names,
// the flake's commit date, and removing a binding.

// takesCreated reports whether the image function fn has a created
// argument (the nix-shell image builders have none), and whether it writes
// it into the image config verbatim: buildImage does; the layered builders
// pass anything but "now" through date -d first. Only the layered builders
// take mtime (see layered).
func takesCreated(fn string) (verbatim, ok bool) {
	return singleLayer(fn), singleLayer(fn) || layered(fn)
}

// strLit is a string literal without interpolation that gives an
// attribute's value.
type strLit struct {
	text string
	node *parser.String
	// direct: the literal is written as the attribute's value, not
	// reached through a let name, so the value can be replaced there.
	direct bool
}

// literalOf returns the literal string e is, following let names (see
// literal).
func (m *model) literalOf(e parser.Expr) (strLit, bool) {
	x, ok := m.literal(e).(*parser.String)
	if !ok {
		return strLit{}, false
	}
	_, direct := parser.Unparen(e).(*parser.String)
	s, ok := parser.StaticName(x)
	return strLit{s, x, direct}, ok
}

// attrExpr is the single expression an image argument is written as (see
// writtenArg).
func (img *Image) attrExpr(name string) (e parser.Expr, shared, ok bool) {
	return img.m.writtenArg(img.args, name)
}

// writtenArg is the single expression the argument name of a call's
// arguments args is written as, and whether it is shared with other code;
// ok is false unless the argument is surely present and written as one
// expression.
func (m *model) writtenArg(args value, name string) (e parser.Expr, shared, ok bool) {
	a, v := m.lookup(args, name)
	ev, isExpr := v.(exprVal)
	if a != Present || !isExpr || ev.expr == nil {
		return nil, false, false
	}
	return ev.expr, ev.shared, true
}

// iso8601 matches a full date and time with a zone, the RFC 3339 profile
// of ISO 8601 that image configs use for created (see isISO8601).
var iso8601 = matchFunc(isISO8601)

// isoOf rewrites a literal date of one of the plain forms dateParts reads
// as the ISO 8601 text that date -d (in UTC, as in the build sandbox) makes
// of it, where time parts left out are midnight; ok is false for anything
// else.
func isoOf(s string) (string, bool) {
	p := dateParts(s)
	if p == nil {
		return "", false
	}
	for len(p) < 7 {
		p = append(p, "00")
	}
	return p[1] + "-" + p[2] + "-" + p[3] + "T" + p[4] + ":" + p[5] + ":" + p[6] + "Z", true
}

// formatterOf is the ISO 8601 text of a flake's lastModifiedDate
// (%Y%m%d%H%M%S), given the source of the expression that reads it.
func formatterOf(date string) string {
	return `let d = ` + date + `; in ` +
		`"${builtins.substring 0 4 d}-${builtins.substring 4 2 d}-${builtins.substring 6 2 d}` +
		`T${builtins.substring 8 2 d}:${builtins.substring 10 2 d}:${builtins.substring 12 2 d}Z"`
}

// lastModified recognises X.lastModifiedDate, returning the select node.
func lastModified(e parser.Expr) (*parser.Select, bool) {
	s, ok := parser.Unparen(e).(*parser.Select)
	if !ok || s.Default != nil || len(s.Path.Names) == 0 {
		return nil, false
	}
	n, ok := parser.StaticName(s.Path.Names[len(s.Path.Names)-1])
	return s, ok && n == "lastModifiedDate"
}

// dateOnly recognises substring 0 8 X.lastModifiedDate (builtins.substring,
// lib.substring, or a bare substring from a with), the date without the
// time, returning the lastModifiedDate select.
func (m *model) dateOnly(e parser.Expr) (*parser.Select, bool) {
	fn, args := callee(e)
	if len(args) != 3 || m.lastName(fn) != "substring" {
		return nil, false
	}
	if !isInt(args[0], "0") || !isInt(args[1], "8") {
		return nil, false
	}
	return lastModified(args[2])
}

func isInt(e parser.Expr, v string) bool {
	n, ok := parser.Unparen(e).(*parser.Int)
	return ok && n.Raw == v
}

// removeBinding deletes the binding "name = …;" that is the whole of
// s's binding for name (not under a prefix, not inherited), when removing
// it surely makes the attribute absent: s is not shared and not rec. The
// text goes as the function removeBinding says.
func (m *model) removeBinding(s setLit, name string) (TextEdit, bool) {
	if s.shared || len(s.prefix) > 0 || s.set.Rec != parser.NoPos {
		return TextEdit{}, false
	}
	var found *parser.Attr
	for _, b := range s.set.Bindings {
		a, ok := b.(*parser.Attr)
		if !ok {
			continue
		}
		if n, ok := parser.StaticName(a.Path.Names[0]); ok && n == name {
			if found != nil || len(a.Path.Names) != 1 {
				return TextEdit{}, false
			}
			found = a
		}
	}
	if found == nil {
		return TextEdit{}, false
	}
	return removeBinding(m.f, found), true
}

// bindingSet finds the written set whose binding gives the image argument
// name, such that removing that binding leaves the argument absent: the
// right-most written set of a shallow merge that has it, when no set to
// its left has it too.
func (m *model) bindingSet(v value, name string) (setLit, bool) {
	switch v := v.(type) {
	case setLit:
		a, _ := m.lookupLit(v, name)
		return v, a == Present
	case update:
		if v.deep {
			return setLit{}, false
		}
		ar, _ := m.lookup(v.r, name)
		al, _ := m.lookup(v.l, name)
		switch {
		case ar == Present && al == Absent:
			return m.bindingSet(v.r, name)
		case ar == Absent:
			return m.bindingSet(v.l, name)
		}
	}
	return setLit{}, false
}
