package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/nixdock/nixdock/rules"
)

// GitLab's code quality report: the part of the Code Climate issue format
// that GitLab reads (description, check_name, fingerprint, severity,
// location.path, location.lines.begin).

type gitlabLines struct {
	Begin int `json:"begin"`
	End   int `json:"end"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

// gitlabSeverity maps nixdock's three severities onto GitLab's five (info,
// minor, major, critical, blocker); nothing nixdock finds stops a program
// from running, so it never claims critical or blocker.
var gitlabSeverity = map[rules.Severity]string{rules.Error: "major", rules.Warning: "minor", rules.Info: "info"}

// gitlabPath is the path GitLab links to: relative to the repository root,
// which is where the job runs, with forward slashes.
func gitlabPath(p string) string {
	p = filepath.ToSlash(filepath.Clean(p))
	return strings.TrimPrefix(p, "./")
}

func writeGitLab(w io.Writer, files []File) error {
	out := []gitlabIssue{}
	// GitLab compares fingerprints between the base and head of a merge
	// request, so a fingerprint leaves out the line: moving a finding is
	// not fixing one and adding another. Findings alike in file, rule and
	// message are told apart by their order.
	seen := map[string]int{}
	for _, f := range files {
		path := gitlabPath(f.Path)
		for _, d := range f.Diags {
			s, e := f.File.Position(d.Pos), f.File.Position(d.End)
			key := path + "\x00" + d.Code + "\x00" + d.Message
			n := seen[key]
			seen[key] = n + 1
			sum := sha256.Sum256(fmt.Appendf(nil, "%s\x00%d", key, n))
			out = append(out, gitlabIssue{
				Description: d.Code + ": " + d.Message,
				CheckName:   d.Code,
				Fingerprint: hex.EncodeToString(sum[:]),
				Severity:    gitlabSeverity[d.Severity],
				Location:    gitlabLocation{Path: path, Lines: gitlabLines{Begin: s.Line, End: e.Line}},
			})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
