package rules

import "github.com/nixdock/nixdock/parser"

// MtimeNow (ND203) finds layered images built with mtime = "now". The
// files of the customisation layer then carry the time of the build, so
// that layer differs on every build and is never shared between builds
// (the nixpkgs manual: a different hash each time, preventing
// deduplication).
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.streamLayeredImage { name = "app"; mtime = "now"; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.streamLayeredImage { name = "app"; }
//
// The fix removes the binding, which restores the default
// (1970-01-01T00:00:01Z). It is offered only where removing the binding
// surely leaves mtime unset: a set written in the file, not rec, not
// shared, and not merged over another set that sets mtime too.
var MtimeNow = &Rule{
	Code:     "ND203",
	Name:     "mtime-now",
	Summary:  `mtime = "now" makes the layer's files differ on every build, so layers are never shared`,
	Severity: Warning,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runMtimeNow,
}

func runMtimeNow(p *Pass) {
	seen := once{}
	for _, img := range p.Images {
		if !layered(img.Func) {
			continue
		}
		e, _, ok := img.attrExpr("mtime")
		if !ok {
			continue
		}
		m := img.m
		lit, ok := m.literalOf(e)
		if !ok || lit.text != "now" {
			continue
		}
		at := parser.Unparen(e)
		// Images that share one set of arguments share its finding.
		if !seen.first(at) {
			continue
		}
		d := diagAt(at, `mtime = "now" stamps the layer's files with the build time, so the layer differs on every build and is never shared`)
		if s, ok := m.bindingSet(img.args, "mtime"); ok {
			if edit, ok := m.removeBinding(s, "mtime"); ok {
				d.Fixes = []Fix{{Message: "remove mtime", Safety: Unsafe, Edits: []TextEdit{edit}}}
			}
		}
		p.Report(d)
	}
}

func init() { register(MtimeNow) }
