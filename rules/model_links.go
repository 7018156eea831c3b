package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// Which directories an image root surely links, and which it needs. ND005
// (a buildEnv without pathsToLink), ND111 (/etc not linked for the
// certificates or fakeNss) and ND112 (the program's directory not linked)
// ask the same questions of the same buildEnv, through the queries below,
// so that a directory one rule adds is one the others count as linked.

// linkDirs lists the directories that packages known by name need beyond
// /bin.
var linkDirs = map[string]string{
	"cacert":         "/etc",
	"caCertificates": "/etc",
	"fakeNss":        "/etc",
	"iana-etc":       "/etc",
	"usrBinEnv":      "/usr",
	"binSh":          "/bin",
	"tzdata":         "/share/zoneinfo",
}

// etcPackages are the packages whose files only work from /etc.
var etcPackages = []string{"cacert", "caCertificates", "fakeNss"}

// rootEnv is a buildEnv call whose result is (part of) an image root.
type rootEnv struct {
	call   *parser.Apply
	fn     parser.Expr // the buildEnv function as written
	arg    value       // its argument set
	shared bool        // reached through a name other code also uses
	key    string      // copyToRoot or contents
	// only is true when the image root comes from this buildEnv alone: no
	// other root item, no base image, no script that may write files.
	only bool
}

// rootEnvs returns the buildEnv calls that make an image's root: the value
// of copyToRoot or contents, or an item of their list.
func (m *model) rootEnvs(img *Image) []rootEnv {
	var out []rootEnv
	present := 0
	for _, key := range []string{"copyToRoot", "contents"} {
		a, v := m.lookup(img.args, key)
		if a == Absent {
			continue
		}
		present++
		e := leafExpr(v)
		if a != Present || e == nil {
			present++ // unknown: never the only source
			continue
		}
		shared := false
		if ev, ok := v.(exprVal); ok {
			shared = ev.shared
		}
		if call, sh := m.buildEnvCall(e, shared); call != nil {
			out = append(out, m.newRootEnv(key, call, sh, true))
			continue
		}
		elems, _ := m.listElems(e)
		for _, el := range elems {
			if call, sh := m.buildEnvCall(el.expr, shared); call != nil {
				out = append(out, m.newRootEnv(key, call, sh || m.listShared(e), false))
			}
		}
	}
	if present != 1 || !m.rootOnlyFromFiles(img) {
		for i := range out {
			out[i].only = false
		}
	}
	return out
}

func (m *model) newRootEnv(key string, call *parser.Apply, shared, only bool) rootEnv {
	fn, args := callee(call)
	return rootEnv{call: call, fn: fn, arg: m.eval(args[0], shared), shared: shared, key: key, only: only}
}

// listShared reports whether a list value is reached through a let name
// used more than once.
func (m *model) listShared(e parser.Expr) bool {
	_, shared := m.listLiteral(e, false)
	return shared
}

// rootOnlyFromFiles reports whether nothing but copyToRoot and contents
// can put files in the image root: no base image and no build script.
func (m *model) rootOnlyFromFiles(img *Image) bool {
	for _, key := range []string{"fromImage", "extraCommands", "fakeRootCommands", "runAsRoot", "enableFakechroot"} {
		if a, _ := m.lookup(img.args, key); a != Absent {
			return false
		}
	}
	return true
}

// buildEnvCall finds the buildEnv call e is, following let names; shared
// is true when it is reached through a name used elsewhere.
func (m *model) buildEnvCall(e parser.Expr, shared bool) (*parser.Apply, bool) {
	return m.envCall(e, shared, false)
}

// linksDir answers whether a buildEnv links dir (e.g. "/etc") into the
// root: surely when pathsToLink is absent (its default is "/") or holds
// "/", dir or a directory above it; unknown when an entry is not a
// literal, lies inside dir, or may be missing.
func (m *model) linksDir(env rootEnv, dir string) Answer {
	return m.pathsToLinkHas(env.arg, func(s string) Answer {
		s = strings.TrimSuffix(s, "/")
		switch {
		case s == "" || s == dir || strings.HasPrefix(dir, s+"/"):
			return Present
		case strings.HasPrefix(s, dir+"/"):
			return Unknown
		}
		return Absent
	})
}

// pathsToLinkHas answers is over the entries of a buildEnv argument's
// pathsToLink: Present when it is absent (buildEnv then links everything),
// Unknown for an entry that is not a literal string.
func (m *model) pathsToLinkHas(arg value, is func(dir string) Answer) Answer {
	a, v := m.lookup(arg, "pathsToLink")
	switch {
	case a == Absent:
		return Present
	case a == Unknown || leafExpr(v) == nil:
		return Unknown
	}
	return m.listHas(leafExpr(v), func(e parser.Expr) Answer {
		s, ok := stringLit(e)
		if !ok {
			return Unknown
		}
		return is(s)
	})
}

// pathsToLinkList returns the written pathsToLink list of a buildEnv to
// which an entry can be appended, or nil.
func (m *model) pathsToLinkList(env rootEnv) *parser.List {
	a, v := m.lookup(env.arg, "pathsToLink")
	if a != Present || leafExpr(v) == nil {
		return nil
	}
	sh := env.shared
	if ev, ok := v.(exprVal); ok {
		sh = sh || ev.shared
	}
	list, shared := m.listLiteral(leafExpr(v), sh)
	if shared {
		return nil
	}
	return list
}

// envHolds answers whether a buildEnv's paths surely hold one of the
// named packages (unknown when one may be there).
func (m *model) envHolds(env rootEnv, names []string) Answer {
	a, v := m.lookup(env.arg, "paths")
	if a != Present || leafExpr(v) == nil {
		return Unknown
	}
	return m.listHas(leafExpr(v), func(e parser.Expr) Answer {
		if contains(names, m.lastName(e)) {
			return Present
		}
		return Absent
	})
}

// leadingText is the literal text a string starts with, and whether the
// string starts with an interpolation (for a command, a store path).
func leadingText(e parser.Expr) (text string, interp bool, ok bool) {
	s, isStr := parser.Unparen(e).(*parser.String)
	if !isStr {
		return "", false, false
	}
	var b strings.Builder
	for i, p := range s.Parts {
		t, isText := p.(*parser.StrText)
		if !isText {
			return b.String(), i == 0, true
		}
		b.WriteString(t.Value())
	}
	return b.String(), false, true
}

// topDir is the first directory of an absolute path "/x/…", or "" when the
// path has no directory below the root or lies in the store.
func topDir(p string) string {
	if !strings.HasPrefix(p, "/") {
		return ""
	}
	rest := p[1:]
	i := strings.IndexByte(rest, '/')
	if i <= 0 {
		return ""
	}
	top := rest[:i]
	if top == "nix" || strings.ContainsAny(top, " \t\n$") {
		return ""
	}
	return "/" + top
}

// program is what the model knows of the command an image runs.
type program struct {
	// dirs are the top directories of the literal absolute paths written
	// in Cmd, Entrypoint and WorkingDir, in order.
	dirs []string
	// known is true when the program's location does not depend on the
	// image root's layout beyond dirs: an absolute path, or a store path
	// interpolated into the command.
	known bool
	// path is the program when it is written as a literal absolute path
	// ("/app/server"), with the expression that holds it.
	path string
	expr parser.Expr
	// unsure is true when Cmd, Entrypoint or WorkingDir may hold more than
	// what is written.
	unsure bool
}

// programOf reads Cmd, Entrypoint and WorkingDir of an image's config.
func (m *model) programOf(img *Image) program {
	var p program
	add := func(d string) {
		if d != "" && !contains(p.dirs, d) {
			p.dirs = append(p.dirs, d)
		}
	}
	var first parser.Expr
	firstKnown := false
	for _, key := range []string{"Entrypoint", "Cmd"} {
		a, e := img.Attr("config", key)
		if a == Absent {
			continue
		}
		if a == Unknown || e == nil {
			p.unsure = true
			continue
		}
		elems, complete := m.listElems(e)
		if !complete {
			p.unsure = true
		}
		for i, el := range elems {
			text, interp, ok := leadingText(el.expr)
			if ok && !interp {
				add(topDir(text))
			}
			if i == 0 && first == nil && !firstKnown {
				firstKnown = true
				if !el.maybe {
					first = el.expr
				}
			}
		}
	}
	if a, e := img.Attr("config", "WorkingDir"); a == Present && e != nil {
		// A directory: "/app" is one as much as "/app/data".
		if text, interp, ok := leadingText(e); ok && !interp {
			add(topDir(strings.TrimSuffix(text, "/") + "/"))
		}
	} else if a == Unknown {
		p.unsure = true
	}
	if first == nil {
		return p
	}
	if text, interp, ok := leadingText(first); ok {
		switch {
		case interp:
			p.known = true
		case topDir(text) != "":
			p.known = true
			p.path, p.expr = text, first
		}
		return p
	}
	if fn, args := callee(first); len(args) > 0 {
		switch m.lastName(fn) {
		case "getExe", "getExe'":
			p.known = true
		}
	}
	return p
}

// runCommands are the builders that run a shell script writing $out.
var runCommands = map[string]bool{
	"runCommand": true, "runCommandLocal": true, "runCommandNoCC": true, "runCommandCC": true,
}

// binWriters are the builders whose result is a program in $out/bin.
var binWriters = map[string]bool{
	"writeShellScriptBin": true, "writeScriptBin": true, "writeShellApplication": true,
	"writeBashBin": true, "writeDashBin": true, "writePython3Bin": true,
}

// itemDirs returns the directories of one path of a buildEnv that the
// image needs linked, beyond /bin, and whether the path's layout is known
// at all: a package (by name, or made by a call) is, the flake's self, a
// path literal or anything else that may hold any tree is not.
func (m *model) itemDirs(e parser.Expr) ([]string, bool) {
	if m.depth > maxDepth {
		return nil, false
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.Ident:
		if x.Name == "self" {
			return nil, false
		}
		if d := m.def(x); d != nil && (d.Kind == scope.LetDef || d.Kind == scope.RecDef) {
			if d.Value() == nil {
				return nil, false
			}
			return m.itemDirs(d.Value())
		}
		return byName(m.lastName(x)), true
	case *parser.Select:
		p := m.pathOf(x)
		last := p[len(p)-1]
		if last == "${}" || last == "self" || x.Default != nil {
			return nil, false
		}
		return byName(last), true
	case *parser.Apply:
		fn, args := callee(x)
		name := m.lastName(fn)
		switch {
		case name == "buildEnv" || name == "symlinkJoin":
			if len(args) != 1 {
				return nil, false
			}
			a, v := m.lookup(m.eval(args[0], false), "paths")
			if a != Present || leafExpr(v) == nil {
				return nil, false
			}
			elems, complete := m.listElems(leafExpr(v))
			var dirs []string
			for _, el := range elems {
				ds, ok := m.itemDirs(el.expr)
				if !ok {
					return nil, false
				}
				dirs = appendNew(dirs, ds...)
			}
			return dirs, complete
		case binWriters[name]:
			return nil, true
		case name == "writeTextDir":
			if len(args) >= 1 {
				if s, ok := stringLit(args[0]); ok {
					if d := topDir("/" + strings.TrimPrefix(s, "/")); d != "" {
						return []string{d}, true
					}
				}
			}
			return nil, false
		case name == "writeTextFile":
			if len(args) != 1 {
				return nil, false
			}
			a, v := m.lookup(m.eval(args[0], false), "destination")
			if a != Present {
				return nil, false
			}
			if s, ok := stringLit(leafExpr(v)); ok {
				if d := topDir(s); d != "" {
					return []string{d}, true
				}
			}
			return nil, false
		case runCommands[name]:
			if len(args) != 3 {
				return nil, false
			}
			dirs, ok := scriptDirs(args[2])
			return dirs, ok && len(dirs) > 0
		case name == "mkDerivation" && len(args) == 1:
			if set, ok := parser.Unparen(args[0]).(*parser.AttrSet); ok {
				return m.derivationDirs(set)
			}
		case name == "writeText" || name == "writeScript" || name == "writeShellScript" || name == "fetchurl" || name == "fetchTarball" || name == "cleanSource" || name == "path":
			// A single file or a source tree.
			return nil, false
		}
		// Any other call makes a package (callPackage, mkDerivation,
		// justStaticExecutables, an override); one of the known helpers
		// keeps its directory.
		for _, n := range m.pathOf(fn) {
			if d, ok := linkDirs[n]; ok {
				return []string{d}, true
			}
		}
		return nil, true
	}
	return nil, false
}

// byName gives the directories a package known by name needs.
func byName(name string) []string {
	if d, ok := linkDirs[name]; ok && d != "/bin" {
		return []string{d}
	}
	return nil
}

// scriptDirs reads the directories a shell script (of runCommand, or a
// derivation's phase) writes under $out: every $out in the script's text
// must be followed by /dir.
func scriptDirs(e parser.Expr) ([]string, bool) {
	s, ok := parser.Unparen(e).(*parser.String)
	if !ok {
		return nil, false
	}
	var dirs []string
	for _, part := range s.Parts {
		t, ok := part.(*parser.StrText)
		if !ok {
			// Interpolated packages are inputs; anything else may be a
			// script of its own.
			in := part.(*parser.Interp)
			switch parser.Unparen(in.X).(type) {
			case *parser.Ident, *parser.Select, *parser.Path:
				continue
			}
			return nil, false
		}
		text := t.Value()
		for {
			i := strings.Index(text, "$out")
			if i < 0 {
				break
			}
			rest := text[i+len("$out"):]
			rest = strings.TrimPrefix(rest, `"`)
			if !strings.HasPrefix(rest, "/") {
				return nil, false
			}
			j := 1
			for j < len(rest) && (isNameByte(rest[j]) || rest[j] == '.' || rest[j] == '-') {
				j++
			}
			if j == 1 {
				return nil, false
			}
			if j == len(rest) || rest[j] == '/' || rest[j] == ' ' || rest[j] == '\n' || rest[j] == '"' || rest[j] == ';' {
				dirs = appendNew(dirs, rest[:j])
			} else {
				return nil, false
			}
			text = rest[j:]
		}
	}
	return dirs, true
}

// derivationDirs reads the directories a mkDerivation written in the file
// creates under $out, from its phases and hooks (installPhase,
// postInstall, buildCommand, ...). Without any, the default phases make a
// conventional package; a script that writes $out other than as $out/dir,
// or that is not a written string, leaves the layout unknown.
func (m *model) derivationDirs(set *parser.AttrSet) ([]string, bool) {
	var dirs []string
	for _, b := range set.Bindings {
		switch b := b.(type) {
		case *parser.Inherit:
			for _, n := range b.Names {
				if name, _ := parser.StaticName(n); isScriptAttr(name) {
					return nil, false
				}
			}
		case *parser.Attr:
			name, ok := parser.StaticName(b.Path.Names[0])
			if !ok {
				return nil, false
			}
			if !isScriptAttr(name) || len(b.Path.Names) != 1 {
				continue
			}
			ds, ok := scriptDirs(b.Value)
			if !ok {
				return nil, false
			}
			dirs = appendNew(dirs, ds...)
		}
	}
	return dirs, true
}

// isScriptAttr reports whether a derivation attribute is a shell script
// that may write $out.
func isScriptAttr(name string) bool {
	return strings.HasSuffix(name, "Phase") || strings.HasPrefix(name, "post") || strings.HasPrefix(name, "pre") ||
		name == "buildCommand" || name == "installCommand"
}

func isNameByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// appendNew appends the entries of add not yet in list.
func appendNew(list []string, add ...string) []string {
	for _, a := range add {
		if !contains(list, a) {
			list = append(list, a)
		}
	}
	return list
}

// neededDirs decides which directories a buildEnv that makes an image root
// must link: /bin, the directories its paths surely need (the helpers'
// own, those a derivation written in the file surely creates) and the top
// directory of each literal absolute path in Cmd, Entrypoint and
// WorkingDir. It returns nil when a path's layout is unknown and so is the
// program's location: then no list can be shown to keep what the image
// runs.
func (m *model) neededDirs(img *Image, env rootEnv) []string {
	dirs := []string{"/bin"}
	known := false
	a, v := m.lookup(env.arg, "paths")
	if a == Present && leafExpr(v) != nil {
		elems, complete := m.listElems(leafExpr(v))
		known = complete
		for _, el := range elems {
			ds, ok := m.itemDirs(el.expr)
			if !ok {
				known = false
			}
			dirs = appendNew(dirs, ds...)
		}
	}
	prog := m.programOf(img)
	if !known && (!prog.known || prog.unsure) {
		return nil
	}
	return appendNew(dirs, prog.dirs...)
}

// dirsToLink decides which directories a new buildEnv of the given paths
// should link: /bin and what each path surely needs. It returns nil when
// the list is not complete or some path's layout is unknown.
func (m *model) dirsToLink(elems []elem, complete bool) []string {
	if !complete {
		return nil
	}
	dirs := []string{"/bin"}
	for _, el := range elems {
		ds, ok := m.itemDirs(el.expr)
		if !ok {
			return nil
		}
		dirs = appendNew(dirs, ds...)
	}
	return dirs
}
