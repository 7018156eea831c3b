package rules

import "strings"

// EntrypointNotLinked (ND112) finds an image whose program is a literal
// absolute path "/X/…" (the first entry of Entrypoint, else of Cmd) while
// the image root comes only from a buildEnv whose pathsToLink surely does
// not cover "/X": the program is not in the image, and the container
// fails to start with "no such file or directory".
//
// Bad:
//
//	copyToRoot = pkgs.buildEnv { name = "root"; paths = [ app ]; pathsToLink = [ "/bin" ]; };
//	config.Cmd = [ "/app/server" ];
//
// Good: pathsToLink = [ "/bin" "/app" ];
//
// The fix appends "/X" to the written pathsToLink list (unsafe: every
// path's /X is then linked). The image root must come from that buildEnv
// alone: a base image, another root item or a build script
// (extraCommands, fakeRootCommands, runAsRoot) may provide the program.
var EntrypointNotLinked = &Rule{
	Code:     "ND112",
	Name:     "entrypoint-not-linked",
	Summary:  "the program's directory is not linked by the buildEnv that makes the image root",
	Severity: Warning,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runEntrypointNotLinked,
}

func runEntrypointNotLinked(p *Pass) {
	for _, img := range p.Images {
		m := img.m
		prog := m.programOf(img)
		if prog.path == "" {
			continue
		}
		envs := m.rootEnvs(img)
		if len(envs) != 1 || !envs[0].only {
			continue
		}
		env := envs[0]
		dir := topDir(prog.path)
		if m.linksDir(env, dir) != Absent || m.linksDir(env, prog.path) != Absent {
			continue
		}
		if a, _ := m.lookup(env.arg, "postBuild"); a != Absent {
			continue // the script may create it
		}
		if dir == "/etc" && m.etcUnlinked(img, env) {
			continue // ND111 adds it
		}
		d := Diagnostic{
			Pos:     prog.expr.Pos(),
			End:     prog.expr.End(),
			Message: "the image runs " + prog.path + ", but the buildEnv that makes its root does not link " + strings.TrimSpace(dir) + " (pathsToLink), so the program is not in the image",
		}
		if list := m.pathsToLinkList(env); list != nil {
			d.Fixes = []Fix{{
				Message: `add "` + dir + `" to pathsToLink`,
				Safety:  Unsafe,
				Edits:   []TextEdit{appendElems(m.f, list, []string{`"` + dir + `"`})},
			}}
		}
		p.Report(d)
	}
}

func init() { register(EntrypointNotLinked) }
