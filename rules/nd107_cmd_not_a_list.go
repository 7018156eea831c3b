package rules

import "github.com/nixdock/nixdock/parser"

// CmdNotAList (ND107) finds config.Cmd, config.Entrypoint or config.Shell
// given as a single string, path or derivation instead of a list. The OCI
// image spec defines them as arrays of strings. Docker turns a lone string
// into a one-element list, with no shell splitting, so "app --port 80"
// looks for a program of that name; tools that decode the spec's array of
// strings (the Rust oci-spec crate, for one) reject the config.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; config.Cmd = "${pkgs.hello}/bin/hello"; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; config.Cmd = [ "${pkgs.hello}/bin/hello" ]; }
//
// The fix wraps the value as a one-element list, which is what Docker made
// of it; never when the value may already be a list.
var CmdNotAList = &Rule{
	Code:     "ND107",
	Name:     "cmd-not-a-list",
	Summary:  "Cmd, Entrypoint or Shell is a single string or package, not a list",
	Severity: Warning,
	HasFix:   true,
	Fix:      Safe,
	Run:      runCmdNotAList,
}

func runCmdNotAList(p *Pass) {
	seen := once{}
	for _, img := range p.Images {
		if nixShell(img.Func) {
			continue
		}
		m := img.m
		a, cfg := m.lookupAttr(img.args, "config")
		if a != Present || cfg == nil {
			continue
		}
		for _, key := range []string{"Entrypoint", "Cmd", "Shell"} {
			a, e := m.attrExpr(cfg, key)
			if a != Present || e == nil {
				continue
			}
			k := m.kindsOf(e)
			if k.is(kString|kPath|kDrv) != Present {
				continue
			}
			at := parser.Unparen(e)
			if !seen.first(at) {
				continue
			}
			what := map[kinds]string{kString: "a string", kPath: "a path", kDrv: "a derivation"}[k]
			if what == "" {
				what = "a single string, path or derivation"
			}
			d := Diagnostic{
				Pos: at.Pos(),
				End: at.End(),
				Message: "config." + key + " is " + what + ", not a list of strings as the image spec requires; " +
					"Docker reads it as a one-element list, but tools that decode the spec's array of strings reject it",
			}
			if t, ok := m.stringText(e); ok && k == kString && t.contains(" ") == Present {
				d.Message += "; a string with spaces stays one argument, so split it into list elements"
			}
			if attr, set, ok := m.attrBinding(cfg, key); ok && attr.Value == e && !m.recRefers(set, key) {
				open, close := "[ ", " ]"
				if needsParens(attr.Value) {
					open, close = "[ (", ") ]"
				}
				d.Fixes = []Fix{{
					Message: "make config." + key + " a one-element list",
					Safety:  Safe,
					Edits: []TextEdit{
						{Pos: attr.Value.Pos(), End: attr.Value.Pos(), NewText: open},
						{Pos: attr.Value.End(), End: attr.Value.End(), NewText: close},
					},
				}}
			} else {
				d.Message += "; it is not wrapped here, as the value is not written once in a set of this image alone"
			}
			p.Report(d)
		}
	}
}

func init() { register(CmdNotAList) }
