package rules

import "strings"

// PullImageUnpinnedTag (ND205) finds pullImage calls without
// finalImageTag. The image is pulled by digest, but loaded under the tag
// latest (finalImageTag's default), so docker images shows it as
// name:latest, which says nothing of what was pinned and is overwritten by
// any other image loaded as latest.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.pullImage {
//	  imageName = "alpine:3.19"; imageDigest = "sha256:…"; sha256 = "…";
//	}
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.pullImage {
//	  imageName = "alpine"; imageDigest = "sha256:…"; sha256 = "…";
//	  finalImageTag = "3.19";
//	}
//
// The fix is offered only where the tag is known: when imageName is written
// as name:tag. pullImage fetches docker://imageName@imageDigest, which
// skopeo rejects when the name has a tag as well as the digest, so the fix
// moves the tag to finalImageTag. Elsewhere nixdock cannot know which tag
// the digest belongs to, and offers no fix.
var PullImageUnpinnedTag = &Rule{
	Code:     "ND205",
	Name:     "pull-image-unpinned-tag",
	Summary:  "pullImage without finalImageTag loads the image as latest",
	Severity: Info,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runPullImageUnpinnedTag,
}

func runPullImageUnpinnedTag(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	for _, c := range p.Calls() {
		if !c.Is("pullImage") {
			continue
		}
		if a, _ := c.Attr("finalImageTag"); a != Absent {
			continue
		}
		if c.m.onlyBase(c.Call) || c.m.passedOn(c.Call) {
			// A base is never loaded under its own tag, and what another
			// function does with the pulled image is unknown.
			continue
		}
		d := Diagnostic{
			Pos:     c.Fun.Pos(),
			End:     c.Fun.End(),
			Message: "pullImage has no finalImageTag, so the image is loaded as latest, which names no version; set finalImageTag to the tag the digest was taken from",
		}
		if fix, ok := splitImageTag(c); ok {
			d.Fixes = []Fix{fix}
		}
		p.Report(d)
	}
}

// splitImageTag moves the tag of imageName = "name:tag" to finalImageTag.
func splitImageTag(c *Call) (Fix, bool) {
	m := c.m
	e, shared, ok := c.attrExpr("imageName")
	if !ok || shared {
		return Fix{}, false
	}
	lit, ok := m.literalOf(e)
	if !ok || !lit.direct || lit.node.Indented || strings.ContainsAny(lit.text, "@\\\"$") {
		return Fix{}, false
	}
	slash := strings.LastIndexByte(lit.text, '/')
	colon := strings.LastIndexByte(lit.text, ':')
	if colon <= slash+1 || colon == len(lit.text)-1 {
		return Fix{}, false
	}
	name, tag := lit.text[:colon], lit.text[colon+1:]
	t, ok := insertTarget(c.args)
	if !ok || m.captures(t, "finalImageTag") || !within(lit.node, t) {
		return Fix{}, false
	}
	return Fix{
		Message: "move the tag " + quote(tag) + " from imageName to finalImageTag",
		Safety:  Unsafe,
		Edits: []TextEdit{
			{Pos: lit.node.Pos(), End: lit.node.End(), NewText: quote(name)},
			insertBinding(m.f, t, "finalImageTag", func(layout) string { return quote(tag) }),
		},
	}, true
}

// within reports whether n is written inside the set s.
func within(n interface{ Pos() int }, s setLit) bool {
	return n.Pos() > s.set.Pos() && n.Pos() < s.set.End()
}
func init() { register(PullImageUnpinnedTag) }
