// Package report renders findings: text for people, concise for editors,
// json for programs, sarif for code scanning, github for workflow
// annotations, gitlab for GitLab's code quality report.
package report

import (
	"fmt"
	"io"
	"sort"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

// File is one linted file and its findings.
type File struct {
	Path  string       // as shown to the user
	File  *parser.File // for positions and source lines
	Diags []rules.Diagnostic
}

// Summary counts what a run did, for the text format's last lines.
type Summary struct {
	Fixed        int  // fixes applied (--fix)
	UnsafeHidden int  // findings with an unsafe fix not enabled
	Quiet        bool // print findings only
	Failed       bool // some files could not be linted: never claim a clean run
}

// Formats lists the output formats.
var Formats = []string{"text", "concise", "json", "sarif", "github", "gitlab"}

// Write renders files in the given format.
func Write(w io.Writer, format string, files []File, sum Summary) error {
	sortFiles(files)
	switch format {
	case "text":
		return writeText(w, files, sum)
	case "concise":
		return writeConcise(w, files)
	case "json":
		return writeJSON(w, files)
	case "sarif":
		return writeSARIF(w, files)
	case "github":
		return writeGitHub(w, files)
	case "gitlab":
		return writeGitLab(w, files)
	}
	return fmt.Errorf("unknown format %q", format)
}

func sortFiles(files []File) {
	sort.SliceStable(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	for _, f := range files {
		sort.SliceStable(f.Diags, func(i, j int) bool {
			a, b := f.Diags[i], f.Diags[j]
			if a.Pos != b.Pos {
				return a.Pos < b.Pos
			}
			return a.Code < b.Code
		})
	}
}

// fixOf returns a finding's first fix, or nil.
func fixOf(d rules.Diagnostic) *rules.Fix {
	if len(d.Fixes) == 0 {
		return nil
	}
	return &d.Fixes[0]
}

func writeConcise(w io.Writer, files []File) error {
	for _, f := range files {
		for _, d := range f.Diags {
			p := f.File.Position(d.Pos)
			if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s [%s]\n", f.Path, p.Line, p.Column, d.Severity, d.Message, d.Code); err != nil {
				return err
			}
		}
	}
	return nil
}
