package rules

import (
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// argSet answers whether an image argument is surely set to something
// other than null, and returns its written value (nil when there is no
// single written expression).
func (m *model) argSet(img *Image, key string) (Answer, parser.Expr) {
	a, v := m.lookup(img.args, key)
	if a == Absent {
		return Absent, nil
	}
	e := leafExpr(v)
	if e == nil {
		return Unknown, nil
	}
	switch m.nonNull(e) {
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
		if d := m.def(x); d != nil && (d.Kind == scope.LetDef || d.Kind == scope.RecDef) && d.Value() != nil {
			return m.nonNull(d.Value())
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

// argIs answers whether an image argument is surely the builtin true or
// false given as want, returning the written value.
func (m *model) argIs(img *Image, key, want string) (Answer, parser.Expr) {
	a, v := m.lookup(img.args, key)
	if a == Absent {
		return Absent, nil
	}
	e := leafExpr(v)
	if e == nil {
		return Unknown, nil
	}
	if m.isBuiltin(e, want) {
		return a, e
	}
	if m.isBuiltin(e, "true") || m.isBuiltin(e, "false") {
		return Absent, nil
	}
	return Unknown, e
}

// isBuildImage reports whether the image is built by buildImage (or its
// WithNixDb variant), the single-layer builder that copies its root.
func isBuildImage(img *Image) bool {
	return img.Func == "buildImage" || img.Func == "buildImageWithNixDb"
}

// isLayered reports whether the image is built by the layered builders,
// which take streamLayeredImage's arguments.
func isLayered(img *Image) bool {
	switch img.Func {
	case "buildLayeredImage", "streamLayeredImage", "buildLayeredImageWithNixDb":
		return true
	}
	return false
}

// reportAt returns the node a finding about an argument points at: its
// value when written, else the builder.
func reportAt(img *Image, e parser.Expr) parser.Node {
	if e != nil {
		return parser.Unparen(e)
	}
	return img.Fun
}
