package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// MissingPathsToLink (ND005) finds an image root made by a buildEnv with
// no pathsToLink: copyToRoot = buildEnv { … }, contents = buildEnv { … },
// or a buildEnv entry of either's list. buildEnv then links every directory of every path (the
// nixpkgs buildEnv documentation gives [ "/" ] as the default), so docs,
// headers and share trees land in the image root; the haskell-flake guide
// links only "/bin".
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage {
//	  name = "app";
//	  copyToRoot = pkgs.buildEnv { name = "root"; paths = [ pkgs.hello ]; };
//	}
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage {
//	  name = "app";
//	  copyToRoot = pkgs.buildEnv { name = "root"; paths = [ pkgs.hello ]; pathsToLink = [ "/bin" ]; };
//	}
//
// The fix links "/bin", plus "/etc" when the paths hold cacert,
// caCertificates, fakeNss or iana-etc, "/usr" for usrBinEnv and
// "/share/zoneinfo" for tzdata, so that what the image needs stays. When a
// path is self (the project tree) or anything it cannot see into, it
// reports without a fix. Unsafe: files outside the linked directories
// disappear from the image root.
var MissingPathsToLink = &Rule{
	Code:     "ND005",
	Name:     "missing-paths-to-link",
	Summary:  "the buildEnv that makes the image root has no pathsToLink, so everything is linked into /",
	Severity: Warning,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runMissingPathsToLink,
}

// linkDirs lists the directories packages need beyond /bin.
var linkDirs = map[string]string{
	"cacert":         "/etc",
	"caCertificates": "/etc",
	"fakeNss":        "/etc",
	"iana-etc":       "/etc",
	"usrBinEnv":      "/usr",
	"tzdata":         "/share/zoneinfo",
}

func runMissingPathsToLink(p *Pass) {
	seen := map[int]bool{}
	for _, root := range imageRootEnvs(p.Images) {
		m := root.Image.m
		call, shared := root.Call, root.Shared
		if seen[call.Pos()] {
			continue
		}
		fn, args := callee(call)
		arg := m.eval(args[0], shared)
		if a, _ := m.lookup(arg, "pathsToLink"); a != Absent {
			continue
		}
		seen[call.Pos()] = true
		where := "copyToRoot's buildEnv"
		if root.Key == "contents" {
			where = "the buildEnv in contents"
		}
		d := Diagnostic{
			Pos:     fn.Pos(),
			End:     fn.End(),
			Message: where + " has no pathsToLink, so every directory of every path (docs, headers, share) is linked into the image root",
		}
		if t, ok := insertTarget(arg); ok && !m.captures(t, "pathsToLink") {
			if dirs := m.neededDirs(arg); dirs != nil {
				d.Fixes = []Fix{{
					Message: "link only " + strings.Join(dirs, ", "),
					Safety:  Unsafe,
					Edits: []TextEdit{insertBinding(m.f, t, "pathsToLink", func(layout) string {
						q := make([]string, len(dirs))
						for i, d := range dirs {
							q[i] = `"` + d + `"`
						}
						return "[ " + strings.Join(q, " ") + " ]"
					})},
				}}
			}
		}
		p.Report(d)
	}
}

// neededDirs decides which directories to link for the paths of a buildEnv
// argument, or nil when some path cannot be judged.
func (m *model) neededDirs(arg value) []string {
	a, v := m.lookup(arg, "paths")
	if a != Present || leafExpr(v) == nil {
		return nil
	}
	return m.dirsToLink(m.listElems(leafExpr(v)))
}

// dirsToLink decides which directories a buildEnv of the given paths
// should link, or nil when the list is not complete or some path cannot be
// judged.
func (m *model) dirsToLink(elems []elem, complete bool) []string {
	if !complete {
		return nil
	}
	dirs := []string{"/bin"}
	for _, el := range elems {
		name, ok := m.packageName(el.expr)
		if !ok {
			return nil
		}
		if d, ok := linkDirs[name]; ok && !contains(dirs, d) {
			dirs = append(dirs, d)
		}
	}
	return dirs
}

// packageName names the package a path entry refers to, or fails when the
// entry is self (the project tree, whose layout is unknown) or something
// other than a package reference.
func (m *model) packageName(e parser.Expr) (string, bool) {
	e = parser.Unparen(e)
	switch x := e.(type) {
	case *parser.Ident:
		if x.Name == "self" {
			return "", false
		}
		if d := m.def(x); d != nil && (d.Kind == scope.LetDef || d.Kind == scope.RecDef) && d.Value() != nil {
			if m.depth > maxDepth {
				return "", false
			}
			m.depth++
			defer func() { m.depth-- }()
			return m.packageName(d.Value())
		}
		return m.lastName(x), true
	case *parser.Select:
		p := m.pathOf(x)
		if p[len(p)-1] == "${}" || p[len(p)-1] == "self" {
			return "", false
		}
		return p[len(p)-1], true
	case *parser.Apply:
		fn, _ := callee(x)
		if m.lastName(fn) == "justStaticExecutables" {
			return "justStaticExecutables", true
		}
	}
	return "", false
}

func init() { register(MissingPathsToLink) }
