package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/nixdock/nixdock/rules"
)

// GitHub workflow commands: ::warning file=...,line=...::message. Property
// values and messages are escaped as the runner expects.
func writeGitHub(w io.Writer, files []File) error {
	for _, f := range files {
		for _, d := range f.Diags {
			s, e := f.File.Position(d.Pos), f.File.Position(d.End)
			level := map[rules.Severity]string{rules.Error: "error", rules.Warning: "warning", rules.Info: "notice"}[d.Severity]
			if _, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
				level, escapeProperty(f.Path), s.Line, s.Column, e.Line, e.Column,
				escapeProperty(d.Code+" "+d.Name), escapeData(d.Message)); err != nil {
				return err
			}
		}
	}
	return nil
}

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
