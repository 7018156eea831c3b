package rules

import "strconv"

// MaxLayersOutOfRange (ND116) finds a maxLayers literal the layered
// builders reject or a runtime may: 1 or less fails nixpkgs' assertion
// ("must be greather than 1"); more than 125 lets the image grow deeper
// than Docker's layer store accepts (125 layers; it fails with "max depth
// exceeded", and the nixpkgs manual points at docker/docs#8230).
//
// Bad:
//
//	pkgs.dockerTools.buildLayeredImage { name = "app"; maxLayers = 1; }
//
// Good:
//
//	pkgs.dockerTools.buildLayeredImage { name = "app"; maxLayers = 100; }
//
// Not reported when layeringPipeline is set (nixpkgs then ignores
// maxLayers) or may be. No fix: the right number depends on the base image
// and the runtime.
var MaxLayersOutOfRange = &Rule{
	Code:     "ND116",
	Name:     "max-layers-out-of-range",
	Summary:  "maxLayers must be greater than 1, and more than 125 risks the runtime's layer limit",
	Severity: Error,
	NoFix:    "the right number of layers depends on the image; choose one from 2 to 125",
	Run:      runMaxLayersOutOfRange,
}

func runMaxLayersOutOfRange(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	for _, img := range p.Images {
		if !layered(img.Func) {
			continue
		}
		m := img.m
		a, e := img.Attr("maxLayers")
		if a != Present || e == nil {
			continue
		}
		n, ok := intLit(m.literal(e))
		if !ok || (n > 1 && n <= 125) {
			continue
		}
		if a, _ := m.argSet(img.args, "layeringPipeline"); a != Absent {
			continue
		}
		d := Diagnostic{Pos: e.Pos(), End: e.End()}
		if n <= 1 {
			d.Message = "maxLayers = " + strconv.FormatInt(n, 10) + ": nixpkgs asserts that maxLayers is greater than 1, so evaluation fails"
			p.Report(d)
			continue
		}
		d.Message = "maxLayers = " + strconv.FormatInt(n, 10) + " lets the image have more than 125 layers, which Docker refuses (\"max depth exceeded\")"
		p.reportAs(d, Warning)
	}
}

// reportAs reports d at severity sev, unless the configuration overrides
// the rule's severity, which then wins.
func (p *Pass) reportAs(d Diagnostic, sev Severity) {
	p.Report(d)
	if p.sev == p.Rule.Severity {
		(*p.out)[len(*p.out)-1].Severity = sev
	}
}

func init() { register(MaxLayersOutOfRange) }
