package rules

import "github.com/nixdock/nixdock/parser"

// argSet answers whether an image argument is surely set to something
// other than null, and returns its written value (nil when there is no
// single written expression).
func (m *model) argSet(img *Image, key string) (Answer, parser.Expr) {
	a, v := m.lookup(img.args, key)
	if a == Absent {
		return Absent, nil
	}
	e := leafExpr(v)
	if e != nil && m.isBuiltin(e, "null") {
		if a == Present {
			return Absent, nil
		}
		return Unknown, nil
	}
	return a, e
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
