package rules

// ContentsAndCopyToRoot (ND102) finds buildImage given both contents and
// copyToRoot. nixpkgs stops with "You can not specify both contents and
// copyToRoot" (a throwIf in buildImage): contents is the deprecated name of
// copyToRoot, and the two cannot be combined.
//
// Bad:
//
//	pkgs.dockerTools.buildImage { name = "app"; contents = pkgs.hello; copyToRoot = pkgs.bash; }
//
// Good:
//
//	pkgs.dockerTools.buildImage { name = "app"; copyToRoot = [ pkgs.hello pkgs.bash ]; }
//
// Both must surely be given and surely not null (a null one is ignored).
// No fix: merging the two values into one list is a choice the rule cannot
// make for a buildEnv or a let name.
var ContentsAndCopyToRoot = &Rule{
	Code:     "ND102",
	Name:     "contents-and-copy-to-root",
	Summary:  "buildImage is given both contents and copyToRoot, which nixpkgs rejects",
	Severity: Error,
	NoFix:    "which root to keep is the author's choice: merging contents into copyToRoot needs to know what each holds",
	Run:      runContentsAndCopyToRoot,
}

func runContentsAndCopyToRoot(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	for _, img := range p.Images {
		if !singleLayer(img.Func) {
			continue
		}
		m := img.m
		ac, _ := m.argSet(img.args, "contents")
		ar, _ := m.argSet(img.args, "copyToRoot")
		if ac != Present || ar != Present {
			continue
		}
		d := Diagnostic{
			Pos:     img.Fun.Pos(),
			End:     img.Fun.End(),
			Message: img.Func + " is given both `contents` and `copyToRoot`; nixpkgs stops with \"You can not specify both contents and copyToRoot\": put everything in `copyToRoot`",
		}
		if n := m.keyNode(img.args, "contents"); n != nil {
			d.Pos, d.End = n.Pos(), n.End()
		}
		p.Report(d)
	}
}

func init() { register(ContentsAndCopyToRoot) }
