package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// UntaggedImage (ND003) finds images with no tag, or tag = null. dockerTools
// then uses the output hash as the tag, which changes on every rebuild and
// tells nobody which commit the image came from. The haskell-flake guide
// ("Tag") tags with the short commit id, or "dev" for a dirty tree.
//
// Bad:
//
//	{ pkgs, self }: pkgs.dockerTools.buildImage { name = "app"; created = "now"; }
//
// Good:
//
//	{ pkgs, self }: pkgs.dockerTools.buildImage {
//	  name = "app";
//	  created = "now";
//	  tag = builtins.substring 0 9 (self.rev or "dev");
//	}
//
// The fix tags with the short commit id where the flake's self (or, under
// flake-parts, inputs.self) is bound and builtins is not shadowed; else,
// unsafely, with the version of the one package the image surely runs,
// when it can be named at the tag's place (tagFor). Elsewhere the rule
// reports without a fix; it never invents a tag such as "latest".
var UntaggedImage = &Rule{
	Code:     "ND003",
	Name:     "untagged-image",
	Summary:  "the image has no tag, so its tag is the output hash",
	Severity: Warning,
	HasFix:   true,
	Fix:      Safe,
	Run:      runUntaggedImage,
}

const commitTag = `builtins.substring 0 9 (self.rev or "dev")`

// tagFor chooses the tag a fix writes at off, in order of preference: the
// short commit id from the flake's self, or from flake-parts' inputs.self
// where self is not bound; else the version of the one package the image
// surely runs (unsafe: evaluation fails if it has no version).
func (m *model) tagFor(img *Image, off int) (string, Fix, bool) {
	commit := Fix{Message: "tag the image with the short commit id", Safety: Safe}
	if m.builtinsFree(off) {
		if m.selfAt(off) {
			return commitTag, commit, true
		}
		if b, _, _ := m.boundAt(off, "self"); b == scope.Unbound && m.inputsAt(off) {
			return `builtins.substring 0 9 (inputs.self.rev or "dev")`, commit, true
		}
	}
	if p := m.mainPackage(img, off); p != "" {
		return p + ".version", Fix{Message: "tag the image with the version of " + p, Safety: Unsafe}, true
	}
	return "", Fix{}, false
}

// onlyABase reports whether an image is bound to a let name whose one use
// is another image's fromImage: the base's layers are read from its
// tarball and its tag is never seen, so it needs none.
func (m *model) onlyABase(img *Image, images []*Image) bool {
	for _, other := range images {
		if other == img {
			continue
		}
		a, v := m.lookup(other.args, "fromImage")
		ev, ok := v.(exprVal)
		if a != Present || !ok || ev.expr == nil {
			continue
		}
		id, ok := parser.Unparen(ev.expr).(*parser.Ident)
		if !ok {
			continue
		}
		d := m.def(id)
		if d == nil || (d.Kind != scope.LetDef && d.Kind != scope.RecDef) || d.Value() == nil || m.uses[d] != 1 {
			continue
		}
		if parser.Unparen(d.Value()) == parser.Expr(img.Call) {
			return true
		}
	}
	return false
}

// inputsAt reports whether flake-parts' inputs (a formal or parameter of
// a module, or a let inherit of it) is bound at off.
func (m *model) inputsAt(off int) bool {
	b, d, _ := m.boundAt(off, "inputs")
	if b != scope.Bound || d == nil {
		return false
	}
	return d.Kind == scope.FormalDef || d.Kind == scope.ParamDef || (d.Kind == scope.LetDef && d.Inherit != nil)
}

// helperPackages are packages an image carries but does not run as its
// program.
var helperPackages = []string{"cacert", "caCertificates", "fakeNss", "usrBinEnv", "binSh", "tzdata", "iana-etc"}

// mainPackage names, as it can be written at off, the one package the
// image surely runs: the package interpolated into (or given to getExe in)
// Cmd and Entrypoint, else the only package of its contents or root besides
// the helpers. It is "" when there is no such package, when it cannot be
// named at off, or when it surely has no version (self, a script writer,
// a derivation written here without one).
func (m *model) mainPackage(img *Image, off int) string {
	var cands []parser.Expr
	seen := map[string]bool{}
	add := func(e parser.Expr) {
		e = parser.Unparen(e)
		t := string(m.f.Src[e.Pos():e.End()])
		if !seen[t] {
			seen[t] = true
			cands = append(cands, e)
		}
	}
	for _, key := range []string{"Entrypoint", "Cmd"} {
		a, e := img.Attr("config", key)
		if a != Present || e == nil {
			continue
		}
		elems, _ := m.listElems(e)
		for _, el := range elems {
			x := parser.Unparen(el.expr)
			if s, ok := x.(*parser.String); ok {
				// "${P}/bin/x": a store path of P. An interpolation
				// further in may be any string.
				if len(s.Parts) > 0 {
					if in, ok := s.Parts[0].(*parser.Interp); ok {
						add(in.X)
					}
				}
				continue
			}
			if fn, args := callee(x); len(args) > 0 {
				switch m.lastName(fn) {
				case "getExe", "getExe'", "getBin":
					add(args[0])
				}
			}
		}
	}
	if len(cands) == 0 {
		// The package the image is named after: inherit (P) name, or
		// name = P.pname (or P.name).
		if e := m.nameSource(img); e != nil && m.mayBePackage(e) {
			add(e)
		}
	}
	if len(cands) == 0 {
		if e := m.programPackage(img); e != nil {
			add(e)
		}
	}
	if len(cands) == 0 {
		for _, key := range []string{"contents", "copyToRoot"} {
			a, v := m.lookup(img.args, key)
			if a == Absent {
				continue
			}
			if a != Present || leafExpr(v) == nil {
				return ""
			}
			elems, complete := m.rootElems(leafExpr(v))
			if !complete {
				return ""
			}
			for _, el := range elems {
				if contains(helperPackages, m.lastName(el.expr)) {
					continue
				}
				if el.maybe {
					return ""
				}
				add(el.expr)
			}
		}
	}
	if len(cands) != 1 {
		return ""
	}
	s, ok := selectionOf(cands[0])
	if !ok || !m.sameAt(s, off) || !m.mayHaveVersion(cands[0]) {
		return ""
	}
	return m.selText(s, len(s.names))
}

// nameSource is P when the image's name is P's: inherit (P) name, or
// name = P.name or P.pname.
func (m *model) nameSource(img *Image) parser.Expr {
	t, ok := img.args.(setLit)
	if !ok || len(t.prefix) > 0 {
		return nil
	}
	for _, b := range t.set.Bindings {
		switch b := b.(type) {
		case *parser.Inherit:
			if b.From == nil {
				continue
			}
			for _, n := range b.Names {
				if s, ok := parser.StaticName(n); ok && s == "name" {
					return b.From
				}
			}
		case *parser.Attr:
			if len(b.Path.Names) != 1 {
				continue
			}
			if s, ok := parser.StaticName(b.Path.Names[0]); !ok || s != "name" {
				continue
			}
			if sel, ok := parser.Unparen(b.Value).(*parser.Select); ok && sel.Default == nil && len(sel.Path.Names) == 1 {
				if last, ok := parser.StaticName(sel.Path.Names[0]); ok && (last == "name" || last == "pname") {
					return sel.X
				}
			}
		}
	}
	return nil
}

// settingNames are names that hold settings or arguments, not packages.
var settingNames = []string{"config", "cfg", "args", "attrs", "options", "opts", "settings", "params", "inputs", "self"}

// mayBePackage rules out, for the source of an image's name, what is
// plainly not a package: a function's parameter set, module settings.
func (m *model) mayBePackage(e parser.Expr) bool {
	s, ok := selectionOf(e)
	if !ok {
		return false
	}
	if d := m.def(s.root); d != nil && d.Kind == scope.ParamDef && len(s.path) == 0 {
		return false
	}
	for _, n := range append([]string{s.root.Name}, s.path...) {
		if contains(settingNames, n) {
			return false
		}
	}
	return true
}

// programPackage is the one package of the image root named like the
// program the image runs ("/bin/nginx" or "nginx", and pkgs.nginx).
func (m *model) programPackage(img *Image) parser.Expr {
	var prog string
	for _, key := range []string{"Entrypoint", "Cmd"} {
		a, e := img.Attr("config", key)
		if a == Absent {
			continue
		}
		if a != Present || e == nil {
			return nil
		}
		elems, _ := m.listElems(e)
		if len(elems) == 0 {
			continue
		}
		s, ok := stringLit(elems[0].expr)
		if !ok {
			return nil
		}
		prog = s[strings.LastIndexByte(s, '/')+1:]
		break
	}
	if prog == "" {
		return nil
	}
	var found parser.Expr
	for _, env := range m.rootItems(img) {
		if m.lastName(env) == prog {
			if found != nil {
				return nil
			}
			found = env
		}
	}
	return found
}

// rootItems lists the written items of an image's root: contents,
// copyToRoot, and the paths of their buildEnvs, as far as they are known.
func (m *model) rootItems(img *Image) []parser.Expr {
	var out []parser.Expr
	var walk func(e parser.Expr, depth int)
	walk = func(e parser.Expr, depth int) {
		if depth > 4 {
			return
		}
		elems, _ := m.rootElems(e)
		for _, el := range elems {
			if el.maybe {
				continue
			}
			if call, _ := m.buildEnvCall(el.expr, false); call != nil {
				walk(call, depth+1)
				continue
			}
			out = append(out, el.expr)
		}
	}
	for _, key := range []string{"contents", "copyToRoot"} {
		if a, v := m.lookup(img.args, key); a == Present && leafExpr(v) != nil {
			walk(leafExpr(v), 0)
		}
	}
	return out
}

// versionless are builders whose result has no version attribute.
var versionless = map[string]bool{
	"writeShellScriptBin": true, "writeScriptBin": true, "writeShellApplication": true, "writeTextFile": true,
	"writeTextDir": true, "writeText": true, "writeScript": true, "writeShellScript": true,
	"runCommand": true, "runCommandLocal": true, "runCommandNoCC": true, "runCommandCC": true,
	"buildEnv": true, "symlinkJoin": true,
}

// mayHaveVersion answers no only for a package that surely has no version
// attribute: the flake's self, or a derivation written in the file by a
// builder that sets none, or by one given a set without version.
func (m *model) mayHaveVersion(e parser.Expr) bool {
	if m.depth > maxDepth {
		return false
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.Ident:
		if x.Name == "self" {
			return false
		}
		if d := m.def(x); d != nil && (d.Kind == scope.LetDef || d.Kind == scope.RecDef) {
			if d.Value() == nil {
				return d.Inherit != nil
			}
			return m.mayHaveVersion(d.Value())
		}
		return true
	case *parser.Select:
		p := m.pathOf(x)
		return !contains(p, "self")
	case *parser.Apply:
		fn, args := callee(x)
		name := m.lastName(fn)
		if versionless[name] {
			return false
		}
		if name == "justStaticExecutables" && len(args) == 1 {
			return m.mayHaveVersion(args[0])
		}
		if len(args) == 1 {
			if set, ok := parser.Unparen(args[0]).(*parser.AttrSet); ok {
				a, _ := m.lookup(setLit{set: set}, "version")
				return a != Absent
			}
		}
		return true
	}
	return false
}

func runUntaggedImage(p *Pass) {
	for _, img := range p.Images {
		if img.OnlyBase() {
			continue // a base image's tag is not carried into the images built on it
		}
		m := img.m
		if m.onlyABase(img, p.Images) {
			continue
		}
		a, v := m.lookup(img.args, "tag")
		switch a {
		case Absent:
			d := Diagnostic{
				Pos:     img.Fun.Pos(),
				End:     img.Fun.End(),
				Message: "image has no tag, so it is tagged with its output hash, which changes on every rebuild and names no commit",
			}
			if t, ok := insertTarget(img.args); ok && !m.captures(t, "tag") {
				if tag, fix, ok := m.tagFor(img, t.set.LBrace+1); ok {
					fix.Edits = []TextEdit{insertBinding(m.f, t, "tag", func(layout) string { return tag })}
					d.Fixes = []Fix{fix}
				}
			}
			p.Report(d)
		case Present:
			ev, ok := v.(exprVal)
			if !ok || ev.expr == nil || !m.isBuiltin(ev.expr, "null") {
				continue
			}
			null := parser.Unparen(ev.expr)
			d := Diagnostic{
				Pos:     null.Pos(),
				End:     null.End(),
				Message: "tag = null tags the image with its output hash, which changes on every rebuild and names no commit",
			}
			if tag, fix, ok := m.tagFor(img, null.Pos()); ok && !ev.shared {
				fix.Edits = []TextEdit{{Pos: null.Pos(), End: null.End(), NewText: tag}}
				d.Fixes = []Fix{fix}
			}
			p.Report(d)
		}
	}
}

func init() { register(UntaggedImage) }
