package rules

import "github.com/nixdock/nixdock/parser"

// Where an image's value goes. An image built (or pulled) in this file and
// used only as the fromImage of other image builds here never reaches a
// registry or docker load by itself: its tag, created date and User are not
// carried into the images built on it (buildImage and the layered builders
// keep only the base's layers and Env), and what the derived images lack is
// reported on them. Rules about what a loaded image shows or runs as stay
// silent on such a base.

// parentOf returns the node that directly holds n, or nil.
func (m *model) parentOf(n parser.Node) parser.Node {
	if m.parents == nil {
		m.parents = map[parser.Node]parser.Node{}
		var stack []parser.Node
		parser.Inspect(m.f.Expr, func(c parser.Node) bool {
			if c == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if len(stack) > 0 {
				m.parents[c] = stack[len(stack)-1]
			}
			stack = append(stack, c)
			return true
		})
	}
	return m.parents[n]
}

// outerOf climbs from n through enclosing parentheses and returns the
// outermost of them with the node that holds it.
func (m *model) outerOf(n parser.Node) (parser.Node, parser.Node) {
	p := m.parentOf(n)
	for {
		pp, ok := p.(*parser.Paren)
		if !ok {
			return n, p
		}
		n, p = pp, m.parentOf(pp)
	}
}

// onlyBase reports whether the value of e, an image build or pullImage call,
// is surely used only as the fromImage of image builds of this file: e is
// written as a fromImage, or bound by a let to a name whose every use is a
// fromImage or a selection of its imageName. Anything else (an output, an
// argument to another function, an unused name) is not surely a base.
func (m *model) onlyBase(e parser.Expr) bool {
	n, p := m.outerOf(e)
	attr, ok := p.(*parser.Attr)
	if !ok || attr.Value != n || len(attr.Path.Names) != 1 {
		return false
	}
	name, ok := parser.StaticName(attr.Path.Names[0])
	if !ok {
		return false
	}
	switch holder := m.parentOf(attr).(type) {
	case *parser.AttrSet:
		return name == "fromImage" && m.isImageArgs(holder)
	case *parser.LetIn:
		var uses int
		for _, u := range m.info.Uses {
			if u.Def == nil || len(u.Def.Attrs) != 1 || u.Def.Attrs[0] != attr {
				continue
			}
			if !m.baseUse(u.Ident) {
				return false
			}
			uses++
		}
		return uses > 0
	}
	return false
}

// baseUse reports whether the reference id is a fromImage of an image build
// of this file, or selects the reference's imageName.
func (m *model) baseUse(id *parser.Ident) bool {
	n, p := m.outerOf(id)
	switch x := p.(type) {
	case *parser.Attr:
		if x.Value != n || len(x.Path.Names) != 1 {
			return false
		}
		name, ok := parser.StaticName(x.Path.Names[0])
		set, isSet := m.parentOf(x).(*parser.AttrSet)
		return ok && isSet && name == "fromImage" && m.isImageArgs(set)
	case *parser.Select:
		if x.X != n || len(x.Path.Names) != 1 {
			return false
		}
		name, ok := parser.StaticName(x.Path.Names[0])
		return ok && name == "imageName"
	}
	return false
}

// isImageArgs reports whether s is written as the argument set of an image
// build of this file.
func (m *model) isImageArgs(s *parser.AttrSet) bool {
	if s.Rec != parser.NoPos {
		return false
	}
	for _, img := range m.images {
		if parser.Unparen(img.Arg) == s {
			return true
		}
	}
	return false
}

// passedOn reports whether the value of e is written inside the argument
// set of a call to a function that is not an image builder (lib.makeImage
// { from = pullImage { … }; }): what that function does with it is
// unknown.
func (m *model) passedOn(e parser.Expr) bool {
	var n parser.Node = e
	for i := 0; i < maxDepth; i++ {
		var p parser.Node
		n, p = m.outerOf(n)
		switch x := p.(type) {
		case *parser.Attr:
			if x.Value != n {
				return false
			}
			set, ok := m.parentOf(x).(*parser.AttrSet)
			if !ok || set.Rec != parser.NoPos {
				return false
			}
			n = set
		case *parser.Apply:
			return x.Arg == n && m.imageFunc(x.Fun) == ""
		default:
			return false
		}
	}
	return false
}

// OnlyBase reports whether the image is surely used only as the fromImage of
// other image builds of this file (see model.onlyBase).
func (img *Image) OnlyBase() bool {
	e := img.Build
	if e == nil {
		e = img.Call
	}
	return img.m.onlyBase(e)
}
