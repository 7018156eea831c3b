package rules

import "github.com/nixdock/nixdock/parser"

// CreatedNow (ND201) finds images built with created = "now". The image
// config then carries the time of the build, so every build of the same
// sources gives a different image, and the image is no longer
// reproducible (the nixpkgs manual's caution on created).
//
// Bad:
//
//	{ self, pkgs }: pkgs.dockerTools.buildImage { name = "app"; created = "now"; }
//
// Good:
//
//	{ self, pkgs }: pkgs.dockerTools.buildImage {
//	  name = "app";
//	  created = let d = self.lastModifiedDate; in "${builtins.substring 0 4 d}-…Z";
//	}
//
// The fix writes the flake's commit time, from self.lastModifiedDate, in
// ISO 8601; it is offered only where self is bound and builtins is not
// shadowed, and only where "now" is written as the argument itself. The
// rule is opt-in: a project may want the build time on purpose. When it is
// on, ND002 (created-unset) inserts the commit date instead of "now".
var CreatedNow = &Rule{
	Code:     "ND201",
	Name:     "created-now",
	Summary:  `created = "now" makes every build a different image`,
	Severity: Warning,
	OptIn:    true,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runCreatedNow,
}

func runCreatedNow(p *Pass) {
	seen := once{}
	for _, img := range p.Images {
		if _, ok := takesCreated(img.Func); !ok {
			continue
		}
		e, shared, ok := img.attrExpr("created")
		if !ok {
			continue
		}
		m := img.m
		lit, ok := m.literalOf(e)
		if !ok || lit.text != "now" {
			continue
		}
		// Through a name, point at the name as the image uses it.
		at := parser.Unparen(e)
		if lit.direct {
			at = lit.node
		}
		// Images that share one set of arguments share its finding.
		if !seen.first(at) {
			continue
		}
		d := diagAt(at, `created = "now" stamps the image with the build time, so every build gives a different image`)
		if lit.direct && !shared && m.selfAt(at.Pos()) && m.builtinsFree(at.Pos()) {
			d.Fixes = []Fix{{
				Message: "set created to the commit date",
				Safety:  Unsafe,
				Edits:   []TextEdit{{Pos: lit.node.Pos(), End: lit.node.End(), NewText: commitDate}},
			}}
		}
		p.Report(d)
	}
}

func init() { register(CreatedNow) }
