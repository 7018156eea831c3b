package rules

import (
	"strconv"
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// ConfigShape (ND109) finds config.ExposedPorts or config.Volumes written as
// a list, ExposedPorts keys that are not port[/tcp|/udp|/sctp], and Labels
// values that are surely not strings. The OCI image spec defines
// ExposedPorts and Volumes as objects whose keys are the ports or paths and
// whose values are empty objects, and Labels as a map of strings; Docker
// cannot read a config that has a list or a number there.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; config.ExposedPorts = [ "8080" ]; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; config.ExposedPorts = { "8080/tcp" = { }; }; }
//
// The fix turns a list of literal ports or paths into the set (a port
// without protocol gets /tcp, the spec's default) and wraps an integer
// label in toString.
var ConfigShape = &Rule{
	Code:     "ND109",
	Name:     "config-shape",
	Summary:  "ExposedPorts, Volumes or Labels in config do not have the shape the image spec requires",
	Severity: Error,
	HasFix:   true,
	Fix:      Safe,
	Run:      runConfigShape,
}

// portKeyProblem says what is wrong with an ExposedPorts key, or "". A key
// is a port (or a range, which Docker's own EXPOSE writes out port by port
// but which is not surely wrong) with an optional protocol.
func portKeyProblem(k string) string {
	sub := portKey(k)
	if sub == nil {
		return "ExposedPorts key `" + k + "` is not port, port/tcp, port/udp or port/sctp"
	}
	if n, err := strconv.Atoi(sub[1]); err != nil || n > 65535 {
		return "ExposedPorts key `" + k + "` is not a port number (0-65535)"
	}
	return ""
}

func runConfigShape(p *Pass) {
	seen := once{}
	report := func(at parser.Node, d Diagnostic) {
		if !seen.first(at) {
			return
		}
		d.Pos, d.End = at.Pos(), at.End()
		p.Report(d)
	}
	for _, img := range p.Images {
		if nixShell(img.Func) {
			continue
		}
		m := img.m
		a, cfg := m.lookupAttr(img.args, "config")
		if a != Present || cfg == nil {
			continue
		}
		for _, key := range []string{"ExposedPorts", "Volumes", "Labels"} {
			a, v := m.lookupAttr(cfg, key)
			if a != Present || v == nil {
				continue
			}
			if e := leafExpr(v); e != nil {
				// null reads as an empty object; a set may be one.
				k := m.kindsOf(e)
				if k&(kSet|kDrv|kNull) != 0 {
					continue
				}
				at := parser.Unparen(e)
				d := Diagnostic{Message: "config." + key + " is " + kindName(k) + ", not the object the image spec requires, so the image config cannot be read"}
				if k == kList && key != "Labels" {
					d.Message = "config." + key + " is a list, not an object of " +
						map[bool]string{true: `"port/protocol" = { }`, false: `"/path" = { }`}[key == "ExposedPorts"] +
						" entries as the image spec requires, so the image config cannot be read"
					if fix, why := m.listToSetFix(cfg, key, e); why == "" {
						d.Fixes = []Fix{fix}
					} else {
						d.Message += "; no fix, as " + why
					}
				}
				report(at, d)
				continue
			}
			keys, _ := m.writtenKeys(v)
			for _, k := range keys {
				switch key {
				case "ExposedPorts":
					if msg := portKeyProblem(k.name); msg != "" {
						report(k.node, Diagnostic{Message: msg + ", so the image config cannot be used; no fix, as the port meant cannot be told"})
					}
				case "Labels":
					if k.attr == nil || len(k.attr.Path.Names) != len(k.set.prefix)+1 {
						continue
					}
					// null reads as an empty label.
					kind := m.kindsOf(k.attr.Value)
					if kind&(kJSONString|kNull) != 0 {
						continue
					}
					at := parser.Unparen(k.attr.Value)
					d := Diagnostic{Message: "label `" + k.name + "` is " + kindName(kind) + ", but label values must be strings, so the image config cannot be read"}
					switch {
					case kind == kInt && !k.shared && m.isBuiltinAt(at.Pos(), "toString") &&
						!m.recRefers(k.set, k.name):
						arg := "toString "
						end := ""
						if needsParens(at) {
							arg, end = "toString (", ")"
						}
						d.Fixes = []Fix{{
							Message: "convert the label to a string with toString",
							Safety:  Safe,
							Edits: []TextEdit{
								{Pos: at.Pos(), End: at.Pos(), NewText: arg},
								{Pos: at.End(), End: at.End(), NewText: end},
							},
						}}
					case kind == kInt:
						d.Message += "; no fix here, as the label is not written once in a set of this image alone"
					case kind == kBool:
						d.Message += `; no fix, as toString gives "1" or "" for a boolean: write the string meant`
					default:
						d.Message += "; no fix, as the string meant cannot be told"
					}
					report(at, d)
				}
			}
		}
	}
}

// isBuiltinAt reports whether name means Nix's builtin of that name at off.
func (m *model) isBuiltinAt(off int, name string) bool {
	b, d, _ := m.boundAt(off, name)
	return b == scope.Bound && d != nil && d.Kind == scope.Builtin
}

// listToSetFix turns a list of literal ports or paths, written as the
// value of config.<key> in this image alone, into the set the spec wants:
// brackets become braces and each entry "x" becomes "x" = { };, so that
// comments and line breaks between entries stay.
func (m *model) listToSetFix(cfg value, key string, e parser.Expr) (Fix, string) {
	const notHere = "the list is not written once, as a list literal, in a set of this image alone"
	attr, set, ok := m.attrBinding(cfg, key)
	if !ok || attr.Value != e || m.recRefers(set, key) {
		return Fix{}, notHere
	}
	list, ok := parser.Unparen(e).(*parser.List)
	if !ok {
		return Fix{}, notHere
	}
	edits := []TextEdit{{Pos: list.LBrack, End: list.LBrack + 1, NewText: "{"}}
	seen := map[string]bool{}
	for _, el := range list.Elems {
		var k string
		switch x := el.(type) {
		case *parser.Int:
			k = x.Raw
		case *parser.String:
			s, ok := plainString(x)
			if !ok {
				return Fix{}, "an entry is not a plain literal"
			}
			k = s
		default:
			return Fix{}, "an entry is not a literal"
		}
		if key == "ExposedPorts" {
			if portKeyProblem(k) != "" {
				return Fix{}, "an entry is not a port"
			}
			if !strings.Contains(k, "/") {
				k += "/tcp"
			}
		}
		if seen[k] {
			return Fix{}, "two entries give the key `" + k + "`"
		}
		seen[k] = true
		edits = append(edits, TextEdit{Pos: el.Pos(), End: el.End(), NewText: `"` + k + `" = { };`})
	}
	edits = append(edits, TextEdit{Pos: list.RBrack, End: list.RBrack + 1, NewText: "}"})
	return Fix{Message: "write config." + key + " as a set", Safety: Safe, Edits: edits}, ""
}

// plainString returns the text of a one-line string literal with no
// interpolation and no escapes, whose raw text can be reused as is.
func plainString(s *parser.String) (string, bool) {
	if s.Indented {
		return "", false
	}
	var b strings.Builder
	for _, part := range s.Parts {
		t, ok := part.(*parser.StrText)
		if !ok || strings.ContainsAny(t.Raw, "\\$\"\n") {
			return "", false
		}
		b.WriteString(t.Raw)
	}
	return b.String(), true
}

func init() { register(ConfigShape) }
