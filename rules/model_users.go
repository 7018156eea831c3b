package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// Model queries about users in an image: whether it surely has fakeNss,
// an /etc/passwd, or runs dockerTools.shadowSetup. Like every model
// answer they are three-valued; Unknown covers function arguments, base
// images, scripts the model cannot read and derivations built in the
// file whose output it cannot see into.

// rootKeys are the arguments whose values are put in the image root.
func rootKeys(img *Image) []string {
	if singleLayer(img.Func) {
		return []string{"copyToRoot", "contents"}
	}
	return []string{"contents"}
}

// scriptKeys are the arguments that hold shell scripts run on the image.
func scriptKeys(img *Image) []string {
	if singleLayer(img.Func) {
		return []string{"runAsRoot", "extraCommands"}
	}
	return []string{"extraCommands", "fakeRootCommands"}
}

// hasFakeNss answers whether the image surely holds fakeNss with its /etc
// reachable from the root: listed in copyToRoot or contents, or among the
// paths of a buildEnv there whose pathsToLink covers /etc.
func (m *model) hasFakeNss(img *Image) Answer {
	if nixShell(img.Func) {
		return Present
	}
	return m.rootsHave(img, m.isFakeNss)
}

// rootsHave answers whether an argument that makes the image root
// (rootKeys) surely holds an entry that is answers Present for.
func (m *model) rootsHave(img *Image, is func(parser.Expr) Answer) Answer {
	ans := Absent
	for _, key := range rootKeys(img) {
		a, v := m.lookup(img.args, key)
		switch {
		case a == Absent:
			continue
		case a == Unknown || leafExpr(v) == nil:
			ans = Unknown
			continue
		}
		switch m.rootHas(leafExpr(v), Present, is) {
		case Present:
			return Present
		case Unknown:
			ans = Unknown
		}
	}
	return ans
}

// isFakeNss answers whether a root entry is fakeNss (pkgs.fakeNss,
// dockerTools.fakeNss, or fakeNss.override { … }).
func (m *model) isFakeNss(e parser.Expr) Answer {
	e = parser.Unparen(e)
	if a, ok := e.(*parser.Apply); ok {
		fn, _ := callee(a)
		p := m.pathOf(fn)
		if len(p) >= 2 && p[len(p)-1] == "override" && p[len(p)-2] == "fakeNss" {
			return Present
		}
		return Absent
	}
	if m.lastName(e) == "fakeNss" {
		return Present
	}
	return Absent
}

// rootHas answers whether the value of a root argument (a package, a list,
// a buildEnv or symlinkJoin, let names of those) holds an entry for which
// is answers Present, with /etc linked (etc says whether the enclosing
// buildEnv links /etc). is is asked about every entry that is not one of
// those forms; an entry it answers Unknown for makes the answer Unknown.
func (m *model) rootHas(e parser.Expr, etc Answer, is func(parser.Expr) Answer) Answer {
	if m.depth > maxDepth {
		return Unknown
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.Ident:
		if v, _ := m.letValue(m.def(x)); v != nil {
			return m.rootHas(v, etc, is)
		}
	case *parser.Apply:
		fn, args := callee(x)
		switch m.lastName(fn) {
		case "buildEnv", "symlinkJoin":
			if len(args) != 1 {
				return Unknown
			}
			arg := m.eval(args[0], false)
			inner := etc
			if m.lastName(fn) == "buildEnv" {
				inner = both(etc, m.linksEtc(arg))
			}
			a, v := m.lookup(arg, "paths")
			if a != Present || leafExpr(v) == nil {
				return Unknown
			}
			return m.rootHas(leafExpr(v), inner, is)
		case "optional", "optionals":
			return m.elemsHave(e, etc, is)
		}
	case *parser.List, *parser.Binary, *parser.If, *parser.With, *parser.LetIn:
		return m.elemsHave(e, etc, is)
	}
	return both(etc, is(e))
}

// elemsHave is rootHas over the entries of a list expression.
func (m *model) elemsHave(e parser.Expr, etc Answer, is func(parser.Expr) Answer) Answer {
	return m.listHas(e, func(e parser.Expr) Answer { return m.rootHas(e, etc, is) })
}

// both is the answer to "a and b".
func both(a, b Answer) Answer {
	switch {
	case a == Absent || b == Absent:
		return Absent
	case a == Present && b == Present:
		return Present
	}
	return Unknown
}

// linksEtc answers whether a buildEnv argument links /etc: pathsToLink
// absent (buildEnv then links everything) or a written list naming "/" or
// "/etc".
func (m *model) linksEtc(arg value) Answer {
	return m.pathsToLinkHas(arg, func(s string) Answer {
		if s == "/" || s == "/etc" || s == "/etc/" {
			return Present
		}
		return Absent
	})
}

// scriptFacts reads the scripts an image runs (runAsRoot, extraCommands,
// fakeRootCommands) and answers whether they surely interpolate
// dockerTools.shadowSetup, and whether they surely set up users: they
// mention passwd, useradd, adduser or groupadd, or run shadowSetup. An
// interpolation the model cannot read (a let string, a script file, a
// package other than a plain ${pkg}/bin/tool path) makes the answers
// Unknown where they are not already Present.
func (m *model) scriptFacts(img *Image) (shadow, users Answer) {
	shadow, users = Absent, Absent
	for _, key := range scriptKeys(img) {
		a, v := m.lookup(img.args, key)
		if a == Absent {
			continue
		}
		if a == Unknown || leafExpr(v) == nil {
			shadow, users = either3(shadow, Unknown), either3(users, Unknown)
			continue
		}
		s, u := m.scriptText(leafExpr(v))
		shadow, users = either3(shadow, s), either3(users, u)
	}
	return shadow, users
}

// either3 is the answer to "a or b".
func either3(a, b Answer) Answer {
	switch {
	case a == Present || b == Present:
		return Present
	case a == Absent && b == Absent:
		return Absent
	}
	return Unknown
}

// userWords are the words in a script that set up users or their files.
var userWords = []string{"passwd", "useradd", "adduser", "groupadd", "etc/group", "nsswitch"}

// benignTools are programs a script may run through ${pkg}/bin/tool
// without the model losing track of what it writes.
var benignTools = []string{"mkdir", "ln", "chmod", "chown", "cp", "mv", "rm", "touch", "echo", "install", "cat", "bash", "sh"}

func (m *model) scriptText(e parser.Expr) (shadow, users Answer) {
	if m.depth > maxDepth {
		return Unknown, Unknown
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.Ident:
		if m.isBuiltin(x, "null") {
			return Absent, Absent
		}
		if m.lastName(x) == "shadowSetup" {
			return Present, Present
		}
		if v, _ := m.letValue(m.def(x)); v != nil {
			return m.scriptText(v)
		}
		return Unknown, Unknown
	case *parser.Select:
		if m.lastName(x) == "shadowSetup" {
			return Present, Present
		}
		return Unknown, Unknown
	case *parser.Binary:
		if x.Op != parser.TPlus {
			return Unknown, Unknown
		}
		s1, u1 := m.scriptText(x.X)
		s2, u2 := m.scriptText(x.Y)
		return either3(s1, s2), either3(u1, u2)
	case *parser.String:
		shadow, users = Absent, Absent
		for i, p := range x.Parts {
			switch p := p.(type) {
			case *parser.StrText:
				text := p.Value()
				for _, w := range userWords {
					if strings.Contains(text, w) {
						users = Present
					}
				}
			case *parser.Interp:
				if m.lastName(p.X) == "shadowSetup" {
					shadow, users = Present, Present
					continue
				}
				if m.benignInterp(p, x.Parts, i) {
					continue
				}
				shadow, users = either3(shadow, Unknown), either3(users, Unknown)
			}
		}
		return shadow, users
	}
	return Unknown, Unknown
}

// benignInterp reports whether the interpolation at parts[i] is a path to
// a file tool in a package (${pkgs.coreutils}/bin/mkdir) or the shell
// (#!${pkgs.runtimeShell}), which write no users.
func (m *model) benignInterp(p *parser.Interp, parts []parser.StrPart, i int) bool {
	switch parser.Unparen(p.X).(type) {
	case *parser.Ident, *parser.Select:
	default:
		return false
	}
	name := m.lastName(p.X)
	if name == "runtimeShell" || name == "shell" {
		return true
	}
	if i+1 >= len(parts) {
		return false
	}
	t, ok := parts[i+1].(*parser.StrText)
	if !ok {
		return false
	}
	rest, ok := strings.CutPrefix(t.Value(), "/bin/")
	if !ok {
		return false
	}
	end := strings.IndexAny(rest, " \t\n;&|)")
	if end < 0 {
		end = len(rest)
	}
	return contains(benignTools, rest[:end])
}

// usesShadowSetup answers whether a script of the image surely runs
// dockerTools.shadowSetup.
func (m *model) usesShadowSetup(img *Image) Answer {
	s, _ := m.scriptFacts(img)
	return s
}

// hasPasswd answers whether the image surely has an /etc/passwd: fakeNss,
// a script that sets up users or runs shadowSetup, or a root entry that
// writes etc/passwd. A base image (fromImage) may bring one, and so may a
// derivation built in the file or an argument, so those make the answer
// Unknown; packages from nixpkgs other than fakeNss bring none.
func (m *model) hasPasswd(img *Image) Answer {
	if nixShell(img.Func) {
		return Present
	}
	ans := Absent
	if a, _ := m.argSet(img.args, "fromImage"); a != Absent {
		ans = Unknown
	}
	if _, u := m.scriptFacts(img); u == Present {
		return Present
	} else if u == Unknown {
		ans = Unknown
	}
	return either3(ans, m.rootsHave(img, m.givesPasswd))
}

// surelyPasswd reports whether an /etc/passwd is surely in the image
// because of what puts one there, not because a script mentions users:
// fakeNss, shadowSetup, or a root entry written as etc/passwd.
func (m *model) surelyPasswd(img *Image) bool {
	if m.hasFakeNss(img) == Present || m.usesShadowSetup(img) == Present {
		return true
	}
	for _, key := range rootKeys(img) {
		a, v := m.lookup(img.args, key)
		if a == Present && leafExpr(v) != nil && m.rootHas(leafExpr(v), Present, m.givesPasswd) == Present {
			return true
		}
	}
	return false
}

// givesPasswd answers whether one root entry puts etc/passwd in the image.
func (m *model) givesPasswd(e parser.Expr) Answer {
	if m.isFakeNss(e) == Present {
		return Present
	}
	e = parser.Unparen(e)
	switch x := e.(type) {
	case *parser.Apply:
		fn, args := callee(x)
		switch m.lastName(fn) {
		case "writeTextDir":
			if len(args) >= 1 {
				if s, ok := stringLit(args[0]); ok {
					if strings.Contains(s, "passwd") {
						return Present
					}
					return Absent
				}
			}
			return Unknown
		case "justStaticExecutables", "writeShellScriptBin", "writeScriptBin", "writeShellApplication", "getBin", "getExe":
			return Absent
		}
		return Unknown
	case *parser.Ident, *parser.Select:
		if m.nixpkgsRef(x) {
			return Absent
		}
	}
	return Unknown
}

// nixpkgsRef reports whether e names a package of nixpkgs: pkgs.x (or
// any pkgs-like set), a name a with pkgs provides or an inherit (pkgs)
// binds, or a formal of a callPackage-style function (one that also takes
// dockerTools itself) with no default, whose arguments callPackage fills
// from nixpkgs.
func (m *model) nixpkgsRef(e parser.Expr) bool {
	switch x := parser.Unparen(e).(type) {
	case *parser.Select:
		return m.nixpkgsSelect(x)
	case *parser.Ident:
		u := m.info.UseOf(x)
		if u == nil {
			return false
		}
		if u.Def == nil {
			withs := u.Withs()
			return len(withs) > 0 && m.pkgsLike(withs[0].Scope)
		}
		d := u.Def
		switch d.Kind {
		case scope.FormalDef:
			// A formal with a default is not filled from nixpkgs when
			// nixpkgs has no such package, and is often a list or null.
			if d.Lambda == nil || d.Lambda.Formals == nil || (d.Formal != nil && d.Formal.Default != nil) {
				return false
			}
			for _, f := range d.Lambda.Formals.List {
				if f.Name.Name == "dockerTools" {
					return true
				}
			}
		case scope.LetDef, scope.RecDef:
			if d.Inherit != nil && d.Inherit.From != nil {
				return m.pkgsLike(d.Inherit.From)
			}
		}
	}
	return false
}

// nixpkgsSelect reports whether a selection is rooted in a package set:
// pkgs.x, nixpkgs.legacyPackages.….x, dockerTools.x.
func (m *model) nixpkgsSelect(x *parser.Select) bool {
	base := x.X
	for {
		s, ok := parser.Unparen(base).(*parser.Select)
		if !ok {
			break
		}
		base = s.X
	}
	if id, ok := parser.Unparen(base).(*parser.Ident); ok && m.pkgsLikePath([]string{id.Name}) {
		return true
	}
	p := m.pathOf(x.X)
	return len(p) > 0 && p[0] != "?" && m.pkgsLikePath(p)
}

// pkgsLikePath reports whether an attribute path starts in a package set:
// pkgs.…, nixpkgs.legacyPackages.….
func (m *model) pkgsLikePath(p []string) bool {
	for _, s := range p {
		if s == "pkgs" || s == "nixpkgs" || s == "legacyPackages" || s == "dockerTools" ||
			strings.HasSuffix(s, "Pkgs") || strings.HasSuffix(s, "pkgs") {
			return true
		}
	}
	return false
}
