package rules

// FakeNssWithShadowSetup (ND305) finds images that hold fakeNss and also
// run dockerTools.shadowSetup. Both provide /etc/passwd and /etc/group:
// shadowSetup writes them only when they are missing, so with fakeNss it
// keeps fakeNss's files (links into the read-only store in a layered
// image), and the useradd or groupadd after it fails or edits files that
// are not the ones the image ends up with. The nixpkgs manual warns that
// using both breaks the build or gives unexpected results.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildLayeredImage {
//	  name = "app";
//	  contents = [ pkgs.dockerTools.fakeNss ];
//	  enableFakechroot = true;
//	  fakeRootCommands = "${pkgs.dockerTools.shadowSetup}\nuseradd -r app";
//	}
//
// Good: keep one of them; fakeNss.override { extraPasswdLines = …; } adds
// users without shadowSetup.
//
// There is no fix: which of the two to keep is the user's choice.
var FakeNssWithShadowSetup = &Rule{
	Code:     "ND305",
	Name:     "fake-nss-with-shadow-setup",
	Summary:  "the image uses both fakeNss and shadowSetup, which conflict",
	Severity: Warning,
	NoFix:    "whether fakeNss or shadowSetup should make the users depends on the image",
	Run:      runFakeNssWithShadowSetup,
}

func runFakeNssWithShadowSetup(p *Pass) {
	for _, img := range p.Images {
		if nixShell(img.Func) {
			continue
		}
		m := img.m
		if m.usesShadowSetup(img) != Present || m.hasFakeNss(img) != Present {
			continue
		}
		p.Report(Diagnostic{
			Pos:     img.Fun.Pos(),
			End:     img.Fun.End(),
			Message: "the image holds fakeNss and runs shadowSetup, which both provide /etc/passwd and /etc/group; the nixpkgs manual warns that using both breaks the build or gives unexpected results: keep one (fakeNss.override { extraPasswdLines = …; } adds users)",
		})
	}
}

func init() { register(FakeNssWithShadowSetup) }
