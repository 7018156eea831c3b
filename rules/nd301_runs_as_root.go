package rules

import (
	"strconv"
	"strings"
)

// RunsAsRoot (ND301) finds images whose containers run as root: no
// config.User, or a User that is surely root or uid 0. A process that
// breaks out of its container as root owns much more of the host than an
// unprivileged one, and Kubernetes' runAsNonRoot refuses such images.
// dockerTools keeps only Env from a base image, so a fromImage whose own
// config sets a user does not change this. The nix-shell image builders
// set User themselves and are never reported. Opt-in: many images are
// meant to run as root or have their user set at run time.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "app"; contents = [ pkgs.dockerTools.fakeNss ]; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "app"; contents = [ pkgs.dockerTools.fakeNss ]; config.User = "65534:65534"; }
//
// The fix sets User = "65534:65534" (nobody and nogroup, both in fakeNss)
// and is offered only where fakeNss or a passwd file is surely in the
// image. Unsafe: files the program writes must be writable by nobody.
var RunsAsRoot = &Rule{
	Code:     "ND301",
	Name:     "runs-as-root",
	Summary:  "the image sets no non-root config.User, so its containers run as root",
	Severity: Warning,
	OptIn:    true,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runRunsAsRoot,
}

const nobodyUser = `"65534:65534"`

func runRunsAsRoot(p *Pass) {
	for _, img := range p.Images {
		if img.OnlyBase() {
			continue // a base image's User is not carried into the images built on it
		}
		if nixShell(img.Func) {
			continue
		}
		m := img.m
		cfgAns, cfg := m.lookup(img.args, "config")
		if cfgAns == Unknown {
			continue
		}
		canFix := m.surelyPasswd(img)
		if cfgAns == Present {
			if e := leafExpr(cfg); e != nil && m.isBuiltin(e, "null") {
				// config = null: the image has no config; the fix would
				// have to replace the null, which it leaves to the user.
				cfgAns, canFix = Absent, false
			}
		}
		userAns := Absent
		var user value
		if cfgAns == Present {
			userAns, user = m.lookup(cfg, "User")
		}
		fix := Fix{Message: "run as nobody (User = " + nobodyUser + ")", Safety: Unsafe}
		var d Diagnostic
		switch userAns {
		case Unknown:
			continue
		case Present:
			e := leafExpr(user)
			if e == nil {
				continue
			}
			s, ok := stringLit(e)
			if !ok || !rootUser(s) {
				continue
			}
			d = Diagnostic{
				Pos:     e.Pos(),
				End:     e.End(),
				Message: "User " + strconv.Quote(s) + " runs the container as root; a process that escapes it has root on the host, and Kubernetes' runAsNonRoot refuses the image",
			}
			if ev, ok := user.(exprVal); canFix && ok && !ev.shared {
				fix.Edits = []TextEdit{{Pos: e.Pos(), End: e.End(), NewText: nobodyUser}}
			}
		case Absent:
			d = Diagnostic{
				Pos:     img.Fun.Pos(),
				End:     img.Fun.End(),
				Message: "image sets no config.User, so its containers run as root; a process that escapes has root on the host, and Kubernetes' runAsNonRoot refuses the image",
			}
			if a, _ := m.argSet(img.args, "fromImage"); a != Absent {
				d.Message += " (dockerTools keeps only Env from fromImage, not its User)"
			}
			if canFix {
				fix.Edits = m.userEdits(img, cfgAns, cfg)
			}
		}
		if len(fix.Edits) > 0 {
			d.Fixes = []Fix{fix}
		} else {
			d.Message += "; set User to a numeric uid:gid that the image's files allow"
		}
		p.Report(d)
	}
}

// rootUser reports whether a User value is root: user part root or 0.
func rootUser(s string) bool {
	user, _, _ := strings.Cut(s, ":")
	if user == "root" {
		return true
	}
	n, err := strconv.Atoi(user)
	return err == nil && n == 0
}

// userEdits inserts User into config (or config itself, in the form the
// file uses).
func (m *model) userEdits(img *Image, cfgAns Answer, cfg value) []TextEdit {
	if cfgAns == Present {
		t, ok := insertTarget(cfg)
		if !ok || m.captures(t, "User") {
			return nil
		}
		return []TextEdit{insertBinding(m.f, t, "User", func(layout) string { return nobodyUser })}
	}
	t, ok := insertTarget(img.args)
	if !ok || m.captures(t, "config") {
		return nil
	}
	if m.configDotted {
		return []TextEdit{insertBinding(m.f, t, "config.User", func(layout) string { return nobodyUser })}
	}
	return []TextEdit{insertBinding(m.f, t, "config", func(l layout) string {
		return setText(l, func(layout) string { return "User = " + nobodyUser + ";" })
	})}
}

func init() { register(RunsAsRoot) }
