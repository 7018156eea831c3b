package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
)

// ExportImageNeedsName (ND119) finds exportImage whose fromImage is a path
// and that has no name. name defaults to fromImage.name, and a path has no
// attributes, so evaluation stops ("value is a path while a set was
// expected"); the nixpkgs manual's example with a path sets name.
//
// Bad:
//
//	pkgs.dockerTools.exportImage { fromImage = ./image.tar; }
//
// Good:
//
//	pkgs.dockerTools.exportImage { fromImage = ./image.tar; name = "image"; }
//
// The fix adds name = the file's base name without its tarball extension
// (image for ./image.tar.gz). Safe: the call could not evaluate before,
// and the name only names the result.
var ExportImageNeedsName = &Rule{
	Code:     "ND119",
	Name:     "export-image-needs-name",
	Summary:  "exportImage with a path as fromImage needs a name",
	Severity: Error,
	HasFix:   true,
	Fix:      Safe,
	Run:      runExportImageNeedsName,
}

func runExportImageNeedsName(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	for _, c := range p.Calls() {
		if !c.Is("exportImage") {
			continue
		}
		m := c.m
		a, e := c.Attr("fromImage")
		if a != Present || e == nil {
			continue
		}
		path, ok := m.literal(e).(*parser.Path)
		if !ok {
			continue
		}
		if an, _ := c.Attr("name"); an != Absent {
			continue
		}
		d := Diagnostic{
			Pos:     c.Fun.Pos(),
			End:     c.Fun.End(),
			Message: "exportImage's name defaults to fromImage.name, but fromImage is a path, which has no name: evaluation fails; set name",
		}
		if base, ok := exportName(m.f.Text(path)); ok {
			if t, ok := insertTarget(c.args); ok && !m.captures(t, "name") {
				d.Fixes = []Fix{{
					Message: "name the result \"" + base + "\"",
					Safety:  Safe,
					Edits:   []TextEdit{insertBinding(m.f, t, "name", func(layout) string { return `"` + base + `"` })},
				}}
			}
		}
		p.Report(d)
	}
}

// exportName derives a name from a path literal: its last component
// without a tarball extension, when that is a valid derivation name and
// the path has no interpolation.
func exportName(path string) (string, bool) {
	if strings.Contains(path, "${") {
		return "", false
	}
	base := path[strings.LastIndex(path, "/")+1:]
	for _, ext := range []string{".tar.gz", ".tar.zst", ".tar.xz", ".tgz", ".tar"} {
		if b, ok := strings.CutSuffix(base, ext); ok {
			base = b
			break
		}
	}
	return base, base != "" && isStoreName(base)
}

func init() { register(ExportImageNeedsName) }
