package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// How a fix names what it inserts: a package set, dockerTools or a package
// written elsewhere in the file, spelled so that it means the same at the
// place of the edit.

// selection is a name followed by attribute selections (pkgs.dockerTools,
// nixpkgs.legacyPackages.${system}), as written.
type selection struct {
	root  *parser.Ident
	start int
	names []parser.AttrName
	// names as strings; "${}" for a dynamic one
	path []string
}

// selectionOf reads e as a selection; ok is false for anything else (a
// call, an or default, an interpolation of more than a name).
func selectionOf(e parser.Expr) (selection, bool) {
	e = parser.Unparen(e)
	var names []parser.AttrName
	for {
		switch x := e.(type) {
		case *parser.Ident:
			s := selection{root: x, start: x.Pos(), names: names}
			for _, n := range names {
				if name, ok := parser.StaticName(n); ok {
					s.path = append(s.path, name)
					continue
				}
				in, ok := n.(*parser.Interp)
				if !ok {
					return selection{}, false
				}
				if _, ok := parser.Unparen(in.X).(*parser.Ident); !ok {
					return selection{}, false
				}
				s.path = append(s.path, "${}")
			}
			return s, true
		case *parser.Select:
			if x.Default != nil {
				return selection{}, false
			}
			names = append(append([]parser.AttrName(nil), x.Path.Names...), names...)
			e = parser.Unparen(x.X)
		default:
			return selection{}, false
		}
	}
}

// text is the source of the selection up to and including its n-th name
// (n = 0: the root name alone).
func (m *model) selText(s selection, n int) string {
	if n == 0 {
		return s.root.Name
	}
	return string(m.f.Src[s.start:s.names[n-1].End()])
}

// sameAt reports whether every name a selection uses (its root, and the
// names in its dynamic parts) means at off what it means where written.
func (m *model) sameAt(s selection, off int) bool {
	ids := []*parser.Ident{s.root}
	for _, n := range s.names {
		if in, ok := n.(*parser.Interp); ok {
			ids = append(ids, parser.Unparen(in.X).(*parser.Ident))
		}
	}
	for _, id := range ids {
		u := m.info.UseOf(id)
		if u == nil {
			return false
		}
		b, d, withs := m.boundAt(off, id.Name)
		switch {
		case u.Def != nil:
			if b != scope.Bound || d != u.Def {
				return false
			}
		default:
			uw := u.Withs()
			if b != scope.ByWith || len(withs) != len(uw) || len(uw) == 0 || withs[0] != uw[0] {
				return false
			}
		}
	}
	return true
}

// builderSets splits the image function as written (P.dockerTools.F) into
// the selections naming the package set P and dockerTools, when the image
// function is written that way.
func (m *model) builderSets(img *Image) (pkgSet, dockerTools string, s selection, ok bool) {
	s, ok = selectionOf(img.Fun)
	if !ok || len(s.path) == 0 {
		return "", "", s, false
	}
	n := len(s.path)
	switch {
	case n >= 2 && s.path[n-2] == "dockerTools":
		return m.selText(s, n-2), m.selText(s, n-1), s, true
	case n == 1 && s.root.Name == "dockerTools":
		return "", "dockerTools", s, true
	}
	return "", "", s, false
}

// pkgSetRefAt names a package set that holds attr at off, when pkgRef
// finds none: the package set the image function is selected from
// (nixpkgs.legacyPackages.${system}.dockerTools.buildImage), or a let name
// bound to a package set (nixpkgs = import <nixpkgs> { }).
func (m *model) pkgSetRefAt(img *Image, off int, attr string) string {
	set, _, s, ok := m.builderSets(img)
	if ok && set != "" && m.sameAt(s, off) {
		return set + "." + attr
	}
	// with nixpkgs.legacyPackages.${system}; dockerTools.buildImage …:
	// the package set the with opens, written out.
	if ok && set == "" {
		if u := m.info.UseOf(s.root); u != nil && u.Def == nil && len(u.Withs()) > 0 {
			w := u.Withs()[0]
			if ws, ok := selectionOf(w.Scope); ok && m.pkgsLike(w.Scope) && m.sameAt(ws, off) {
				return m.selText(ws, len(ws.names)) + "." + attr
			}
		}
	}
	for sc := m.info.ScopeAt(off); sc != nil; sc = sc.Parent {
		for _, d := range sc.Defs() {
			if (d.Kind != scope.LetDef && d.Kind != scope.RecDef) || d.Value() == nil || !m.isPkgSet(d.Value()) {
				continue
			}
			if b, bd, _ := m.boundAt(off, d.Name); b == scope.Bound && bd == d {
				return d.Name + "." + attr
			}
		}
	}
	return ""
}

// isPkgSet reports whether an expression is surely a nixpkgs package set:
// import of nixpkgs (<nixpkgs>, an input or fetch named so) applied to a
// set, or X.legacyPackages.<system>.
func (m *model) isPkgSet(e parser.Expr) bool {
	fn, args := callee(e)
	if m.isBuiltin(fn, "import") && len(args) == 2 {
		if _, ok := parser.Unparen(args[1]).(*parser.AttrSet); !ok {
			return false
		}
		switch src := parser.Unparen(args[0]).(type) {
		case *parser.SearchPath:
			return src.Path == "nixpkgs"
		case *parser.Ident, *parser.Select:
			return strings.Contains(m.lastName(src), "nixpkgs")
		case *parser.Apply:
			f, _ := callee(src)
			return strings.HasPrefix(m.lastName(f), "fetch") && strings.Contains(string(m.f.Src[src.Pos():src.End()]), "nixpkgs")
		}
		return false
	}
	if s, ok := selectionOf(e); ok {
		n := len(s.path)
		return n >= 2 && s.path[n-2] == "legacyPackages"
	}
	return false
}

// dockerToolsAt names dockerTools at off: as the image function writes it,
// or a dockerTools formal or let name, or "" when none is bound there.
func (m *model) dockerToolsAt(img *Image, off int) string {
	if _, dt, s, ok := m.builderSets(img); ok && m.sameAt(s, off) {
		return dt
	}
	b, d, withs := m.boundAt(off, "dockerTools")
	if b == scope.Bound && d != nil {
		switch {
		case d.Kind == scope.FormalDef:
			return "dockerTools"
		case d.Inherit != nil && d.Inherit.From != nil && m.pkgsLike(d.Inherit.From):
			return "dockerTools"
		case d.Value() != nil && m.lastName(d.Value()) == "dockerTools":
			return "dockerTools"
		}
		return ""
	}
	if b == scope.ByWith && len(withs) > 0 && m.pkgsLike(withs[0].Scope) {
		return "dockerTools"
	}
	return ""
}
