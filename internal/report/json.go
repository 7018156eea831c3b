package report

import (
	"encoding/json"
	"github.com/nixdock/nixdock/rules"
	"io"

	"github.com/nixdock/nixdock/parser"
)

// The JSON schema is documented in docs/json.md; change both together.

type jsonPoint struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Offset int `json:"offset"`
}

type jsonRange struct {
	Start jsonPoint `json:"start"`
	End   jsonPoint `json:"end"`
}

type jsonEdit struct {
	Range jsonRange `json:"range"`
	Text  string    `json:"text"`
}

type jsonFix struct {
	Safety  string     `json:"safety"`
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonFinding struct {
	File     string    `json:"file"`
	Code     string    `json:"code"`
	Name     string    `json:"name"`
	Group    string    `json:"group"`
	Severity string    `json:"severity"`
	Message  string    `json:"message"`
	Range    jsonRange `json:"range"`
	Fix      *jsonFix  `json:"fix"`
	NoFix    string    `json:"no_fix,omitempty"`
}

func point(f *parser.File, off int) jsonPoint {
	p := f.Position(off)
	return jsonPoint{Line: p.Line, Column: p.Column, Offset: p.Offset}
}

func span(f *parser.File, pos, end int) jsonRange {
	return jsonRange{Start: point(f, pos), End: point(f, end)}
}

func writeJSON(w io.Writer, files []File) error {
	out := []jsonFinding{}
	for _, f := range files {
		for _, d := range f.Diags {
			jf := jsonFinding{
				File: f.Path, Code: d.Code, Name: d.Name, Group: groupOf(d.Code), Severity: d.Severity.String(),
				Message: d.Message, Range: span(f.File, d.Pos, d.End),
			}
			if fx := fixOf(d); fx != nil {
				j := &jsonFix{Safety: fx.Safety.String(), Message: fx.Message, Edits: []jsonEdit{}}
				for _, e := range fx.Edits {
					j.Edits = append(j.Edits, jsonEdit{Range: span(f.File, e.Pos, e.End), Text: e.NewText})
				}
				jf.Fix = j
			} else {
				jf.NoFix = d.NoFix
			}
			out = append(out, jf)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// groupOf is the group of the rule with the given code.
func groupOf(code string) string {
	if r := rules.Lookup(code); r != nil {
		return r.Group()
	}
	return ""
}
