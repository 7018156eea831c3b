package rules

// DeprecatedContents (ND103) finds contents given to buildImage or
// buildImageWithNixDb. Since nixpkgs 22.11 (NixOS/nixpkgs#179801) the
// argument is copyToRoot; contents is deprecated and makes evaluation print
// "The contents parameter is deprecated. Change to copyToRoot…". It is
// right on the layered builders, where contents is the argument's name.
//
// Bad:
//
//	pkgs.dockerTools.buildImage { name = "app"; contents = pkgs.hello; }
//
// Good:
//
//	pkgs.dockerTools.buildImage { name = "app"; copyToRoot = pkgs.hello; }
//
// The fix renames contents to copyToRoot. Safe: buildImage uses contents
// only when copyToRoot is null, so the image is the same. When copyToRoot
// is given too, ND102 reports the call and this rule stays silent.
var DeprecatedContents = &Rule{
	Code:     "ND103",
	Name:     "deprecated-contents",
	Summary:  "buildImage's contents is deprecated in favour of copyToRoot",
	Severity: Warning,
	HasFix:   true,
	Fix:      Safe,
	Run:      runDeprecatedContents,
}

func runDeprecatedContents(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	seen := once{}
	for _, img := range p.Images {
		if !singleLayer(img.Func) {
			continue
		}
		m := img.m
		ac, _ := img.Attr("contents")
		if cs, _ := m.argSet(img.args, "contents"); ac != Present || cs == Absent {
			continue
		}
		ar, _ := img.Attr("copyToRoot")
		if rs, _ := m.argSet(img.args, "copyToRoot"); rs == Present {
			continue // ND102
		}
		n := m.keyNode(img.args, "contents")
		if n == nil || !seen.first(n) {
			continue
		}
		d := diagAt(n, "`contents` is deprecated on "+img.Func+" since nixpkgs 22.11; it is called `copyToRoot`")
		if ar == Absent {
			if s, a, ok := m.binding(img.args, "contents"); ok {
				if e, ok := m.renameKey(s, a, "copyToRoot"); ok {
					d.Fixes = []Fix{{
						Message: "rename `contents` to `copyToRoot`",
						Safety:  Safe,
						Edits:   []TextEdit{e},
					}}
				}
			}
		}
		p.Report(d)
	}
}

func init() { register(DeprecatedContents) }
