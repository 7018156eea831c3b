package rules

import (
	"github.com/nixdock/nixdock/parser"
)

// Base images. An image built on fromImage holds the base's layers, and
// buildImage keeps the base's Env; so what a derived image has includes
// what its base has. When fromImage is another image built in this file,
// the model knows the base; a pulled image, a path or anything else is an
// unknown base.

// baseImage answers whether img is built on a base image and, when the base
// is an image build of this file, returns it. fromImage = null is no base.
func (m *model) baseImage(img *Image) (*Image, Answer) {
	a, v := m.lookup(img.args, "fromImage")
	switch a {
	case Absent:
		return nil, Absent
	case Unknown:
		return nil, Unknown
	}
	e := leafExpr(v)
	if e == nil {
		return nil, Unknown
	}
	if m.isBuiltin(e, "null") {
		return nil, Absent
	}
	for i := 0; i < maxDepth; i++ {
		switch x := parser.Unparen(e).(type) {
		case *parser.Ident:
			v, _ := m.letValue(m.def(x))
			if v == nil {
				return nil, Present
			}
			e = v
			continue
		case *parser.Select:
			v, _, ok := m.selected(x)
			if !ok {
				return nil, Present
			}
			e = v
			continue
		case *parser.Apply, *parser.Binary:
			for _, b := range m.images {
				if b.Build == x && b != img {
					return b, Present
				}
			}
		}
		return nil, Present
	}
	return nil, Present
}

// withBase combines what img itself has (own) with what its base has, for
// what a derived image inherits: present if either surely has it, absent
// only when img surely lacks it and has no base or a base built here that
// surely lacks it too.
func (m *model) withBase(img *Image, own Answer, has func(*Image) Answer) Answer {
	if own == Present {
		return Present
	}
	base, a := m.baseImage(img)
	switch {
	case a == Absent:
		return own
	case base == nil || m.depth > maxDepth:
		return Unknown
	}
	m.depth++
	defer func() { m.depth-- }()
	switch has(base) {
	case Present:
		return Present
	case Unknown:
		return Unknown
	}
	return own
}

// envHasVar answers whether an image's config.Env, or its base's, has an
// entry starting with one of prefixes.
func (m *model) envHasVar(img *Image, prefixes []string) Answer {
	own := Absent
	a, env := m.lookupPath(img.args, []string{"config", "Env"})
	switch a {
	case Unknown:
		own = Unknown
	case Present:
		if e := leafExpr(env); e == nil {
			own = Unknown
		} else {
			own = m.envHas(e, prefixes)
		}
	}
	return m.withBase(img, own, func(b *Image) Answer { return m.envHasVar(b, prefixes) })
}
