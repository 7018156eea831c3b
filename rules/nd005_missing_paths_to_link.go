package rules

import "strings"

// MissingPathsToLink (ND005) finds an image root built by buildEnv with no
// pathsToLink. buildEnv then links every directory of every path (the
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
// The image root is copyToRoot's or contents' buildEnv (or one in their
// list). The fix links "/bin", the helpers' directories ("/etc" for
// cacert, caCertificates, fakeNss, iana-etc; "/usr" for usrBinEnv;
// "/share/zoneinfo" for tzdata), the directories a derivation written in
// the file surely creates, and the top directory of every literal absolute
// path in Cmd, Entrypoint and WorkingDir (model_links.go). It declines when
// a path's layout is unknown (self, a path) and so is the program's
// location. Unsafe: files outside the linked directories disappear from
// the image root.
var MissingPathsToLink = &Rule{
	Code:     "ND005",
	Name:     "missing-paths-to-link",
	Summary:  "the image root's buildEnv has no pathsToLink, so everything is linked into /",
	Severity: Warning,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runMissingPathsToLink,
}

func runMissingPathsToLink(p *Pass) {
	seen := map[int]bool{}
	for _, img := range p.Images {
		m := img.m
		for _, env := range m.rootEnvs(img) {
			if seen[env.call.Pos()] {
				continue
			}
			seen[env.call.Pos()] = true
			if a, _ := m.lookup(env.arg, "pathsToLink"); a != Absent {
				continue
			}
			d := Diagnostic{
				Pos:     env.fn.Pos(),
				End:     env.fn.End(),
				Message: whereEnv(env.key) + " has no pathsToLink, so every directory of every path (docs, headers, share) is linked into the image root",
			}
			if t, ok := insertTarget(env.arg); ok && !m.captures(t, "pathsToLink") {
				if dirs := m.neededDirs(img, env); dirs != nil {
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
}

// whereEnv names a root buildEnv by the argument that gives it.
func whereEnv(key string) string {
	if key == "contents" {
		return "the buildEnv in contents"
	}
	return key + "'s buildEnv"
}

func init() { register(MissingPathsToLink) }
