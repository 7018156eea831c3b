package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
)

// CreatedNotISO8601 (ND202) finds image dates that are not a date and time
// in ISO 8601. buildImage copies created into the image config as it is
// written, where runtimes expect RFC 3339 (2024-01-02T03:04:05Z); the
// layered builders pass created and mtime through date -d first, which
// mends a plain date but reads self.lastModifiedDate (%Y%m%d%H%M%S) as a
// ten-digit year, and reads words such as "yesterday" relative to the
// build time, when it does not reject them.
//
// Bad:
//
//	{ self, pkgs }: pkgs.dockerTools.buildImage {
//	  name = "app";
//	  created = builtins.substring 0 8 self.lastModifiedDate;
//	}
//
// Good:
//
//	{ self, pkgs }: pkgs.dockerTools.buildImage {
//	  name = "app";
//	  created = let d = self.lastModifiedDate; in "${builtins.substring 0 4 d}-…Z";
//	}
//
// Reported: on buildImage (and buildImageWithNixDb), a literal created
// that is neither "now" nor ISO 8601, substring 0 8 of a lastModifiedDate,
// or a lastModifiedDate itself; on the layered builders, for created and
// mtime, a lastModifiedDate itself, a literal of its 14 digits, and a
// literal with no digit at all. Plain dates that date -d reads as meant are
// not reported there. The fix writes the full ISO 8601 formatter around
// the lastModifiedDate, or rewrites a literal of a plain form (2024-01-02,
// 20240102, 20240102030405, 2024-01-02 03:04:05) as ISO 8601 in UTC;
// other literals get no fix, since nixdock cannot tell what date was meant.
var CreatedNotISO8601 = &Rule{
	Code:     "ND202",
	Name:     "created-not-iso8601",
	Summary:  "created or mtime is not an ISO 8601 date and time",
	Severity: Error,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runCreatedNotISO8601,
}

func runCreatedNotISO8601(p *Pass) {
	// Images that share one set of arguments share its findings.
	seen := map[int]bool{}
	report := func(d Diagnostic) {
		if !seen[d.Pos] {
			seen[d.Pos] = true
			p.Report(d)
		}
	}
	for _, img := range p.Images {
		verbatim, ok := takesCreated(img.Func)
		if !ok {
			continue
		}
		checkDate(report, img, "created", verbatim)
		if layered(img.Func) {
			checkDate(report, img, "mtime", false)
		}
	}
}

// checkDate checks one date argument; verbatim says the builder copies it
// into the image config as written (buildImage) rather than through date -d.
func checkDate(report func(Diagnostic), img *Image, attr string, verbatim bool) {
	e, shared, ok := img.attrExpr(attr)
	if !ok {
		return
	}
	m := img.m
	how := img.Func + " copies it into the image config as it is"
	if !verbatim {
		how = img.Func + " passes it through date -d"
	}
	at := parser.Unparen(e)
	d := Diagnostic{Pos: at.Pos(), End: at.End()}
	var sel *parser.Select
	if s, ok := lastModified(e); ok {
		sel = s
		d.Message = attr + " is a lastModifiedDate (%Y%m%d%H%M%S), not ISO 8601, and " + how
		if !verbatim {
			d.Message += ", which reads it as a ten-digit year"
		}
	} else if s, ok := m.dateOnly(e); ok && verbatim {
		sel = s
		d.Message = attr + " is the commit date without its time (substring 0 8 of lastModifiedDate), not ISO 8601, and " + how
	}
	if sel != nil {
		if !shared && m.builtinsFree(at.Pos()) && !mentions(sel, "d") {
			d.Fixes = []Fix{{
				Message: "write the commit date and time in ISO 8601",
				Safety:  Unsafe,
				Edits:   []TextEdit{{Pos: at.Pos(), End: at.End(), NewText: formatterOf(string(m.f.Src[sel.Pos():sel.End()]))}},
			}}
		}
		report(d)
		return
	}
	lit, ok := m.literalOf(e)
	if !ok || lit.text == "now" || iso8601.MatchString(lit.text) {
		return
	}
	switch {
	case verbatim:
		d.Message = attr + " = " + quote(lit.text) + " is neither \"now\" nor an ISO 8601 date and time such as 2024-01-02T03:04:05Z, and " + how
	case len(lit.text) == 14 && allDigits(lit.text):
		d.Message = attr + " = " + quote(lit.text) + " is not ISO 8601, and " + how + ", which reads it as a ten-digit year"
	case !strings.ContainsAny(lit.text, "0123456789"):
		d.Message = attr + " = " + quote(lit.text) + " is not a date, and " + how + ", which rejects it or reads it relative to the time of the build"
	default:
		return
	}
	if lit.direct {
		at = lit.node
	}
	d.Pos, d.End = at.Pos(), at.End()
	if iso, ok := isoOf(lit.text); ok && lit.direct && !shared {
		d.Fixes = []Fix{{
			Message: "write " + quote(lit.text) + " as " + quote(iso),
			Safety:  Unsafe,
			Edits:   []TextEdit{{Pos: lit.node.Pos(), End: lit.node.End(), NewText: quote(iso)}},
		}}
	}
	report(d)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// mentions reports whether the name is used anywhere in n.
func mentions(n parser.Node, name string) bool {
	found := false
	parser.Inspect(n, func(n parser.Node) bool {
		if id, ok := n.(*parser.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}

func init() { register(CreatedNotISO8601) }
