package rules

import "github.com/nixdock/nixdock/parser"

// UntaggedImage (ND003) finds images with no tag, or tag = null. dockerTools
// then uses the output hash as the tag, which changes on every rebuild and
// tells nobody which commit the image came from. The haskell-flake guide
// ("Tag") tags with the short commit id, or "dev" for a dirty tree.
//
// Bad:
//
//	{ pkgs, self }: pkgs.dockerTools.buildImage { name = "app"; created = "now"; }
//
// Good:
//
//	{ pkgs, self }: pkgs.dockerTools.buildImage {
//	  name = "app";
//	  created = "now";
//	  tag = builtins.substring 0 9 (self.rev or "dev");
//	}
//
// The fix is offered only where the flake's self is bound and builtins is
// not shadowed; elsewhere the rule reports without a fix.
var UntaggedImage = &Rule{
	Code:     "ND003",
	Name:     "untagged-image",
	Summary:  "the image has no tag, so its tag is the output hash",
	Severity: Warning,
	HasFix:   true,
	Fix:      Safe,
	Run:      runUntaggedImage,
}

const commitTag = `builtins.substring 0 9 (self.rev or "dev")`

func runUntaggedImage(p *Pass) {
	for _, img := range p.Images {
		if img.OnlyBase() {
			continue // a base image's tag is not carried into the images built on it
		}
		m := img.m
		a, v := m.lookup(img.args, "tag")
		switch a {
		case Absent:
			d := Diagnostic{
				Pos:     img.Fun.Pos(),
				End:     img.Fun.End(),
				Message: "image has no tag, so it is tagged with its output hash, which changes on every rebuild and names no commit",
			}
			if t, ok := insertTarget(img.args); ok && !m.captures(t, "tag") {
				at := t.set.LBrace + 1
				if m.selfAt(at) && m.builtinsFree(at) {
					d.Fixes = []Fix{{
						Message: "tag the image with the short commit id",
						Safety:  Safe,
						Edits:   []TextEdit{insertBinding(m.f, t, "tag", func(layout) string { return commitTag })},
					}}
				}
			}
			p.Report(d)
		case Present:
			ev, ok := v.(exprVal)
			if !ok || ev.expr == nil || !m.isBuiltin(ev.expr, "null") {
				continue
			}
			null := parser.Unparen(ev.expr)
			d := Diagnostic{
				Pos:     null.Pos(),
				End:     null.End(),
				Message: "tag = null tags the image with its output hash, which changes on every rebuild and names no commit",
			}
			if !ev.shared && m.selfAt(null.Pos()) && m.builtinsFree(null.Pos()) {
				d.Fixes = []Fix{{
					Message: "tag the image with the short commit id",
					Safety:  Safe,
					Edits:   []TextEdit{{Pos: null.Pos(), End: null.End(), NewText: commitTag}},
				}}
			}
			p.Report(d)
		}
	}
}

func init() { register(UntaggedImage) }
