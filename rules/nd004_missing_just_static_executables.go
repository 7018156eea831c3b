package rules

import (
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// MissingJustStaticExecutables (ND004) finds Haskell packages that reach
// an image (copyToRoot or contents paths, or interpolated in config.Cmd or
// config.Entrypoint) without haskell.lib.justStaticExecutables. A Haskell
// package keeps references to its libraries, documentation and often GHC
// itself, so the image carries hundreds of megabytes it never runs; the
// haskell-flake guide ("Size") and the nixpkgs Haskell documentation
// recommend justStaticExecutables.
//
// Haskell packages are haskellPackages.X, haskell.packages.<ghc>.X, and in
// a haskell-flake module self'.packages.X, or a let or packages.X binding of
// one of these. A reference is fine when it or its definition is wrapped,
// or when haskell-flake settings set justStaticExecutables = true for it.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage {
//	  name = "hello";
//	  config.Cmd = [ "${pkgs.haskellPackages.hello}/bin/hello" ];
//	}
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage {
//	  name = "hello";
//	  config.Cmd = [ "${pkgs.haskell.lib.justStaticExecutables pkgs.haskellPackages.hello}/bin/hello" ];
//	}
//
// The fix wraps the reference where the image uses it (never the shared
// definition). It is unsafe: a package whose executables refer to
// data-files can break, or keep GHC anyway; see haskell-flake's
// removeReferencesTo for that case.
var MissingJustStaticExecutables = &Rule{
	Code:     "ND004",
	Name:     "missing-just-static-executables",
	Summary:  "a Haskell package reaches the image without justStaticExecutables",
	Severity: Warning,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runMissingJustStaticExecutables,
}

// hsRef is a reference to a Haskell package found in an image.
type hsRef struct {
	expr   parser.Expr
	name   string
	parens bool // the wrap needs parentheses where it stands
}

func runMissingJustStaticExecutables(p *Pass) {
	seen := map[int]bool{}
	for _, img := range p.Images {
		m := img.m
		if m.shipsGHC(img) {
			// A toolchain image (ghcWithPackages in its root) runs
			// GHC on purpose; its Haskell packages need it.
			continue
		}
		var refs []hsRef
		for _, path := range [][]string{{"copyToRoot"}, {"contents"}, {"config", "Cmd"}, {"config", "Entrypoint"}} {
			a, v := m.lookupPath(img.args, path)
			if a == Absent {
				continue
			}
			if e := leafExpr(v); e != nil {
				m.haskellRefs(e, true, &refs)
			}
		}
		for _, r := range refs {
			if seen[r.expr.Pos()] {
				continue
			}
			seen[r.expr.Pos()] = true
			d := Diagnostic{
				Pos:     r.expr.Pos(),
				End:     r.expr.End(),
				Message: "Haskell package " + r.name + " reaches the image without justStaticExecutables, so its libraries, docs and often GHC ship too (if it uses data-files, see removeReferencesTo)",
			}
			if fn := m.jseName(r.expr.Pos()); fn != "" {
				open, close := "(", ")"
				if !r.parens {
					open, close = "", ""
				}
				d.Fixes = []Fix{{
					Message: "wrap " + r.name + " in justStaticExecutables",
					Safety:  Unsafe,
					Edits: []TextEdit{
						{Pos: r.expr.Pos(), End: r.expr.Pos(), NewText: open + fn + " "},
						{Pos: r.expr.End(), End: r.expr.End(), NewText: close},
					},
				}}
			}
			p.Report(d)
		}
	}
}

// shipsGHC reports whether the image puts a GHC in its root.
func (m *model) shipsGHC(img *Image) bool {
	for _, key := range []string{"copyToRoot", "contents"} {
		a, v := m.lookup(img.args, key)
		if a != Present || leafExpr(v) == nil {
			continue
		}
		elems, _ := m.rootElems(leafExpr(v))
		for _, el := range elems {
			e := parser.Unparen(el.expr)
			if id, ok := e.(*parser.Ident); ok {
				if d := m.def(id); d != nil && d.Value() != nil {
					e = parser.Unparen(d.Value())
				}
			}
			if app, ok := e.(*parser.Apply); ok {
				e, _ = callee(app)
			}
			switch m.lastName(e) {
			case "ghc", "ghcWithPackages", "ghcWithHoogle":
				return true
			}
		}
	}
	return false
}

// jseName names justStaticExecutables at off, or "" when neither pkgs nor
// haskell is bound there.
func (m *model) jseName(off int) string {
	if b, _, _ := m.boundAt(off, "pkgs"); b == scope.Bound {
		return "pkgs.haskell.lib.justStaticExecutables"
	}
	b, _, withs := m.boundAt(off, "haskell")
	if b == scope.Bound || (b == scope.ByWith && len(withs) > 0 && m.pkgsLike(withs[0].Scope)) {
		return "haskell.lib.justStaticExecutables"
	}
	return ""
}

// haskellRefs collects the unwrapped Haskell package references in what an
// image puts in its root or runs. parens says whether a wrap at e needs
// parentheses.
func (m *model) haskellRefs(e parser.Expr, parens bool, out *[]hsRef) {
	if m.depth > maxDepth {
		return
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := e.(type) {
	case *parser.Paren:
		m.haskellRefs(x.X, false, out)
	case *parser.List:
		for _, el := range x.Elems {
			m.haskellRefs(el, true, out)
		}
	case *parser.Binary:
		if x.Op == parser.TConcat {
			m.haskellRefs(x.X, true, out)
			m.haskellRefs(x.Y, true, out)
		}
	case *parser.With:
		m.haskellRefs(x.Body, true, out)
	case *parser.LetIn:
		m.haskellRefs(x.Body, true, out)
	case *parser.If:
		m.haskellRefs(x.Then, true, out)
		m.haskellRefs(x.Else, true, out)
	case *parser.String:
		for _, part := range x.Parts {
			if in, ok := part.(*parser.Interp); ok {
				m.haskellRefs(in.X, false, out)
			}
		}
	case *parser.Ident:
		if d := m.def(x); d != nil && (d.Kind == scope.LetDef || d.Kind == scope.RecDef) && d.Value() != nil {
			if isList(d.Value()) {
				// A list of packages: look inside it, where the
				// references are written.
				m.haskellRefs(d.Value(), true, out)
				return
			}
		}
		if _, ok := m.isHaskellPkg(x); ok {
			*out = append(*out, hsRef{x, m.f.Text(x), parens})
		}
	case *parser.Select:
		if _, ok := m.isHaskellPkg(x); ok {
			*out = append(*out, hsRef{x, m.f.Text(x), parens})
		}
	case *parser.Apply:
		fn, args := callee(x)
		switch m.lastName(fn) {
		case "justStaticExecutables":
			return
		case "buildEnv", "symlinkJoin":
			if len(args) == 1 {
				if a, v := m.lookup(m.eval(args[0], false), "paths"); a != Absent && leafExpr(v) != nil {
					m.haskellRefs(leafExpr(v), true, out)
				}
			}
		case "getExe", "getExe'", "getBin", "optional", "optionals":
			for _, a := range args {
				m.haskellRefs(a, true, out)
			}
		default:
			// haskellPackages.callCabal2nix … written in place.
			if _, ok := m.isHaskellPkg(x); ok {
				*out = append(*out, hsRef{x, m.f.Text(x), parens})
			}
		}
	}
}

// haskellBuilders are the package-set functions that build a package;
// true marks those only a Haskell package set has, which build Haskell
// whatever the set is called (hself.callCabal2nix in an overlay).
var haskellBuilders = map[string]bool{
	"callCabal2nix": true, "callCabal2nixWithOptions": true, "callPackage": false,
	"callHackage": true, "callHackageDirect": true, "mkDerivation": false,
	"developPackage": true,
}

// notPackages are attributes of a Haskell package set that are not
// application packages.
var notPackages = map[string]bool{
	"ghc": true, "ghcWithPackages": true, "ghcWithHoogle": true, "shellFor": true,
	"override": true, "extend": true, "developPackage": true,
}

// isHaskellBuilder reports whether name is one of haskellBuilders.
func isHaskellBuilder(name string) bool {
	_, ok := haskellBuilders[name]
	return ok
}

// haskellFlakeOutput names the package a haskell-flake project output
// path gives (haskellProjects.<p>.outputs.finalPackages.X, or
// outputs.packages.X.package), or "".
func haskellFlakeOutput(p []string) string {
	for i := 0; i+3 < len(p); i++ {
		if p[i] != "haskellProjects" || p[i+2] != "outputs" {
			continue
		}
		rest := p[i+3:]
		switch {
		case len(rest) == 2 && rest[0] == "finalPackages":
			return rest[1]
		case len(rest) == 3 && rest[0] == "packages" && rest[2] == "package":
			return rest[1]
		}
	}
	return ""
}

// isHaskellSet reports whether a path names a Haskell package set:
// haskellPackages or haskell.packages.<ghc>.
func isHaskellSet(p []string) bool {
	n := len(p)
	return (n >= 1 && p[n-1] == "haskellPackages") ||
		(n >= 3 && p[n-3] == "haskell" && p[n-2] == "packages")
}

func isList(e parser.Expr) bool {
	switch x := parser.Unparen(e).(type) {
	case *parser.List:
		return true
	case *parser.Binary:
		return x.Op == parser.TConcat
	case *parser.With:
		return isList(x.Body)
	}
	return false
}

// isHaskellPkg reports whether e names a Haskell package that is not made
// static, and gives its name.
func (m *model) isHaskellPkg(e parser.Expr) (string, bool) {
	if m.depth > maxDepth {
		return "", false
	}
	m.depth++
	defer func() { m.depth-- }()
	e = parser.Unparen(e)
	if app, ok := e.(*parser.Apply); ok {
		// haskellPackages.callCabal2nix "x" ./. { } and friends build a
		// Haskell package; any other call (justStaticExecutables
		// included) is not a plain one.
		fn, _ := callee(app)
		p := m.pathOf(fn)
		if n := len(p); n >= 2 && (haskellBuilders[p[n-1]] || isHaskellBuilder(p[n-1]) && isHaskellSet(p[:n-1])) {
			return "", true
		}
		return "", false
	}
	if id, ok := e.(*parser.Ident); ok {
		if d := m.def(id); d != nil && (d.Kind == scope.LetDef || d.Kind == scope.RecDef) && d.Value() != nil {
			// A call (justStaticExecutables or anything else) is not
			// a plain Haskell package; only a name or path is followed.
			return m.isHaskellPkg(d.Value())
		}
	}
	p := m.pathOf(e)
	n := len(p)
	switch {
	case n >= 2 && isHaskellSet(p[:n-1]) && !isHaskellBuilder(p[n-1]) && !notPackages[p[n-1]]:
		return p[n-1], true
	case haskellFlakeOutput(p) != "":
		// Settings may make it static; a dynamic name may be any of
		// the static ones.
		name := haskellFlakeOutput(p)
		return name, !m.staticSet[name] && (name != "${}" || len(m.staticSet) == 0)
	case n == 3 && (p[0] == "self'" || p[0] == "config" && m.haskellFlake) && p[1] == "packages":
		// In a flake-parts perSystem module, config.packages.X is
		// self'.packages.X.
		return m.flakePackage(p[2])
	}
	return "", false
}

// flakePackage decides whether self'.packages.X is an unwrapped Haskell
// package: by its packages.X definition in this file if there is one,
// else by haskell-flake, which builds X from the project's Cabal package
// unless settings make it static.
func (m *model) flakePackage(name string) (string, bool) {
	if defs := m.packages[name]; len(defs) > 0 {
		if len(defs) > 1 {
			return "", false
		}
		if _, ok := m.isHaskellPkg(defs[0]); ok {
			return "self'.packages." + name, true
		}
		return "", false
	}
	if !m.haskellFlake || m.staticSet[name] {
		return "", false
	}
	// haskell-flake's default package is one of the project's packages,
	// which cannot be told apart here: any static setting may be its.
	if name == "default" && len(m.staticSet) > 0 {
		return "", false
	}
	return "self'.packages." + name, true
}

func init() { register(MissingJustStaticExecutables) }
