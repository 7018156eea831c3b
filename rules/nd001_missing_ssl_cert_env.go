package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// MissingSSLCertEnv (ND001) finds images that cannot make TLS connections:
// config.Env surely has no SSL_CERT_FILE (nor NIX_SSL_CERT_FILE) and
// neither dockerTools.caCertificates nor cacert is put in the image, so
// every HTTPS request from the container fails with an unknown-CA error.
// The haskell-flake guide ("SSL certs") sets SSL_CERT_FILE, and
// SYSTEM_CERTIFICATE_PATH for Haskell's x509-system. The nix-shell image
// builders set SSL_CERT_FILE themselves and are never reported.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; config.Cmd = [ "app" ]; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage {
//	  name = "app";
//	  config.Cmd = [ "app" ];
//	  config.Env = [ "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ];
//	}
//
// The fix appends the entry to the written Env list (also the written part
// of [ … ] ++ more), or adds Env, or adds config in the form the file uses.
// It names cacert through what is bound there (a cacert formal, pkgs, or
// with pkgs) and is offered only when something is.
var MissingSSLCertEnv = &Rule{
	Code:     "ND001",
	Name:     "missing-ssl-cert-env",
	Summary:  "the image has no SSL_CERT_FILE and no CA certificates, so TLS fails",
	Severity: Warning,
	HasFix:   true,
	Fix:      Safe,
	Run:      runMissingSSLCertEnv,
}

var certVars = []string{"SSL_CERT_FILE=", "NIX_SSL_CERT_FILE="}

func runMissingSSLCertEnv(p *Pass) {
	for _, img := range p.Images {
		if img.OnlyBase() {
			continue // a base image lacks certificates only for the images built on it, which are checked themselves
		}
		if img.SetsSSLCertFile() {
			continue
		}
		m := img.m
		if m.includesCA(img) != Absent {
			continue
		}
		// buildImage inherits Env from fromImage, which may set the
		// variable: only a base built here that surely does not lets
		// the rule go on.
		if m.withBase(img, Absent, func(b *Image) Answer { return m.envHasVar(b, certVars) }) != Absent {
			continue
		}
		cfgAns, cfg := m.lookup(img.args, "config")
		if cfgAns == Unknown {
			continue
		}
		envAns := Absent
		var env value
		if cfgAns == Present {
			envAns, env = m.lookup(cfg, "Env")
			if envAns == Unknown {
				continue
			}
			if envAns == Present {
				e := leafExpr(env)
				if e == nil || m.envHas(e, certVars) != Absent {
					continue
				}
			}
		}
		d := Diagnostic{
			Pos:     img.Fun.Pos(),
			End:     img.Fun.End(),
			Message: "image sets no SSL_CERT_FILE in config.Env and does not include CA certificates, so TLS connections from the container fail",
		}
		if fix, ok := m.sslFix(img, cfgAns, cfg, envAns, env); ok {
			d.Fixes = []Fix{fix}
		} else if fix, ok := m.caRootFix(img); ok {
			d.Fixes = []Fix{fix}
		}
		p.Report(d)
	}
}

// includesCA answers whether copyToRoot or contents puts cacert or
// dockerTools.caCertificates in the image, or its base image has them.
func (m *model) includesCA(img *Image) Answer {
	return m.withBase(img, m.ownCA(img), m.includesCA)
}

// ownCA is includesCA for the image's own copyToRoot and contents.
func (m *model) ownCA(img *Image) Answer {
	ans := Absent
	for _, key := range []string{"copyToRoot", "contents"} {
		a, v := m.lookup(img.args, key)
		if a == Absent {
			continue
		}
		e := leafExpr(v)
		if a == Unknown || e == nil {
			return Unknown
		}
		elems, complete := m.rootElems(e)
		for _, el := range elems {
			switch m.lastName(el.expr) {
			case "cacert", "caCertificates":
				if !el.maybe {
					return Present
				}
				ans = Unknown
			}
		}
		if !complete {
			ans = Unknown
		}
	}
	return ans
}

// envHas answers whether an Env list has an entry starting with one of
// prefixes.
func (m *model) envHas(e parser.Expr, prefixes []string) Answer {
	return m.listHas(e, func(e parser.Expr) Answer { return m.stringStarts(e, prefixes) })
}

// stringStarts answers whether a string expression starts with one of
// prefixes, looking only at its written leading text.
func (m *model) stringStarts(e parser.Expr, prefixes []string) Answer {
	e = parser.Unparen(e)
	if id, ok := e.(*parser.Ident); ok {
		if d := m.def(id); d != nil && d.Value() != nil && m.depth < maxDepth {
			m.depth++
			defer func() { m.depth-- }()
			return m.stringStarts(d.Value(), prefixes)
		}
		return Unknown
	}
	s, ok := e.(*parser.String)
	if !ok {
		return Unknown
	}
	var lead strings.Builder
	closed := true
	for _, part := range s.Parts {
		t, ok := part.(*parser.StrText)
		if !ok {
			closed = false
			break
		}
		lead.WriteString(t.Value())
	}
	text := lead.String()
	for _, p := range prefixes {
		if strings.HasPrefix(text, p) {
			return Present
		}
		if !closed && strings.HasPrefix(p, text) {
			return Unknown
		}
	}
	return Absent
}

// sslFix builds the edit that gives the image SSL_CERT_FILE.
func (m *model) sslFix(img *Image, cfgAns Answer, cfg value, envAns Answer, env value) (Fix, bool) {
	entries := func(at int) []string {
		ca := m.pkgRef(at, "cacert")
		if ca == "" {
			ca = m.pkgSetRefAt(img, at, "cacert")
		}
		if ca == "" {
			return nil
		}
		out := []string{`"SSL_CERT_FILE=${` + ca + `}/etc/ssl/certs/ca-bundle.crt"`}
		if m.haskell && (envAns == Absent || m.envHas(leafExpr(env), []string{"SYSTEM_CERTIFICATE_PATH="}) == Absent) {
			out = append(out, `"SYSTEM_CERTIFICATE_PATH=${`+ca+`}/etc/ssl/certs/ca-bundle.crt"`)
		}
		return out
	}
	fix := Fix{Message: "add SSL_CERT_FILE to config.Env", Safety: Safe}
	switch {
	case envAns == Present:
		list, shared := m.listLiteral(leafExpr(env), false)
		if list == nil || shared {
			return fix, false
		}
		es := entries(list.LBrack + 1)
		if es == nil {
			return fix, false
		}
		fix.Edits = []TextEdit{appendElems(m.f, list, es)}
	case cfgAns == Present:
		t, ok := insertTarget(cfg)
		if !ok || m.captures(t, "Env") || m.caseTwin(cfg, "Env") {
			return fix, false
		}
		es := entries(t.set.LBrace + 1)
		if es == nil {
			return fix, false
		}
		fix.Edits = []TextEdit{insertBinding(m.f, t, "Env", func(l layout) string { return listText(l, es) })}
	default:
		t, ok := insertTarget(img.args)
		if !ok || m.captures(t, "config") || m.caseTwin(img.args, "config") {
			return fix, false
		}
		es := entries(t.set.LBrace + 1)
		if es == nil {
			return fix, false
		}
		if m.configDotted {
			fix.Edits = []TextEdit{insertBinding(m.f, t, "config.Env", func(l layout) string { return listText(l, es) })}
		} else {
			fix.Edits = []TextEdit{insertBinding(m.f, t, "config", func(l layout) string {
				return setText(l, func(l layout) string { return "Env = " + listText(l, es) + ";" })
			})}
		}
	}
	return fix, true
}

// caRootFix puts dockerTools.caCertificates in the image root, for a file
// in which cacert has no name but dockerTools has (the common
// callPackage-style file { dockerTools, myApp }:, whose formals must not
// grow: its caller may pass every argument explicitly). The layered
// builders take it in contents, buildImage in copyToRoot (or in the
// deprecated contents it already uses); into a buildEnv root it goes in
// paths, with "/etc" added to a pathsToLink that lacks it.
func (m *model) caRootFix(img *Image) (Fix, bool) {
	key := "contents"
	if !strings.Contains(img.Func, "Layered") {
		if a, _ := m.lookup(img.args, "contents"); a == Absent {
			key = "copyToRoot"
		}
	}
	fix := Fix{Message: "add dockerTools.caCertificates to " + key, Safety: Safe}
	item := func(at int) string {
		if dt := m.dockerToolsAt(img, at); dt != "" {
			return dt + ".caCertificates"
		}
		return ""
	}
	a, v := m.lookup(img.args, key)
	switch a {
	case Absent:
		t, ok := insertTarget(img.args)
		if !ok || m.captures(t, key) {
			return fix, false
		}
		ca := item(t.set.LBrace + 1)
		if ca == "" {
			return fix, false
		}
		fix.Edits = []TextEdit{insertBinding(m.f, t, key, func(layout) string { return "[ " + ca + " ]" })}
		return fix, true
	case Unknown:
		return fix, false
	}
	e := leafExpr(v)
	ev, isExpr := v.(exprVal)
	if e == nil || !isExpr || ev.shared {
		return fix, false
	}
	if call, shared := m.buildEnvCall(e, false); call != nil {
		if shared {
			return fix, false
		}
		env := m.newRootEnv(key, call, false, false)
		pa, pv := m.lookup(env.arg, "paths")
		if pa != Present || leafExpr(pv) == nil {
			return fix, false
		}
		list, lshared := m.listLiteral(leafExpr(pv), false)
		if list == nil || lshared {
			return fix, false
		}
		ca := item(list.LBrack + 1)
		if ca == "" {
			return fix, false
		}
		fix.Edits = []TextEdit{appendElems(m.f, list, []string{ca})}
		switch m.linksDir(env, "/etc") {
		case Unknown:
			return fix, false
		case Absent:
			links := m.pathsToLinkList(env)
			if links == nil {
				return fix, false
			}
			fix.Edits = append(fix.Edits, appendElems(m.f, links, []string{`"/etc"`}))
			fix.Message += ` and link "/etc"`
			fix.Safety = Unsafe
		}
		return fix, true
	}
	if list, shared := m.listLiteral(e, false); list != nil {
		ca := item(list.LBrack + 1)
		if shared || ca == "" {
			return fix, false
		}
		fix.Edits = []TextEdit{appendElems(m.f, list, []string{ca})}
		return fix, true
	}
	if !m.surelyPackage(e) {
		return fix, false
	}
	x := parser.Unparen(e)
	ca := item(x.Pos())
	if ca == "" {
		return fix, false
	}
	one := string(m.f.Src[e.Pos():e.End()])
	switch e.(type) {
	case *parser.Ident, *parser.Select, *parser.Paren:
	default:
		one = "(" + one + ")" // a call is one list element only in parentheses
	}
	fix.Edits = []TextEdit{{Pos: e.Pos(), End: e.End(), NewText: "[ " + one + " " + ca + " ]"}}
	return fix, true
}

// packageMakers are functions whose result is one package, never a list.
var packageMakers = map[string]bool{
	"callPackage": true, "mkDerivation": true, "justStaticExecutables": true, "symlinkJoin": true,
	"writeShellScriptBin": true, "writeScriptBin": true, "writeShellApplication": true, "writeTextFile": true,
	"writeTextDir": true, "runCommand": true, "runCommandLocal": true, "buildGoModule": true,
	"buildRustPackage": true, "buildNpmPackage": true, "buildPythonApplication": true, "callCabal2nix": true,
}

// surelyPackage reports whether a contents value is surely one package and
// not a list: a selection from a package set, or a call of a function that
// makes one package (directly or through a let name).
func (m *model) surelyPackage(e parser.Expr) bool {
	if m.depth > maxDepth {
		return false
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.Ident:
		if d := m.def(x); d != nil && (d.Kind == scope.LetDef || d.Kind == scope.RecDef) && d.Value() != nil {
			return m.surelyPackage(d.Value())
		}
	case *parser.Select:
		s, ok := selectionOf(x)
		if !ok || len(s.path) == 0 || s.path[len(s.path)-1] == "${}" {
			return false
		}
		base := append([]string{s.root.Name}, s.path[:len(s.path)-1]...)
		last := base[len(base)-1]
		return last == "pkgs" || last == "packages" || last == "haskellPackages" || last == "dockerTools" ||
			(len(base) >= 2 && base[len(base)-2] == "legacyPackages")
	case *parser.Apply:
		fn, _ := callee(x)
		return packageMakers[m.lastName(fn)]
	}
	return false
}

func init() { register(MissingSSLCertEnv) }
