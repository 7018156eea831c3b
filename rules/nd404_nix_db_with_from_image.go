package rules

import "strings"

// NixDBWithFromImage (ND404) finds images that populate a Nix database
// (includeNixDB = true, or buildImageWithNixDb and
// buildLayeredImageWithNixDb) on top of a base image. The nixpkgs manual
// warns that this does not work well with fromImage: the database
// registers the new layer's paths and not the base image's, so nix
// commands in the container see a store that disagrees with it.
//
// Bad:
//
//	{ pkgs, base }: pkgs.dockerTools.buildLayeredImage { name = "app"; fromImage = base; includeNixDB = true; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "app"; contents = [ pkgs.nix ]; includeNixDB = true; }
//
// There is no fix: either the base image or the database has to go, and
// which one is the user's choice.
var NixDBWithFromImage = &Rule{
	Code:     "ND404",
	Name:     "nix-db-with-from-image",
	Summary:  "a Nix database in an image built on fromImage registers only some paths",
	Severity: Warning,
	NoFix:    "dropping either the base image or the Nix database changes the image",
	Run:      runNixDBWithFromImage,
}

func runNixDBWithFromImage(p *Pass) {
	for _, img := range p.Images {
		if nixShell(img.Func) {
			continue
		}
		m := img.m
		from, _ := m.argSet(img.args, "fromImage")
		if from != Present {
			continue
		}
		at := reportAt(img, nil)
		what := img.Func
		if !strings.HasSuffix(img.Func, "WithNixDb") {
			a, e := m.argIs(img.args, "includeNixDB", "true")
			if a != Present {
				continue
			}
			at, what = reportAt(img, e), "includeNixDB = true"
		}
		p.Report(Diagnostic{
			Pos:     at.Pos(),
			End:     at.End(),
			Message: what + " writes a Nix database that registers only the new layer's paths, which the nixpkgs manual warns does not work with fromImage: the base image's paths are left out, so nix in the container sees a store its database does not describe",
		})
	}
}

func init() { register(NixDBWithFromImage) }
