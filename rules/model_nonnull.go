package rules

import (
	"github.com/nixdock/nixdock/parser"
)

// argSet answers whether the argument key of a call's arguments args is
// surely set to something other than null, and returns its written value
// (nil when there is no single written expression).
func (m *model) argSet(args value, key string) (Answer, parser.Expr) {
	a, v := m.lookup(args, key)
	if a == Absent {
		return Absent, nil
	}
	e := leafExpr(v)
	switch m.valueNonNull(v) {
	case Absent:
		if a == Present {
			return Absent, nil
		}
		return Unknown, nil
	case Unknown:
		return Unknown, e
	}
	return a, e
}

// valueNonNull is nonNull for a value of the model: a set is not null, an
// if is when both its branches are.
func (m *model) valueNonNull(v value) Answer {
	switch v := v.(type) {
	case setLit, update, maybeVal:
		return Present
	case exprVal:
		if v.expr != nil {
			return m.nonNull(v.expr)
		}
	case either:
		if a := m.valueNonNull(v.a); a == m.valueNonNull(v.b) {
			return a
		}
	}
	return Unknown
}

// nonNull answers whether e is surely not null (Present), surely null
// (Absent), or may be either: a function argument (runAsRoot ? null), an
// if with a null branch, x.y or null.
func (m *model) nonNull(e parser.Expr) Answer {
	if m.depth > maxDepth {
		return Unknown
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.String, *parser.List, *parser.AttrSet, *parser.Path, *parser.Int, *parser.Float, *parser.Lambda, *parser.SearchPath, *parser.URI:
		return Present
	case *parser.Ident:
		if m.isBuiltin(x, "null") {
			return Absent
		}
		if m.isBuiltin(x, "true") || m.isBuiltin(x, "false") {
			return Present
		}
		if v, _ := m.letValue(m.def(x)); v != nil {
			return m.nonNull(v)
		}
	case *parser.If:
		a, b := m.nonNull(x.Then), m.nonNull(x.Else)
		if a == b {
			return a
		}
	case *parser.Apply:
		fn, _ := callee(x)
		if m.lastName(fn) != "mkDefault" {
			// A call (pullImage { … }, writeScript …) gives a value.
			return Present
		}
	case *parser.Select:
		if v, _, ok := m.selected(x); ok {
			return m.nonNull(v)
		}
		if x.Default == nil && m.nixpkgsSelect(x) {
			return Present
		}
	case *parser.LetIn:
		return m.nonNull(x.Body)
	case *parser.With:
		return m.nonNull(x.Body)
	}
	return Unknown
}

// argIs answers whether the argument key of a call's arguments args is
// surely the builtin true or false given as want, written in place or
// through let names (see literal), returning the written value.
func (m *model) argIs(args value, key, want string) (Answer, parser.Expr) {
	a, v := m.lookup(args, key)
	if a == Absent {
		return Absent, nil
	}
	e := leafExpr(v)
	if e == nil {
		return Unknown, nil
	}
	switch b := m.literal(e); {
	case m.isBuiltin(b, want):
		return a, e
	case m.isBuiltin(b, "true") || m.isBuiltin(b, "false"):
		return Absent, nil
	}
	return Unknown, e
}

// reportAt returns the node a finding about an argument points at: its
// value when written, else the builder.
func reportAt(img *Image, e parser.Expr) parser.Node {
	if e != nil {
		return parser.Unparen(e)
	}
	return img.Fun
}
