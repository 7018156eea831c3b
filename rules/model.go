package rules

import (
	"bytes"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// The image model. It finds every dockerTools image build in a file and
// answers questions about its arguments ("does it set tag?", "what is in
// config.Env?") without evaluating anything. Each answer is Present, Absent
// or Unknown: a "missing X" rule fires only on Absent, so an optionalAttrs,
// an if, a function argument or an import never causes a false finding.
//
// Fixes edit only sets and lists written in this file. A set reached through
// a let (or rec) name that is used more than once is marked shared: other
// code sees the same value, so an edit there could change another image or
// another output. Rules still report through shared names but offer no fix.

// Answer is what the model knows about an attribute or list entry.
type Answer uint8

// Answers.
const (
	Absent  Answer = iota // surely not there
	Present               // surely there
	Unknown               // may or may not be there
)

func (a Answer) String() string {
	switch a {
	case Absent:
		return "absent"
	case Present:
		return "present"
	}
	return "unknown"
}

// imageFuncs are the dockerTools functions that build an image, and whether
// the image sets SSL_CERT_FILE itself.
var imageFuncs = map[string]bool{
	"buildImage":                 false,
	"buildLayeredImage":          false,
	"streamLayeredImage":         false,
	"buildImageWithNixDb":        false,
	"buildLayeredImageWithNixDb": false,
	"buildNixShellImage":         true,
	"streamNixShellImage":        true,
}

// Image is one dockerTools image build found in a file. The image model
// (model.go) fills it in.
type Image struct {
	// Call is the application node of the build function to its argument.
	// When the argument is piped to the function (args |> buildImage), it
	// is a node the model makes, not part of the tree: Build is the pipe.
	Call *parser.Apply
	// Build is the whole expression that builds the image: Call, or the
	// pipe.
	Build parser.Expr
	// Func is the dockerTools function called, e.g. "buildLayeredImage".
	Func string
	// Fun is the function expression as written (pkgs.dockerTools.buildImage,
	// a bare buildImage after an inherit, ...); findings about the image as
	// a whole point at it.
	Fun parser.Expr
	// Arg is the argument expression as written.
	Arg parser.Expr

	m    *model
	args value
}

// Attr answers whether the image arguments set the attribute at path (e.g.
// "config", "Env"), and returns the expression that gives its value when
// that is a single written expression.
func (img *Image) Attr(path ...string) (Answer, parser.Expr) {
	a, v := img.m.lookupPath(img.args, path)
	return a, leafExpr(v)
}

// SetsSSLCertFile reports whether the function sets SSL_CERT_FILE in the
// image itself (the nix-shell image builders do).
func (img *Image) SetsSSLCertFile() bool { return imageFuncs[img.Func] }

// FindImages returns every image build in f, in source order.
func FindImages(f *parser.File, info *scope.Info) []*Image {
	if f == nil || f.Expr == nil || info == nil || !mayBuildImage(f.Src) {
		return nil
	}
	m := newModel(f, info)
	return m.images
}

// mayBuildImage is a quick test on the raw source that rules out most files
// before any tree walk: every image function's name contains "Image", and
// the model only recognises names it can read statically, so a file that
// builds an image spells "Image" somewhere. Escapes can split the word
// inside a quoted attribute name (dockerTools."build\Im\age"), so
// backslashes (and the quotes of indented-string escapes) between its
// letters are skipped.
func mayBuildImage(src []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(src[i:], 'I')
		if j < 0 {
			return false
		}
		i += j
		if spelledAt(src, i+1, "mage") {
			return true
		}
	}
}

// spelledAt reports whether the letters of rest follow from src[k], with
// only backslashes and single quotes between them.
func spelledAt(src []byte, k int, rest string) bool {
	for n := 0; n < len(rest); k++ {
		if k >= len(src) {
			return false
		}
		switch src[k] {
		case rest[n]:
			n++
		case '\\', '\'':
		default:
			return false
		}
	}
	return true
}

// model holds what the rules share about one file.
type model struct {
	f      *parser.File
	info   *scope.Info
	uses   map[*scope.Def]int
	images []*Image
	depth  int

	// Facts about the whole file.
	haskell      bool                      // builds Haskell at all
	haskellFlake bool                      // is (part of) a haskell-flake setup
	staticSet    map[string]bool           // settings.X.justStaticExecutables = true
	packages     map[string][]parser.Expr  // packages.X = e
	configDotted bool                      // some binding is written config.X = …
	seenAttr     map[*parser.Attr]struct{} // de-duplicates the attribute walk

	parents map[parser.Node]parser.Node // built on first use (model_uses.go)
}

func newModel(f *parser.File, info *scope.Info) *model {
	m := emptyModel(f, info)
	parser.Inspect(f.Expr, func(n parser.Node) bool {
		var fun, arg parser.Expr
		switch x := n.(type) {
		case *parser.Apply:
			fun, arg = x.Fun, x.Arg
		case *parser.Binary:
			// args |> buildImage and buildImage <| args.
			switch x.Op {
			case parser.TPipeInto:
				fun, arg = x.Y, x.X
			case parser.TPipeFrom:
				fun, arg = x.X, x.Y
			default:
				return true
			}
		default:
			return true
		}
		if fn := m.imageFunc(fun); fn != "" {
			call, ok := n.(*parser.Apply)
			if !ok {
				call = &parser.Apply{Fun: fun, Arg: arg}
			}
			m.images = append(m.images, &Image{
				Call:  call,
				Build: n.(parser.Expr),
				Func:  fn,
				Fun:   fun,
				Arg:   arg,
				m:     m,
				args:  m.eval(arg, false),
			})
		}
		return true
	})
	if len(m.images) > 0 {
		// Only the rules about an image ask for the file's facts.
		m.collectFacts()
	}
	return m
}

// emptyModel is a model of f that has not looked for images yet: the
// names are counted, the file's facts are not collected.
func emptyModel(f *parser.File, info *scope.Info) *model {
	m := &model{
		f:         f,
		info:      info,
		uses:      map[*scope.Def]int{},
		staticSet: map[string]bool{},
		packages:  map[string][]parser.Expr{},
		seenAttr:  map[*parser.Attr]struct{}{},
	}
	for _, u := range info.Uses {
		if u.Def != nil {
			m.uses[u.Def]++
		}
	}
	return m
}

// imageFunc returns the dockerTools image function e denotes, or "". An
// if (or a name bound to one) whose branches are all image functions that
// take the same arguments counts (see branchFunc).
func (m *model) imageFunc(e parser.Expr) string {
	if m.depth > maxDepth {
		return ""
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.If:
		return m.branchFunc(x)
	case *parser.Ident:
		if v, ok := m.letIf(x); ok {
			return m.imageFunc(v)
		}
	}
	p := m.pathOf(e)
	if len(p) >= 2 && p[len(p)-2] == "dockerTools" {
		if _, ok := imageFuncs[p[len(p)-1]]; ok {
			return p[len(p)-1]
		}
	}
	return ""
}

// ---- Names ----

// maxDepth bounds how many names the model follows, so that a cycle
// (let a = b; b = a;) cannot hang it.
const maxDepth = 32

// def returns the lexical definition of a variable reference, or nil.
func (m *model) def(id *parser.Ident) *scope.Def {
	if u := m.info.UseOf(id); u != nil {
		return u.Def
	}
	return nil
}

// shared reports whether a let or rec definition is used more than once, in
// which case an edit to its value would be seen by every user.
func (m *model) shared(d *scope.Def) bool { return m.uses[d] > 1 }

// parentHint lists, for names commonly brought in by with, the attribute
// they are usually found in, to pick the right with when there are several.
var parentHint = map[string][]string{
	"justStaticExecutables": {"lib", "compose"},
	"recursiveUpdate":       {"lib"},
	"optionalAttrs":         {"lib"},
	"optional":              {"lib"},
	"optionals":             {"lib"},
	"getExe":                {"lib"},
	"getExe'":               {"lib"},
}

// pathOf gives the attribute path an expression denotes, following names
// to what they are bound to: pkgs.dockerTools.buildImage, and also a bare
// buildImage after inherit (pkgs.dockerTools) buildImage. A dynamic
// attribute name is "${}" and an expression with no path (an import, a
// call) is "?".
func (m *model) pathOf(e parser.Expr) []string {
	if m.depth > maxDepth {
		return []string{"?"}
	}
	m.depth++
	defer func() { m.depth-- }()
	switch e := parser.Unparen(e).(type) {
	case *parser.Ident:
		return m.identPath(e)
	case *parser.Select:
		if v, rest, ok := m.selectedPrefix(e); ok {
			// common.config where common is a set written here:
			// what it is bound to, then any names it cannot follow.
			return append(append([]string(nil), m.pathOf(v)...), rest...)
		}
		base := m.pathOf(e.X)
		out := make([]string, len(base), len(base)+len(e.Path.Names))
		copy(out, base)
		for _, n := range e.Path.Names {
			if s, ok := parser.StaticName(n); ok {
				out = append(out, s)
			} else {
				out = append(out, "${}")
			}
		}
		return out
	case *parser.Apply:
		return m.callPath(e)
	}
	return []string{"?"}
}

func (m *model) identPath(id *parser.Ident) []string {
	u := m.info.UseOf(id)
	if u == nil {
		return []string{id.Name}
	}
	if u.Def == nil {
		withs := u.Withs()
		if len(withs) == 0 {
			return []string{id.Name}
		}
		pick := withs[0]
		hints := parentHint[id.Name]
		if _, ok := imageFuncs[id.Name]; ok {
			hints = []string{"dockerTools"}
		}
		for _, w := range withs {
			wp := m.pathOf(w.Scope)
			if contains(hints, wp[len(wp)-1]) {
				pick = w
				break
			}
		}
		return append(append([]string(nil), m.pathOf(pick.Scope)...), id.Name)
	}
	d := u.Def
	switch d.Kind {
	case scope.LetDef, scope.RecDef:
		if d.Inherit != nil {
			if d.Inherit.From != nil {
				if v, _ := m.letValue(d); v != nil {
					return m.pathOf(v)
				}
				return append(append([]string(nil), m.pathOf(d.Inherit.From)...), id.Name)
			}
			return []string{id.Name}
		}
		if v := d.Value(); v != nil {
			return m.pathOf(v)
		}
	}
	return []string{id.Name}
}

// lastName is the last element of e's path ("" for none).
func (m *model) lastName(e parser.Expr) string {
	p := m.pathOf(e)
	return p[len(p)-1]
}

// callee splits f a b c into f and [a b c].
func callee(e parser.Expr) (parser.Expr, []parser.Expr) {
	e = parser.Unparen(e)
	// Count the arguments first, then fill them in from the last: the
	// model asks this of every application it meets.
	n := 0
	fn := e
	for {
		a, ok := fn.(*parser.Apply)
		if !ok {
			break
		}
		n++
		fn = parser.Unparen(a.Fun)
	}
	if n == 0 {
		return e, nil
	}
	args := make([]parser.Expr, n)
	for i := n - 1; i >= 0; i-- {
		a := e.(*parser.Apply)
		args[i] = a.Arg
		e = parser.Unparen(a.Fun)
	}
	return e, args
}

// isBuiltin reports whether e is the builtin name (true, null, ...) and
// not a shadowing binding.
func (m *model) isBuiltin(e parser.Expr, name string) bool {
	id, ok := parser.Unparen(e).(*parser.Ident)
	if !ok || id.Name != name {
		return false
	}
	u := m.info.UseOf(id)
	return u == nil || (u.Def != nil && u.Def.Kind == scope.Builtin)
}

// ---- Values ----

// value is the model's view of an expression used as an attribute set.
type value interface{ isValue() }

// setLit is a set written in the file, or the part of one under an
// attribute path prefix (config.Env = … makes "config" such a part).
type setLit struct {
	set    *parser.AttrSet
	prefix []string
	shared bool
}

// exprVal is any other expression: as a set its attributes are unknown.
// expr is nil when the value was not written as one expression (inherit).
type exprVal struct {
	expr   parser.Expr
	shared bool
}

// update is l // r, or lib.recursiveUpdate l r when deep.
type update struct {
	l, r value
	deep bool
}

// maybeVal is lib.optionalAttrs c v: v or nothing.
type maybeVal struct{ v value }

// either is if c then a else b.
type either struct{ a, b value }

func (setLit) isValue()   {}
func (exprVal) isValue()  {}
func (update) isValue()   {}
func (maybeVal) isValue() {}
func (either) isValue()   {}

// eval builds the value of e. shared says e is reached through a name that
// other code also uses.
func (m *model) eval(e parser.Expr, shared bool) value {
	if m.depth > maxDepth {
		return exprVal{e, true}
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.AttrSet:
		return setLit{set: x, shared: shared}
	case *parser.Binary:
		if x.Op == parser.TUpdate {
			return update{l: m.eval(x.X, shared), r: m.eval(x.Y, shared)}
		}
	case *parser.If:
		return either{m.eval(x.Then, shared), m.eval(x.Else, shared)}
	case *parser.LetIn:
		return m.eval(x.Body, shared)
	case *parser.With:
		return m.eval(x.Body, shared)
	case *parser.Assert:
		return m.eval(x.Body, shared)
	case *parser.Ident:
		if d := m.def(x); d != nil && (d.Kind == scope.LetDef || d.Kind == scope.RecDef) {
			if v, sh := m.letValue(d); v != nil {
				val := m.eval(v, shared || sh)
				if ev, ok := val.(exprVal); ok {
					// Not a set: keep the name as written, which is
					// what a rule points at or wraps.
					return exprVal{e, ev.shared}
				}
				return val
			}
		}
	case *parser.Select:
		if v, sh, ok := m.selected(x); ok {
			val := m.eval(v, shared || sh)
			if ev, ok := val.(exprVal); ok {
				return exprVal{e, ev.shared}
			}
			return val
		}
	case *parser.Apply:
		fn, args := callee(x)
		switch m.lastName(fn) {
		case "recursiveUpdate":
			if len(args) == 2 {
				return update{l: m.eval(args[0], shared), r: m.eval(args[1], shared), deep: true}
			}
		case "optionalAttrs":
			if len(args) == 2 {
				return maybeVal{m.eval(args[1], shared)}
			}
		}
	}
	return exprVal{e, shared}
}

// leafExpr is the expression that gives a non-set value, or nil.
func leafExpr(v value) parser.Expr {
	switch v := v.(type) {
	case exprVal:
		return v.expr
	case update:
		return leafExpr(v.r)
	}
	return nil
}

// lookupPath looks up a path of attributes.
func (m *model) lookupPath(v value, path []string) (Answer, value) {
	ans := Present
	for _, k := range path {
		a, next := m.lookup(v, k)
		if a == Absent {
			return Absent, nil
		}
		if a == Unknown {
			ans = Unknown
		}
		if next == nil {
			return Unknown, nil
		}
		v = next
	}
	return ans, v
}

// lookup answers whether v has attribute key, and its value.
func (m *model) lookup(v value, key string) (Answer, value) {
	switch v := v.(type) {
	case setLit:
		return m.lookupLit(v, key)
	case update:
		ar, vr := m.lookup(v.r, key)
		al, vl := m.lookup(v.l, key)
		if ar == Absent {
			return al, vl
		}
		if !v.deep {
			if ar == Present || al == Absent {
				return ar, vr
			}
			return Unknown, nil
		}
		if al == Absent {
			return ar, vr
		}
		if ar == Present && al == Present {
			return Present, update{l: vl, r: vr, deep: true}
		}
		return Unknown, nil
	case maybeVal:
		a, val := m.lookup(v.v, key)
		if a == Absent {
			return Absent, nil
		}
		return Unknown, val
	case either:
		aa, va := m.lookup(v.a, key)
		ab, vb := m.lookup(v.b, key)
		if aa == Absent && ab == Absent {
			return Absent, nil
		}
		if aa == Present && ab == Present {
			return Present, either{va, vb}
		}
		return Unknown, nil
	}
	return Unknown, nil
}

// lookupLit looks key up among the bindings of a written set.
func (m *model) lookupLit(s setLit, key string) (Answer, value) {
	var full []*parser.Attr
	var inh *parser.Inherit
	var inhName parser.AttrName
	nested, inherited, dynamic := false, false, false
	depth := len(s.prefix)
	for _, b := range s.set.Bindings {
		switch b := b.(type) {
		case *parser.Attr:
			names := b.Path.Names
			if len(names) <= depth {
				continue
			}
			match := true
			for i, p := range s.prefix {
				n, ok := parser.StaticName(names[i])
				if !ok {
					dynamic = true
				}
				if n != p {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			n, ok := parser.StaticName(names[depth])
			if !ok {
				dynamic = true
				continue
			}
			if n != key {
				continue
			}
			if len(names) == depth+1 {
				full = append(full, b)
			} else {
				nested = true
			}
		case *parser.Inherit:
			if depth > 0 {
				continue
			}
			for _, n := range b.Names {
				if s, ok := parser.StaticName(n); ok && s == key {
					inherited = true
					inh, inhName = b, n
				}
			}
		}
	}
	switch {
	case inherited:
		if v, ok := m.inheritedValue(inh, inhName, key, s.shared); ok {
			return Present, v
		}
		return Present, exprVal{nil, true}
	case len(full) == 1 && !nested:
		return Present, m.eval(full[0].Value, s.shared)
	case len(full) == 0 && nested:
		return Present, setLit{set: s.set, prefix: append(append([]string(nil), s.prefix...), key), shared: s.shared}
	case len(full) == 1 && nested:
		// config = { … }; config.Env = …; Nix merges the two, and their
		// names cannot overlap, so a shallow update describes the result.
		return Present, update{
			l: m.eval(full[0].Value, s.shared),
			r: setLit{set: s.set, prefix: append(append([]string(nil), s.prefix...), key), shared: s.shared},
		}
	case len(full) > 1:
		return Present, exprVal{nil, true}
	case dynamic:
		return Unknown, nil
	}
	return Absent, nil
}

// insertTarget finds the written set into which a new attribute of v can
// be inserted with the same effect as if v had it: the right-most written
// set of a merge (never the inside of an optionalAttrs or if), not shared.
func insertTarget(v value) (setLit, bool) {
	switch v := v.(type) {
	case setLit:
		return v, !v.shared
	case update:
		if t, ok := insertTarget(v.r); ok {
			return t, true
		}
		return insertTarget(v.l)
	}
	return setLit{}, false
}

// ---- Lists ----

// elem is one entry of a list value; maybe marks entries that are there
// only under a condition (lib.optional, if).
type elem struct {
	expr  parser.Expr
	maybe bool
}

// listElems flattens a list expression: literals, ++, lib.optional(s),
// if, and let names. complete is false when some part is unknown.
func (m *model) listElems(e parser.Expr) (elems []elem, complete bool) {
	complete = true
	var walk func(e parser.Expr, maybe bool)
	walk = func(e parser.Expr, maybe bool) {
		if m.depth > maxDepth {
			complete = false
			return
		}
		m.depth++
		defer func() { m.depth-- }()
		switch x := parser.Unparen(e).(type) {
		case *parser.List:
			for _, el := range x.Elems {
				elems = append(elems, elem{el, maybe})
			}
		case *parser.Binary:
			if x.Op != parser.TConcat {
				complete = false
				return
			}
			walk(x.X, maybe)
			walk(x.Y, maybe)
		case *parser.With:
			walk(x.Body, maybe)
		case *parser.LetIn:
			walk(x.Body, maybe)
		case *parser.If:
			walk(x.Then, true)
			walk(x.Else, true)
		case *parser.Ident:
			if v, _ := m.letValue(m.def(x)); v != nil {
				walk(v, maybe)
				return
			}
			complete = false
		case *parser.Select:
			if v, _, ok := m.selected(x); ok {
				walk(v, maybe)
				return
			}
			complete = false
		case *parser.Apply:
			fn, args := callee(x)
			switch m.lastName(fn) {
			case "optional":
				if len(args) == 2 {
					elems = append(elems, elem{args[1], true})
					return
				}
			case "optionals":
				if len(args) == 2 {
					walk(args[1], true)
					return
				}
			}
			complete = false
		default:
			complete = false
		}
	}
	walk(e, false)
	return elems, complete
}

// listLiteral finds the written list to which an entry can be appended so
// that the list value gains it: the list itself, or the first written list
// of a ++ chain. shared is true when the list is reached through a name
// used more than once.
func (m *model) listLiteral(e parser.Expr, shared bool) (*parser.List, bool) {
	if m.depth > maxDepth {
		return nil, true
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.List:
		return x, shared
	case *parser.Binary:
		if x.Op == parser.TConcat {
			if l, sh := m.listLiteral(x.X, shared); l != nil {
				return l, sh
			}
			return m.listLiteral(x.Y, shared)
		}
	case *parser.With:
		return m.listLiteral(x.Body, shared)
	case *parser.LetIn:
		return m.listLiteral(x.Body, shared)
	case *parser.Ident:
		if v, sh := m.letValue(m.def(x)); v != nil {
			return m.listLiteral(v, shared || sh)
		}
	case *parser.Select:
		if v, sh, ok := m.selected(x); ok {
			return m.listLiteral(v, shared || sh)
		}
	}
	return nil, shared
}

// rootElems lists what a copyToRoot or contents value puts in the image:
// the paths of a buildEnv or symlinkJoin, a list, or a single package.
func (m *model) rootElems(e parser.Expr) ([]elem, bool) {
	if m.depth > maxDepth {
		return nil, false
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.Ident:
		if v, _ := m.letValue(m.def(x)); v != nil {
			return m.rootElems(v)
		}
		return []elem{{x, false}}, true
	case *parser.Select:
		if v, _, ok := m.selected(x); ok {
			return m.rootElems(v)
		}
		return []elem{{x, false}}, true
	case *parser.Apply:
		fn, args := callee(x)
		switch name := m.lastName(fn); name {
		case "buildEnv", "symlinkJoin":
			if len(args) != 1 {
				return nil, false
			}
			a, v := m.lookup(m.eval(args[0], false), "paths")
			if a != Present || leafExpr(v) == nil {
				return nil, false
			}
			return m.listElems(leafExpr(v))
		case "optional", "optionals", "flatten", "attrValues", "concatLists", "map", "filter", "concatMap":
			return m.expandEnvs(m.listElems(e))
		default:
			// Any other call (justStaticExecutables, callPackage,
			// writeShellScriptBin, ...) makes one package.
			return []elem{{x, false}}, true
		}
	}
	return m.expandEnvs(m.listElems(e))
}

// ---- Facts about the file ----

// collectFacts records what the Haskell rules need to know about the whole
// file: whether it builds Haskell, whether it is a haskell-flake module,
// its haskell-flake settings and the packages.X it defines.
func (m *model) collectFacts() {
	parser.Inspect(m.f.Expr, func(n parser.Node) bool {
		switch n := n.(type) {
		case *parser.Ident:
			switch n.Name {
			case "haskellPackages":
				m.haskell = true
			case "haskellProjects", "haskell-flake":
				m.haskell, m.haskellFlake = true, true
			}
		case *parser.String:
			if s, ok := parser.StaticName(n); ok && (s == "haskellProjects" || s == "haskell-flake") {
				m.haskell, m.haskellFlake = true, true
			}
		case *parser.Select:
			var names []string
			if id, ok := parser.Unparen(n.X).(*parser.Ident); ok {
				names = append(names, id.Name)
			}
			for _, a := range n.Path.Names {
				s, _ := parser.StaticName(a)
				names = append(names, s)
			}
			for i := 0; i+1 < len(names); i++ {
				if names[i] == "haskell" && (names[i+1] == "lib" || names[i+1] == "packages") {
					m.haskell = true
				}
			}
			for _, name := range names {
				if haskellBuilders[name] {
					// callCabal2nix, developPackage, ...: only a
					// Haskell package set has them.
					m.haskell = true
				}
			}
		case *parser.AttrSet:
			m.walkSet(n, nil)
		}
		return true
	})
}

// walkSet visits every binding of a set with its full attribute path,
// descending into nested sets and into module functions ({ … }: { … }).
func (m *model) walkSet(s *parser.AttrSet, prefix []string) {
	for _, b := range s.Bindings {
		a, ok := b.(*parser.Attr)
		if !ok {
			continue
		}
		full := append([]string(nil), prefix...)
		for _, n := range a.Path.Names {
			name, ok := parser.StaticName(n)
			if !ok {
				name = "${}"
			}
			full = append(full, name)
		}
		if first, _ := parser.StaticName(a.Path.Names[0]); first == "config" && len(a.Path.Names) > 1 {
			m.configDotted = true
		}
		m.record(a, full)
		if body := setBody(a.Value); body != nil {
			m.walkSet(body, full)
		}
	}
}

// setBody returns the set that e is, or that the function e returns.
func setBody(e parser.Expr) *parser.AttrSet {
	for i := 0; i < 8; i++ {
		switch x := parser.Unparen(e).(type) {
		case *parser.AttrSet:
			return x
		case *parser.Lambda:
			e = x.Body
		case *parser.LetIn:
			e = x.Body
		default:
			return nil
		}
	}
	return nil
}

func (m *model) record(a *parser.Attr, full []string) {
	n := len(full)
	if n >= 3 && full[n-3] == "settings" && full[n-1] == "justStaticExecutables" && m.isBuiltin(a.Value, "true") {
		m.staticSet[full[n-2]] = true
	}
	for _, s := range full {
		if s == "haskellProjects" {
			m.haskell, m.haskellFlake = true, true
		}
	}
	if n >= 2 && full[n-2] == "packages" {
		if _, seen := m.seenAttr[a]; !seen {
			m.seenAttr[a] = struct{}{}
			m.packages[full[n-1]] = append(m.packages[full[n-1]], a.Value)
		}
	}
}
