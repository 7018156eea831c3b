package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
)

// ImageNameNotLowercase (ND105) finds an image name with uppercase letters
// or with characters the image reference grammar does not allow. dockerTools
// lowercases the name (imageName = lib.toLower name), so an uppercase name
// is loaded under another name than the one written, and `docker run
// MyApp` finds nothing; a name outside the grammar is not loaded at all.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "MyApp"; tag = "1"; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "myapp"; tag = "1"; }
//
// The fix lowercases the literal text when that leaves a valid name;
// unsafe, as the output's store path name changes with it.
var ImageNameNotLowercase = &Rule{
	Code:     "ND105",
	Name:     "image-name-not-lowercase",
	Summary:  "the image name has uppercase letters or characters an image name cannot have",
	Severity: Warning,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runImageNameNotLowercase,
}

// nameChar reports whether c can appear anywhere in an image name (a
// registry host and port, an IPv6 address, path components).
func nameChar(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') ||
		strings.IndexByte("._-/:[]", c) >= 0
}

// nameProblem says what is surely wrong with the text of a name, and
// whether lowercasing it would leave nothing surely wrong.
func nameProblem(t strText) (problem string, lowerFixes bool) {
	upper := false
	for _, l := range t.lits {
		if l != strings.ToLower(l) {
			upper = true
		}
	}
	invalid := ""
	if s, ok := t.text(); ok {
		if l := strings.ToLower(s); len(l) > 255 || !isImageName(l) {
			invalid = "`" + s + "` is not a valid image name"
			for i := 0; i < len(s); i++ {
				if !nameChar(s[i]) {
					invalid += ": it contains " + quoteChar(s, i)
					break
				}
			}
		}
	} else {
	lits:
		for _, l := range t.lits {
			for i := 0; i < len(l); i++ {
				if !nameChar(l[i]) {
					invalid = "the image name contains " + quoteChar(l, i) + ", which no image name can"
					break lits
				}
			}
		}
	}
	switch {
	case invalid != "":
		return invalid + " (the reference grammar allows lowercase letters, digits and . _ - separators, after an optional registry host), so loading the image fails", false
	case upper:
		if s, ok := t.text(); ok {
			return "the image name has uppercase letters; dockerTools lowercases it, so the image is loaded as `" + strings.ToLower(s) + "`, not under the name written", true
		}
		return "the image name has uppercase letters; dockerTools lowercases it, so the image is loaded under a name other than the one written", true
	}
	return "", false
}

func runImageNameNotLowercase(p *Pass) {
	seen := once{}
	for _, img := range p.Images {
		m := img.m
		a, e := m.attrExpr(img.args, "name")
		if a != Present || e == nil {
			continue
		}
		t, ok := m.stringText(e)
		if !ok {
			continue
		}
		problem, lowerFixes := nameProblem(t)
		if problem == "" {
			continue
		}
		lit, shared := m.stringLit(e, false)
		at := parser.Unparen(e)
		if lit != nil {
			at = lit
		}
		if !seen.first(at) {
			continue
		}
		d := diagAt(at, problem)
		if lowerFixes && lit != nil && !shared && !m.keyShared(img.args, "name") {
			if edits := lowercaseEdits(lit); edits != nil {
				d.Fixes = []Fix{{Message: "lowercase the image name", Safety: Unsafe, Edits: edits}}
			}
		}
		p.Report(d)
	}
}

// lowercaseEdits lowercases the literal text of a string, or returns nil
// when an escape (which lowercasing could change the meaning of) or an
// indented string makes the raw text differ from its value.
func lowercaseEdits(s *parser.String) []TextEdit {
	if s.Indented {
		return nil
	}
	var edits []TextEdit
	for _, part := range s.Parts {
		t, ok := part.(*parser.StrText)
		if !ok {
			continue
		}
		if strings.ContainsRune(t.Raw, '\\') {
			return nil
		}
		if l := strings.ToLower(t.Raw); l != t.Raw {
			edits = append(edits, TextEdit{Pos: t.Pos(), End: t.End(), NewText: l})
		}
	}
	return edits
}

func init() { register(ImageNameNotLowercase) }
