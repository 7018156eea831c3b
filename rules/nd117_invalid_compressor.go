package rules

// InvalidCompressor (ND117) finds a compressor that nixpkgs does not know.
// buildImage, buildLayeredImage and buildNixShellImage look the name up
// among "none", "gz" and "zstd" and otherwise stop with "compressor must be
// one of: [gz none zstd]".
//
// Bad:
//
//	pkgs.dockerTools.buildLayeredImage { name = "app"; compressor = "xz"; }
//
// Good:
//
//	pkgs.dockerTools.buildLayeredImage { name = "app"; compressor = "zstd"; }
//
// Only a string written in the file (or through a let name) is judged. No
// fix: which of the three was meant is the user's choice. compressor on
// streamLayeredImage, which takes none, is ND101's.
var InvalidCompressor = &Rule{
	Code:     "ND117",
	Name:     "invalid-compressor",
	Summary:  "compressor must be \"none\", \"gz\" or \"zstd\"",
	Severity: Error,
	NoFix:    "which compressor was meant cannot be told; use \"none\", \"gz\" or \"zstd\"",
	Run:      runInvalidCompressor,
}

var compressors = []string{"none", "gz", "zstd"}

func runInvalidCompressor(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	seen := map[int]bool{}
	for _, c := range p.Calls() {
		takes := true
		for _, fn := range c.Alts {
			takes = takes && Accepts(fn, "compressor")
		}
		if !takes {
			continue
		}
		a, e := c.Attr("compressor")
		if a != Present || e == nil {
			continue
		}
		s, ok := stringLit(c.m.literal(e))
		if !ok || contains(compressors, s) || seen[e.Pos()] {
			continue
		}
		seen[e.Pos()] = true
		p.Report(Diagnostic{
			Pos:     e.Pos(),
			End:     e.End(),
			Message: "compressor \"" + s + "\" is not one of \"none\", \"gz\", \"zstd\"; nixpkgs stops with \"compressor must be one of\"",
		})
	}
}

func init() { register(InvalidCompressor) }
