package rules

// FromImageNameWithoutTag (ND114) finds fromImageName without fromImageTag,
// or the reverse, on buildImage and exportImage with a fromImage. The base
// image is picked from the tarball by "name:tag" only when both are set;
// with one of them, nixpkgs prints "From-image name or tag wasn't set" and
// takes the first image of the tarball. The nixpkgs manual: each "must be
// used with" the other.
//
// Bad:
//
//	pkgs.dockerTools.buildImage { name = "app"; fromImage = base; fromImageName = "alpine"; }
//
// Good:
//
//	pkgs.dockerTools.buildImage { name = "app"; fromImage = base; fromImageName = "alpine"; fromImageTag = "3.19"; }
//
// No fix: the tag of the wanted base image is not in the file.
var FromImageNameWithoutTag = &Rule{
	Code:     "ND114",
	Name:     "from-image-name-without-tag",
	Summary:  "fromImageName and fromImageTag only work together; with one, the first image of fromImage is used",
	Severity: Warning,
	NoFix:    "only the author knows which tag of the base image is meant",
	Run:      runFromImageNameWithoutTag,
}

// fromImagePair lists the functions that pick the base image by
// fromImageName and fromImageTag.
var fromImagePair = map[string]bool{
	"buildImage":          true,
	"buildImageWithNixDb": true,
	"exportImage":         true,
}

func runFromImageNameWithoutTag(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	for _, c := range p.Calls() {
		if len(c.Alts) != 1 || !fromImagePair[c.Func] {
			continue
		}
		m := c.m
		if a, _ := m.argSet(c.args, "fromImage"); a != Present {
			continue
		}
		name, _ := m.argSet(c.args, "fromImageName")
		tag, _ := m.argSet(c.args, "fromImageTag")
		var given, missing string
		switch {
		case name == Present && tag == Absent:
			given, missing = "fromImageName", "fromImageTag"
		case tag == Present && name == Absent:
			given, missing = "fromImageTag", "fromImageName"
		default:
			continue
		}
		d := Diagnostic{
			Pos:     c.Fun.Pos(),
			End:     c.Fun.End(),
			Message: "`" + given + "` without `" + missing + "` is ignored: " + c.Func + " then takes the first image in fromImage's tarball; set both",
		}
		if n := m.keyNode(c.args, given); n != nil {
			d.Pos, d.End = n.Pos(), n.End()
		}
		p.Report(d)
	}
}

func init() { register(FromImageNameWithoutTag) }
