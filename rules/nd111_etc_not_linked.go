package rules

import "strings"

// EtcNotLinked (ND111) finds cacert, dockerTools.caCertificates or
// dockerTools.fakeNss inside an image root's buildEnv whose pathsToLink
// surely links neither "/etc" nor "/": their files only work from /etc
// (/etc/ssl/certs, /etc/passwd), and buildEnv leaves them out, so TLS or
// user lookups fail in the container while the package looks included.
//
// Bad:
//
//	copyToRoot = pkgs.buildEnv {
//	  name = "root";
//	  paths = [ pkgs.hello pkgs.cacert ];
//	  pathsToLink = [ "/bin" ];
//	};
//
// Good: pathsToLink = [ "/bin" "/etc" ];
//
// The fix appends "/etc" to the written pathsToLink list. Unsafe: every
// path's /etc is then linked, not only the certificates'. ND005's fix adds
// "/etc" for the same packages when pathsToLink is missing, so the two
// agree.
var EtcNotLinked = &Rule{
	Code:     "ND111",
	Name:     "etc-not-linked",
	Summary:  "cacert, caCertificates or fakeNss is in a buildEnv that does not link /etc",
	Severity: Warning,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runEtcNotLinked,
}

func runEtcNotLinked(p *Pass) {
	seen := map[int]bool{}
	for _, img := range p.Images {
		m := img.m
		for _, env := range m.rootEnvs(img) {
			if seen[env.call.Pos()] || !m.etcUnlinked(img, env) {
				continue
			}
			seen[env.call.Pos()] = true
			d := Diagnostic{
				Pos:     env.fn.Pos(),
				End:     env.fn.End(),
				Message: "pathsToLink links neither \"/etc\" nor \"/\", so the files of " + strings.Join(m.etcHeld(img, env), " and ") + ", which live in /etc, are left out of the image root",
			}
			if list := m.pathsToLinkList(env); list != nil {
				d.Fixes = []Fix{{
					Message: `add "/etc" to pathsToLink`,
					Safety:  Unsafe,
					Edits:   []TextEdit{appendElems(m.f, list, []string{`"/etc"`})},
				}}
			}
			p.Report(d)
		}
	}
}

// etcNeeded lists the packages whose files the image needs at /etc. The
// certificates are needed there only when nothing else points at them: an
// Env that surely sets SSL_CERT_FILE or NIX_SSL_CERT_FILE (or may, the
// answer being unknown) reaches them in the store, and then only fakeNss
// counts.
func (m *model) etcNeeded(img *Image) []string {
	if m.envHasVar(img, certVars) != Absent {
		return []string{"fakeNss"}
	}
	return etcPackages
}

// etcUnlinked reports whether the buildEnv surely holds a package the image
// needs at /etc and surely does not link /etc.
func (m *model) etcUnlinked(img *Image, env rootEnv) bool {
	return m.envHolds(env, m.etcNeeded(img)) == Present && m.linksDir(env, "/etc") == Absent
}

// etcHeld names the packages of etcNeeded that the buildEnv surely holds.
func (m *model) etcHeld(img *Image, env rootEnv) []string {
	needed := m.etcNeeded(img)
	_, v := m.lookup(env.arg, "paths")
	elems, _ := m.listElems(leafExpr(v))
	var out []string
	for _, el := range elems {
		if n := m.lastName(el.expr); contains(needed, n) && !el.maybe {
			out = appendNew(out, n)
		}
	}
	return out
}

func init() { register(EtcNotLinked) }
