package rules

// PullImageDigest (ND118) finds a pullImage that cannot fetch: an
// imageDigest that is not a digest ("sha256:" and 64 hexadecimal digits), a
// missing imageDigest, or neither sha256 nor hash. pullImage copies
// docker://imageName@imageDigest with skopeo into a fixed-output
// derivation: the reference needs a digest (a tag such as "latest" is not
// one, and the nixpkgs manual explains why tags are not enough), and the
// output needs its hash.
//
// Bad:
//
//	pkgs.dockerTools.pullImage { imageName = "alpine"; imageDigest = "3.19"; sha256 = "…"; }
//
// Good:
//
//	pkgs.dockerTools.pullImage { imageName = "alpine"; imageDigest = "sha256:<64 hex digits>"; sha256 = "…"; }
//
// Only a string written in the file is judged; an argument set merged from
// elsewhere may hold the missing attributes. A sha512 digest is accepted
// too. No fix: the digest and the hash come from the registry (skopeo
// inspect, nix-prefetch-docker).
var PullImageDigest = &Rule{
	Code:     "ND118",
	Name:     "pull-image-digest",
	Summary:  "pullImage needs imageDigest = \"sha256:<64 hex>\" and a sha256 or hash",
	Severity: Error,
	NoFix:    "a digest and a hash come only from the registry (nix-prefetch-docker prints both)",
	Run:      runPullImageDigest,
}

func runPullImageDigest(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	for _, c := range p.Calls() {
		if !c.Is("pullImage") {
			continue
		}
		m := c.m
		switch a, e := c.Attr("imageDigest"); a {
		case Absent:
			p.Report(Diagnostic{
				Pos:     c.Fun.Pos(),
				End:     c.Fun.End(),
				Message: "pullImage has no imageDigest, which it requires: the image is fetched as imageName@imageDigest",
			})
		case Present:
			if e == nil {
				break
			}
			s, ok := stringLit(m.literal(e))
			if !ok || isDigest(s) {
				break
			}
			p.Report(Diagnostic{
				Pos:     e.Pos(),
				End:     e.End(),
				Message: "imageDigest \"" + s + "\" is not a digest (\"sha256:\" and 64 lowercase hexadecimal digits); pullImage fetches imageName@imageDigest, which fails",
			})
		}
		ah, _ := c.Attr("hash")
		as, _ := c.Attr("sha256")
		if ah == Absent && as == Absent {
			p.Report(Diagnostic{
				Pos:     c.Fun.Pos(),
				End:     c.Fun.End(),
				Message: "pullImage has neither sha256 nor hash: the fetch is a fixed-output derivation and Nix needs the hash of the image it produces",
			})
		}
	}
}

func init() { register(PullImageDigest) }
