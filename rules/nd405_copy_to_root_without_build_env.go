package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// CopyToRootWithoutBuildEnv (ND405) finds buildImage's copyToRoot (or its
// deprecated contents) given as a bare package, or as a list holding one,
// with no buildEnv in between. buildImage copies every file of every such
// package into the image's root layer, and the layer's store closure holds
// the same package again, so its files are in the image twice (nixpkgs
// issue 94636). A buildEnv puts links in the root instead. The layered
// builders link their contents rather than copy them and are not
// reported.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; copyToRoot = [ pkgs.hello ]; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage {
//	  name = "app";
//	  copyToRoot = pkgs.buildEnv { name = "app-root"; paths = [ pkgs.hello ]; pathsToLink = [ "/bin" ]; };
//	}
//
// The fix wraps the value in buildEnv { name = "<image>-root"; paths = …;
// pathsToLink = …; }, linking the directories ND005's fix would, where
// pkgs or buildEnv is bound and every entry can be judged. Unsafe: files
// outside the linked directories leave the image root.
var CopyToRootWithoutBuildEnv = &Rule{
	Code:     "ND405",
	Name:     "copy-to-root-without-build-env",
	Summary:  "buildImage copies bare packages into the root, so their files are in the image twice",
	Severity: Warning,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runCopyToRootWithoutBuildEnv,
}

// rootHelpers are dockerTools packages made to be copied into the root,
// the project tree (self), and data packages whose files name no store
// path, so that nothing pulls them into the closure a second time.
var rootHelpers = []string{
	"binSh", "usrBinEnv", "caCertificates", "fakeNss", "self",
	"cacert", "iana-etc", "tzdata", "glibcLocales",
}

func runCopyToRootWithoutBuildEnv(p *Pass) {
	seen := map[int]bool{}
	for _, img := range p.Images {
		if !singleLayer(img.Func) {
			continue
		}
		m := img.m
		key := "copyToRoot"
		a, v := m.lookup(img.args, key)
		if a == Absent {
			key = "contents"
			a, v = m.lookup(img.args, key)
		}
		e := leafExpr(v)
		if a != Present || e == nil || m.isBuiltin(e, "null") {
			continue
		}
		bare := m.bareEntries(e)
		if len(bare) == 0 || seen[bare[0].Pos()] {
			continue
		}
		seen[bare[0].Pos()] = true
		what := key
		if key == "contents" {
			what = "contents (the deprecated copyToRoot)"
		}
		d := Diagnostic{
			Pos:     bare[0].Pos(),
			End:     bare[0].End(),
			Message: what + " holds " + m.shortText(bare[0]) + " without a buildEnv: buildImage copies each file of the package into the image root, beside the same files in the store closure, so the layer holds them twice; wrap the packages in buildEnv",
		}
		if ev, ok := v.(exprVal); ok && !ev.shared {
			if fix, ok := m.buildEnvFix(img, e); ok {
				d.Fixes = []Fix{fix}
			}
		}
		p.Report(d)
	}
}

// bareEntries returns the entries of a root value that are surely
// packages copied as they are: nixpkgs packages (other than the dockerTools
// helpers meant for the root and data packages such as cacert), flake
// packages, and justStaticExecutables of one. Entries under a condition, buildEnv and symlinkJoin results and
// anything the model cannot judge are left out.
func (m *model) bareEntries(e parser.Expr) []parser.Expr {
	if m.depth > maxDepth {
		return nil
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.Ident:
		if d := m.def(x); d != nil && (d.Kind == scope.LetDef || d.Kind == scope.RecDef) && d.Value() != nil {
			if m.bareEntry(x) {
				return []parser.Expr{x}
			}
			return m.bareEntries(d.Value())
		}
		// A function argument that is the whole value may be a list, a
		// buildEnv or anything else.
		if d := m.def(x); d != nil && (d.Kind == scope.FormalDef || d.Kind == scope.ParamDef) {
			return nil
		}
		if m.bareEntry(x) {
			return []parser.Expr{x}
		}
		return nil
	case *parser.Select, *parser.Apply:
		if m.bareEntry(x) {
			return []parser.Expr{x}
		}
		if a, ok := x.(*parser.Apply); ok {
			fn, _ := callee(a)
			switch m.lastName(fn) {
			case "optional", "optionals":
				break
			default:
				return nil
			}
		} else {
			return nil
		}
	}
	elems, _ := m.listElems(e)
	var out []parser.Expr
	for _, el := range elems {
		if !el.maybe && m.bareEntry(el.expr) {
			out = append(out, el.expr)
		}
	}
	return out
}

// bareEntry reports whether one root entry is surely a package copied as
// it is.
func (m *model) bareEntry(e parser.Expr) bool {
	if m.depth > maxDepth {
		return false
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.Ident:
		if d := m.def(x); d != nil && (d.Kind == scope.LetDef || d.Kind == scope.RecDef) {
			if v := d.Value(); v != nil {
				switch parser.Unparen(v).(type) {
				case *parser.Ident, *parser.Select, *parser.Apply:
					return m.bareEntry(v)
				}
			}
			return false
		}
		return !contains(rootHelpers, m.lastName(x)) && m.nixpkgsRef(x)
	case *parser.Select:
		name := m.lastName(x)
		if contains(rootHelpers, name) || name == "${}" {
			return false
		}
		return m.nixpkgsRef(x) || m.flakeOutput(x)
	case *parser.Apply:
		fn, args := callee(x)
		if m.lastName(fn) == "justStaticExecutables" && len(args) > 0 {
			return true
		}
	}
	return false
}

// flakeOutput reports whether a selection names a flake package:
// self.packages.…, self'.packages.…, config.packages.….
func (m *model) flakeOutput(s *parser.Select) bool {
	p := m.pathOf(s)
	for i := 0; i+1 < len(p); i++ {
		if p[i] == "packages" && i > 0 && (p[i-1] == "self" || p[i-1] == "self'" || p[i-1] == "config") {
			return true
		}
	}
	return false
}

// shortText is e's source when it is short and on one line, else "a package".
func (m *model) shortText(e parser.Expr) string {
	t := string(m.f.Src[e.Pos():e.End()])
	if len(t) > 60 || strings.ContainsAny(t, "\n\r") {
		return "a package"
	}
	return t
}

// buildEnvFix wraps a root value e in buildEnv.
func (m *model) buildEnvFix(img *Image, e parser.Expr) (Fix, bool) {
	fix := Fix{Message: "wrap in buildEnv", Safety: Unsafe}
	ref := m.pkgRef(e.Pos(), "buildEnv")
	if ref == "" {
		return fix, false
	}
	var elems []elem
	complete, list := true, false
	switch x := parser.Unparen(e).(type) {
	case *parser.Ident:
		d := m.def(x)
		if d == nil || (d.Kind != scope.LetDef && d.Kind != scope.RecDef) {
			elems = []elem{{x, false}}
			break
		}
		if d.Value() == nil {
			return fix, false
		}
		switch parser.Unparen(d.Value()).(type) {
		case *parser.List, *parser.Binary, *parser.With:
			list = true
			elems, complete = m.listElems(x)
		default:
			elems = []elem{{x, false}}
		}
	case *parser.Select, *parser.Apply:
		if m.bareEntry(x) {
			elems = []elem{{x, false}}
		} else {
			list = true
			elems, complete = m.listElems(x)
		}
	default:
		list = true
		elems, complete = m.listElems(e)
	}
	dirs := m.dirsToLink(elems, complete)
	if dirs == nil {
		return fix, false
	}
	quoted := make([]string, len(dirs))
	for i, d := range dirs {
		quoted[i] = `"` + d + `"`
	}
	src := string(m.f.Src[e.Pos():e.End()])
	paths := src
	if !list {
		paths = "[ " + src + " ]"
	}
	bindings := []string{
		"name = " + m.rootName(img) + ";",
		"paths = " + paths + ";",
		"pathsToLink = [ " + strings.Join(quoted, " ") + " ];",
	}
	var text string
	outer := indentOf(m.f, e.Pos())
	if lineOf(m.f, img.Arg.Pos()) == lineOf(m.f, img.Arg.End()) {
		text = ref + " { " + strings.Join(bindings, " ") + " }"
	} else {
		unit := defaultUnit
		if end := e.End(); lineOf(m.f, e.Pos()) != lineOf(m.f, end) {
			if l, ok := parser.Unparen(e).(*parser.List); ok && len(l.Elems) > 0 && lineOf(m.f, l.Elems[0].Pos()) != lineOf(m.f, e.Pos()) {
				unit = unitFrom(indentOf(m.f, l.Elems[0].Pos()), outer)
			}
			if !strings.Contains(src, "''") {
				// One more level for the lines of a multi-line value;
				// blank lines stay blank.
				lines := strings.Split(bindings[1], "\n")
				for i := 1; i < len(lines); i++ {
					if strings.TrimRight(lines[i], "\r") != "" {
						lines[i] = unit + lines[i]
					}
				}
				bindings[1] = strings.Join(lines, "\n")
			}
		}
		inner := outer + unit
		text = ref + " {\n" + inner + strings.Join(bindings, "\n"+inner) + "\n" + outer + "}"
	}
	fix.Edits = []TextEdit{{Pos: e.Pos(), End: e.End(), NewText: text}}
	return fix, true
}

// rootName is the name of the buildEnv the fix adds: the last component of
// the image's written name (a store path name cannot hold the / of
// "owner/app" or the : of "registry:5000/app") with "-root", or
// "image-root".
func (m *model) rootName(img *Image) string {
	_, e := img.Attr("name")
	if s, ok := e.(*parser.String); ok && !s.Indented {
		if t, ok := stringLit(s); ok && !strings.ContainsAny(t, "\\\"$\n") {
			t = t[strings.LastIndexByte(t, '/')+1:]
			if t != "" && t[0] != '.' && storeNameChars(t) {
				return `"` + t + `-root"`
			}
		}
	}
	return `"image-root"`
}

// storeNameChars reports whether every character of s may appear in the
// name of a store path.
func storeNameChars(s string) bool {
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.ContainsRune("+-._?=", c):
		default:
			return false
		}
	}
	return true
}

func init() { register(CopyToRootWithoutBuildEnv) }
