package rules

// PreferLayered (ND402) finds buildImage calls that use none of what only
// buildImage offers: no runAsRoot and no fromImage. buildImage puts the
// whole closure in one layer, so every image shares nothing with the
// next and a one-line change re-uploads everything; buildLayeredImage (or
// streamLayeredImage, which also keeps the tarball out of the store) puts
// store paths in layers of their own that images and pushes share.
// Opt-in: a single layer is a reasonable choice for a small image.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; config.Cmd = [ "${pkgs.hello}/bin/hello" ]; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "app"; config.Cmd = [ "${pkgs.hello}/bin/hello" ]; }
//
// There is no fix: buildLayeredImage's contents are linked into the root
// while buildImage's copyToRoot is copied there, and the two take
// different arguments, so the change is the user's to make.
var PreferLayered = &Rule{
	Code:     "ND402",
	Name:     "prefer-layered",
	Summary:  "buildImage without runAsRoot or fromImage; a layered image shares layers",
	Severity: Info,
	OptIn:    true,
	NoFix:    "the layered builders take different arguments (contents, not copyToRoot), so the switch is left to the author",
	Run:      runPreferLayered,
}

func runPreferLayered(p *Pass) {
	for _, img := range p.Images {
		if !singleLayer(img.Func) || img.OnlyBase() {
			// A base used only by the images built on it here is a layer
			// those images share.
			continue
		}
		m := img.m
		if a, _ := m.argSet(img.args, "runAsRoot"); a != Absent {
			continue
		}
		if a, _ := m.argSet(img.args, "fromImage"); a != Absent {
			continue
		}
		p.Report(Diagnostic{
			Pos:     img.Fun.Pos(),
			End:     img.Fun.End(),
			Message: "buildImage puts the whole image in one layer that no other image shares; without runAsRoot or fromImage, buildLayeredImage or streamLayeredImage gives each store path a layer that rebuilds and pushes reuse",
		})
	}
}

func init() { register(PreferLayered) }
