package rules

import (
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// FakechrootNeeded (ND113) finds dockerTools.shadowSetup run in a layered
// image's fakeRootCommands without enableFakechroot = true. shadowSetup
// writes /etc/passwd, /etc/group and /etc/pam.d at absolute paths; without
// a chroot, fakeRootCommands runs in the build directory under fakeroot
// only, so those writes go to the build sandbox's own /etc: they fail, and
// the users it was to create are not in the image. The nixpkgs manual's
// shadowSetup example for the layered builders sets enableFakechroot =
// true.
//
// Bad:
//
//	pkgs.dockerTools.buildLayeredImage {
//	  name = "app";
//	  fakeRootCommands = "${pkgs.dockerTools.shadowSetup}";
//	}
//
// Good: the same with enableFakechroot = true.
//
// The fix (unsafe) adds enableFakechroot = true, or turns a written false
// into true: the commands then run under proot, which does not work on
// Darwin (nixpkgs asserts it).
var FakechrootNeeded = &Rule{
	Code:     "ND113",
	Name:     "fakechroot-needed",
	Summary:  "shadowSetup in fakeRootCommands needs enableFakechroot = true",
	Severity: Error,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runFakechrootNeeded,
}

func runFakechrootNeeded(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	for _, img := range p.Images {
		if !layered(img.Func) {
			continue
		}
		m := img.m
		a, cmds := img.Attr("fakeRootCommands")
		if a != Present || cmds == nil {
			continue
		}
		at := m.shadowSetupIn(cmds)
		if at == nil {
			continue
		}
		fa, fv := m.lookup(img.args, "enableFakechroot")
		var lit parser.Expr
		shared := false
		switch fa {
		case Absent:
		case Present:
			ev, ok := fv.(exprVal)
			if !ok || ev.expr == nil || !m.isBuiltin(m.literal(ev.expr), "false") {
				continue
			}
			lit, shared = parser.Unparen(ev.expr), ev.shared
		default:
			continue
		}
		d := Diagnostic{
			Pos:     at.Pos(),
			End:     at.End(),
			Message: "shadowSetup writes /etc/passwd and /etc/group at absolute paths; without enableFakechroot = true, fakeRootCommands does not run in the image root, so the writes miss the image (and fail in the build sandbox)",
		}
		fix := Fix{Message: "set enableFakechroot = true", Safety: Unsafe}
		switch {
		case lit != nil && !shared && m.isBuiltin(lit, "false") && m.trueFree(lit.Pos()):
			if _, ok := lit.(*parser.Ident); ok {
				fix.Edits = []TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: "true"}}
			}
		case lit == nil:
			if t, ok := insertTarget(img.args); ok && !m.captures(t, "enableFakechroot") && m.trueFree(t.set.LBrace+1) {
				fix.Edits = []TextEdit{insertBinding(m.f, t, "enableFakechroot", func(layout) string { return "true" })}
			}
		}
		if len(fix.Edits) > 0 {
			d.Fixes = []Fix{fix}
		}
		p.Report(d)
	}
}

// trueFree reports whether "true" means the builtin at off.
func (m *model) trueFree(off int) bool {
	b, d, _ := m.boundAt(off, "true")
	return b == scope.Bound && d != nil && d.Kind == scope.Builtin
}

// shadowSetupIn finds a use of dockerTools.shadowSetup in a script: the
// script itself, an interpolation in it, or a part of a + concatenation.
// Let names are followed.
func (m *model) shadowSetupIn(e parser.Expr) parser.Node {
	for i := 0; i < maxDepth && e != nil; i++ {
		if m.isShadowSetup(e) {
			return e
		}
		switch x := m.literal(e).(type) {
		case *parser.String:
			for _, part := range x.Parts {
				if in, ok := part.(*parser.Interp); ok {
					if n := m.shadowSetupIn(in.X); n != nil {
						return in
					}
				}
			}
			return nil
		case *parser.Binary:
			if x.Op != parser.TPlus {
				return nil
			}
			if n := m.shadowSetupIn(x.X); n != nil {
				return n
			}
			e = x.Y
		default:
			return nil
		}
	}
	return nil
}

// isShadowSetup reports whether e denotes dockerTools.shadowSetup.
func (m *model) isShadowSetup(e parser.Expr) bool {
	p := m.pathOf(e)
	return len(p) >= 2 && p[len(p)-1] == "shadowSetup" && p[len(p)-2] == "dockerTools"
}

func init() { register(FakechrootNeeded) }
