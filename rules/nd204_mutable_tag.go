package rules

import "github.com/nixdock/nixdock/parser"

// MutableTag (ND204) finds images tagged with a name that every push
// overwrites: latest, dev, main, master or stable. Such a tag names no
// version and no commit, so a deployment that pulls it cannot tell which
// build it runs, and the image it meant can be replaced under it (the
// nixpkgs manual, on pullImage: tags are often updated, latest above all).
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; tag = "latest"; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; tag = "1.4.2"; }
//
// The rule is opt-in and has no fix: many projects publish latest on
// purpose, beside a versioned tag, and only the project knows which
// version or commit the image should be tagged with.
var MutableTag = &Rule{
	Code:     "ND204",
	Name:     "mutable-tag",
	Summary:  "the image tag (latest, dev, main, master, stable) names no version or commit",
	Severity: Info,
	OptIn:    true,
	NoFix:    "nixdock cannot know which version or commit the tag should name",
	Run:      runMutableTag,
}

// mutableTags are tags that a branch or every release overwrites.
var mutableTags = map[string]bool{"latest": true, "dev": true, "main": true, "master": true, "stable": true}

func runMutableTag(p *Pass) {
	seen := once{}
	for _, img := range p.Images {
		if img.OnlyBase() {
			continue // a base image's tag is not carried into the images built on it
		}
		e, _, ok := img.attrExpr("tag")
		if !ok {
			continue
		}
		lit, ok := img.m.literalOf(e)
		if !ok || !mutableTags[lit.text] {
			continue
		}
		// Through a name, point at the name as the image uses it.
		var at parser.Node = parser.Unparen(e)
		if lit.direct {
			at = lit.node
		}
		// Images that share one set of arguments share its finding.
		if !seen.first(at) {
			continue
		}
		p.Report(Diagnostic{
			Pos: at.Pos(),
			End: at.End(),
			Message: "tag " + quote(lit.text) + " names no version or commit and is overwritten by every push; " +
				"tag with a version or the commit id (nixdock cannot know which)",
		})
	}
}

func init() { register(MutableTag) }
