package rules

// IncludeStorePathsDisabled (ND403) finds layered images built with
// includeStorePaths = false. The image then holds only the links of its
// customisation layer, not the store paths they point to, so it does not
// run unless the store reaches the container some other way (a bind mount
// of the host's /nix/store); the nixpkgs manual advises against it.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.streamLayeredImage { name = "app"; contents = [ pkgs.hello ]; includeStorePaths = false; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.streamLayeredImage { name = "app"; contents = [ pkgs.hello ]; }
//
// There is no fix: a project that mounts the store on purpose keeps the
// setting and suppresses the finding.
var IncludeStorePathsDisabled = &Rule{
	Code:     "ND403",
	Name:     "include-store-paths-disabled",
	Summary:  "includeStorePaths = false leaves the store paths out of the image",
	Severity: Warning,
	NoFix:    "the store paths may have been left out on purpose; nixdock cannot tell",
	Run:      runIncludeStorePathsDisabled,
}

func runIncludeStorePathsDisabled(p *Pass) {
	for _, img := range p.Images {
		if !layered(img.Func) {
			continue
		}
		a, e := img.m.argIs(img.args, "includeStorePaths", "false")
		if a != Present {
			continue
		}
		n := reportAt(img, e)
		p.Report(diagAt(n, "includeStorePaths = false leaves every store path out of the image, so its links point nowhere and it does not run unless the store is mounted into the container"))
	}
}

func init() { register(IncludeStorePathsDisabled) }
