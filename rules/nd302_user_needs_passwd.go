package rules

import (
	"strconv"
	"strings"
)

// UserNeedsPasswd (ND302) finds a config.User given by name in an image
// that surely has no /etc/passwd: no fakeNss, no script that sets up users
// or runs shadowSetup, no root entry that writes a passwd file, and no base
// image. Runtimes look a user name up in the image's /etc/passwd (and a
// group name in /etc/group) when the container starts, so the container
// fails with "unable to find user … no matching entries in passwd file".
// A numeric uid:gid needs no lookup.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "app"; contents = [ pkgs.hello ]; config.User = "app"; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "app"; contents = [ pkgs.hello ]; config.User = "1000:1000"; }
//
// There is no fix: the right uid, or the passwd line to add, is the
// user's to choose.
var UserNeedsPasswd = &Rule{
	Code:     "ND302",
	Name:     "user-needs-passwd",
	Summary:  "config.User names a user, but the image has no /etc/passwd to resolve it",
	Severity: Warning,
	NoFix:    "a passwd file or a numeric uid:gid changes who the process runs as, which is the author's call",
	Run:      runUserNeedsPasswd,
}

func runUserNeedsPasswd(p *Pass) {
	for _, img := range p.Images {
		if nixShell(img.Func) {
			continue
		}
		m := img.m
		a, e := img.Attr("config", "User")
		if a != Present || e == nil {
			continue
		}
		user, ok := stringLit(e)
		if !ok || !namedUser(user) || rootUser(user) {
			// Root is ND301's concern; whether every runtime resolves
			// "root" without a passwd file is not something to assert.
			continue
		}
		if m.hasPasswd(img) != Absent {
			continue
		}
		n := reportAt(img, e)
		p.Report(Diagnostic{
			Pos:     n.Pos(),
			End:     n.End(),
			Message: "User " + strconv.Quote(user) + " names a user or group, but the image has no /etc/passwd (no fakeNss, passwd file or shadowSetup), so the runtime cannot resolve it and the container does not start; use a numeric \"uid:gid\" or add fakeNss.override { extraPasswdLines = …; }",
		})
	}
}

// namedUser reports whether a User value ("user", "user:group", "uid:gid",
// …) names its user or its group rather than giving numbers.
func namedUser(s string) bool {
	if s == "" {
		return false
	}
	user, group, _ := strings.Cut(s, ":")
	return !numeric(user) || (group != "" && !numeric(group))
}

func numeric(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func init() { register(UserNeedsPasswd) }
