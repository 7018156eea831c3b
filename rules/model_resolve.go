package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// How the model follows what a name or an expression stands for, beyond a
// plain let name: builders chosen by an if, dockerTools reached through an
// override or a callPackage of its source, attributes selected from a set
// written in the file, and buildEnvs inside a contents list.

// argFamily groups the image functions that take the same arguments. An
// if choosing between two of one family builds an image with those
// arguments; between families, the arguments' meaning depends on the
// branch, and the model does not guess.
var argFamily = map[string]string{
	"buildImage":                 "buildImage",
	"buildImageWithNixDb":        "buildImage",
	"buildLayeredImage":          "layered",
	"streamLayeredImage":         "layered",
	"buildLayeredImageWithNixDb": "layered",
	"buildNixShellImage":         "nixShell",
	"streamNixShellImage":        "nixShell",
}

// singleLayer reports whether fn is buildImage or its WithNixDb variant,
// the single-layer builders: their root is copyToRoot (contents is its
// deprecated name) and runAsRoot runs in a VM.
func singleLayer(fn string) bool { return argFamily[fn] == "buildImage" }

// layered reports whether fn is one of the layered builders, which take
// streamLayeredImage's arguments: their root is contents.
func layered(fn string) bool { return argFamily[fn] == "layered" }

// nixShell reports whether fn is one of the nix-shell image builders,
// which set config (User among it) and put fakeNss in the image themselves.
func nixShell(fn string) bool { return argFamily[fn] == "nixShell" }

// branchFunc is imageFunc for an if. At least one branch must surely be a
// dockerTools image function; every other branch must be one too, or name
// an image function of the same family through something the file does
// not show (otherDockerTools.buildImage, with otherDockerTools a function
// argument). The first surely-known branch's function is reported.
func (m *model) branchFunc(x *parser.If) string {
	var branches []parser.Expr
	var collect func(e parser.Expr)
	collect = func(e parser.Expr) {
		if i, ok := parser.Unparen(e).(*parser.If); ok && len(branches) < maxDepth {
			collect(i.Then)
			collect(i.Else)
			return
		}
		branches = append(branches, e)
	}
	collect(x)
	// A branch that throws or aborts builds nothing: it does not count.
	kept := branches[:0]
	for _, b := range branches {
		fn, args := callee(b)
		if len(args) > 0 && (m.isBuiltin(fn, "throw") || m.isBuiltin(fn, "abort") || m.pathOf(fn)[0] == "builtins" && (m.lastName(fn) == "throw" || m.lastName(fn) == "abort")) {
			continue
		}
		kept = append(kept, b)
	}
	branches = kept
	sure := ""
	known := make([]string, len(branches))
	for i, b := range branches {
		if fn := m.imageFunc(b); fn != "" {
			known[i] = fn
			if sure == "" {
				sure = fn
			}
		}
	}
	if sure == "" {
		return ""
	}
	for i, b := range branches {
		fn := known[i]
		if fn == "" {
			p := m.pathOf(b)
			if len(p) < 2 {
				return ""
			}
			fn = p[len(p)-1]
		}
		if f, ok := argFamily[fn]; !ok || f != argFamily[sure] {
			return ""
		}
	}
	return sure
}

// sameValueCalls are the methods whose result is, for naming, the value
// they are called on: pkgs.dockerTools.override { … } is still dockerTools,
// cacert.overrideAttrs f is still cacert.
var sameValueCalls = map[string]bool{
	"override":       true,
	"overrideAttrs":  true,
	"overrideScope":  true,
	"overrideScope'": true,
	"extend":         true,
}

// callPath is pathOf for a call: X.override a names X, and a callPackage
// (or import) of nixpkgs' pkgs/build-support/docker is dockerTools.
func (m *model) callPath(e *parser.Apply) []string {
	fn, args := callee(e)
	p := m.pathOf(fn)
	last := p[len(p)-1]
	switch {
	case sameValueCalls[last] && len(p) >= 2 && len(args) == 1:
		return p[:len(p)-1]
	case (last == "callPackage" || m.isBuiltin(fn, "import")) && len(args) >= 1 && dockerSource(args[0]):
		return []string{"dockerTools"}
	}
	return []string{"?"}
}

// dockerSource reports whether e is a path to nixpkgs' dockerTools source
// (<nixpkgs/pkgs/build-support/docker>, "${nixpkgs}/pkgs/build-support/docker",
// pkgs.path + "/pkgs/build-support/docker",
// ./pkgs/build-support/docker/default.nix), judged by its written tail.
func dockerSource(e parser.Expr) bool {
	var text string
	tail := func(parts []parser.StrPart) string {
		var b strings.Builder
		for _, part := range parts {
			switch t := part.(type) {
			case *parser.StrText:
				b.WriteString(t.Value())
			default:
				b.Reset()
			}
		}
		return b.String()
	}
	switch x := parser.Unparen(e).(type) {
	case *parser.SearchPath:
		text = x.Path
	case *parser.Path:
		text = tail(x.Parts)
	case *parser.String:
		text = tail(x.Parts)
	case *parser.Binary:
		// nixpkgs.path + "/pkgs/build-support/docker"
		if x.Op != parser.TPlus {
			return false
		}
		return dockerSource(x.Y)
	default:
		return false
	}
	text = strings.TrimSuffix(strings.TrimSuffix(text, "/default.nix"), "/")
	return text == "pkgs/build-support/docker" || strings.HasSuffix(text, "/pkgs/build-support/docker")
}

// selected follows an attribute selection from a set written in the file
// (common.config, with common a let name bound to { config = …; }) to the
// expression written for it. shared is true when that expression is
// reached through a name other code uses too. A selection with a default
// (x.a or d), a dynamic name, or from anything else is not followed.
func (m *model) selected(x *parser.Select) (e parser.Expr, shared, ok bool) {
	if x.Default != nil || m.depth > maxDepth {
		return nil, false, false
	}
	m.depth++
	defer func() { m.depth-- }()
	base := m.eval(x.X, false)
	if _, opaque := base.(exprVal); opaque {
		return nil, false, false
	}
	path := make([]string, 0, len(x.Path.Names))
	for _, n := range x.Path.Names {
		s, ok := parser.StaticName(n)
		if !ok {
			return nil, false, false
		}
		path = append(path, s)
	}
	a, v := m.lookupPath(base, path)
	if a != Present {
		return nil, false, false
	}
	switch v := v.(type) {
	case exprVal:
		if v.expr != nil {
			return v.expr, v.shared, true
		}
	case setLit:
		if len(v.prefix) == 0 {
			return v.set, v.shared, true
		}
	}
	return nil, false, false
}

// letValue is the expression a let (or rec) name stands for: its value
// when it is written name = value;, or for inherit (common) name, with
// common a set written in the file that surely has name, the expression
// written there. shared is true when other code sees the same value: the
// name, or the set it is inherited from, is used more than once.
func (m *model) letValue(d *scope.Def) (e parser.Expr, shared bool) {
	if d == nil || (d.Kind != scope.LetDef && d.Kind != scope.RecDef) {
		return nil, false
	}
	if v := d.Value(); v != nil {
		return v, m.shared(d)
	}
	if d.Inherit == nil || d.Inherit.From == nil || m.depth > maxDepth {
		return nil, false
	}
	m.depth++
	defer func() { m.depth-- }()
	base := m.eval(d.Inherit.From, false)
	if _, opaque := base.(exprVal); opaque {
		return nil, false
	}
	a, v := m.lookup(base, d.Name)
	if a != Present {
		return nil, false
	}
	switch v := v.(type) {
	case exprVal:
		if v.expr != nil {
			return v.expr, v.shared || m.shared(d)
		}
	case setLit:
		if len(v.prefix) == 0 {
			return v.set, v.shared || m.shared(d)
		}
	}
	return nil, false
}

// follow leads from e through let names (letValue) and selections from
// sets written in the file (selected) to the expression they stand for:
// the last one it reaches, without parentheses. shared is true when the
// way passes a name or a set that other code uses too, so that an edit
// there would be seen elsewhere. It is nil when the names go too deep.
func (m *model) follow(e parser.Expr) (_ parser.Expr, shared bool) {
	for i := 0; i < maxDepth; i++ {
		var v parser.Expr
		var sh, ok bool
		switch x := parser.Unparen(e).(type) {
		case *parser.Ident:
			v, sh = m.letValue(m.def(x))
			ok = v != nil
		case *parser.Select:
			v, sh, ok = m.selected(x)
		}
		if !ok {
			return parser.Unparen(e), shared
		}
		shared = shared || sh
		e = v
	}
	return nil, shared
}

// selectedPrefix is selected for the longest leading part of a selection
// that can be followed: tools.docker.buildImage, with tools = { docker =
// pkgs.dockerTools; }, gives pkgs.dockerTools and the rest, [buildImage].
func (m *model) selectedPrefix(x *parser.Select) (e parser.Expr, rest []string, ok bool) {
	if x.Default != nil || m.depth > maxDepth {
		return nil, nil, false
	}
	m.depth++
	defer func() { m.depth-- }()
	base := m.eval(x.X, false)
	if _, opaque := base.(exprVal); opaque {
		return nil, nil, false
	}
	path := make([]string, 0, len(x.Path.Names))
	for _, n := range x.Path.Names {
		s, ok := parser.StaticName(n)
		if !ok {
			s = "${}"
		}
		path = append(path, s)
	}
	for k := len(path); k > 0; k-- {
		if contains(path[:k], "${}") {
			continue
		}
		a, v := m.lookupPath(base, path[:k])
		if a != Present {
			continue
		}
		switch v := v.(type) {
		case exprVal:
			if v.expr != nil {
				return v.expr, path[k:], true
			}
		case setLit:
			if len(v.prefix) == 0 {
				return v.set, path[k:], true
			}
		}
	}
	return nil, nil, false
}

// inheritedValue is the value of an inherited attribute key when the file
// shows it: inherit (common) key, with common a set written here that
// surely has key, or inherit key, with key a let name.
func (m *model) inheritedValue(inh *parser.Inherit, name parser.AttrName, key string, shared bool) (value, bool) {
	if inh == nil || m.depth > maxDepth {
		return nil, false
	}
	m.depth++
	defer func() { m.depth-- }()
	if inh.From != nil {
		base := m.eval(inh.From, shared)
		if _, opaque := base.(exprVal); opaque {
			return nil, false
		}
		a, v := m.lookup(base, key)
		if a != Present || v == nil {
			return nil, false
		}
		if ev, ok := v.(exprVal); ok && ev.expr == nil {
			return nil, false
		}
		return v, true
	}
	id, ok := name.(*parser.Ident)
	if !ok {
		return nil, false
	}
	if v, _ := m.letValue(m.def(id)); v == nil {
		return nil, false
	}
	v := m.eval(id, shared)
	if ev, ok := v.(exprVal); ok && ev.expr == parser.Expr(id) {
		// The name in the inherit is no place to write a new value: a
		// fix that replaces the expression must leave it alone.
		ev.shared = true
		return ev, true
	}
	return v, true
}

// envCall finds the buildEnv (or, with symlinkJoin, also symlinkJoin)
// call e is, following let names and selections from sets written here;
// shared is true when it is reached through a name used elsewhere.
func (m *model) envCall(e parser.Expr, shared, symlinkJoin bool) (*parser.Apply, bool) {
	v, sh := m.follow(e)
	shared = shared || sh
	x, ok := v.(*parser.Apply)
	if !ok {
		return nil, shared
	}
	fn, args := callee(x)
	switch m.lastName(fn) {
	case "buildEnv":
	case "symlinkJoin":
		if !symlinkJoin {
			return nil, shared
		}
	default:
		return nil, shared
	}
	if len(args) != 1 {
		return nil, shared
	}
	return x, shared
}

// expandEnvs replaces each buildEnv or symlinkJoin in a list of root
// entries by its paths: contents = [ (buildEnv { paths = [ cacert ]; }) app ]
// puts cacert in the image root. An entry under a condition keeps it for
// each of its paths; paths that cannot be listed make the list incomplete.
func (m *model) expandEnvs(elems []elem, complete bool) ([]elem, bool) {
	var out []elem
	for i, el := range elems {
		call, _ := m.envCall(el.expr, false, true)
		if call == nil {
			if out != nil {
				out = append(out, el)
			}
			continue
		}
		if out == nil {
			out = append(make([]elem, 0, len(elems)), elems[:i]...)
		}
		_, args := callee(call)
		a, v := m.lookup(m.eval(args[0], false), "paths")
		if a != Present || leafExpr(v) == nil {
			complete = false
			continue
		}
		paths, ok := m.listElems(leafExpr(v))
		if !ok {
			complete = false
		}
		for _, p := range paths {
			out = append(out, elem{p.expr, p.maybe || el.maybe})
		}
	}
	if out == nil {
		return elems, complete
	}
	return out, complete
}
