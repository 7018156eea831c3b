package report_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/xeipuuv/gojsonschema"

	"github.com/nixdock/nixdock/internal/report"
	"github.com/nixdock/nixdock/rules"
)

// gitlabSchema is what GitLab's code quality documentation requires of
// each issue: description, check_name, fingerprint, severity (one of its
// five), location.path, and location.lines.begin.
const gitlabSchema = `{
  "type": "array",
  "items": {
    "type": "object",
    "required": ["description", "check_name", "fingerprint", "severity", "location"],
    "properties": {
      "description": {"type": "string", "minLength": 1},
      "check_name": {"type": "string", "minLength": 1},
      "fingerprint": {"type": "string", "minLength": 1},
      "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
      "location": {
        "type": "object",
        "required": ["path", "lines"],
        "properties": {
          "path": {"type": "string", "pattern": "^[^/.]"},
          "lines": {
            "type": "object",
            "required": ["begin"],
            "properties": {"begin": {"type": "integer", "minimum": 1}, "end": {"type": "integer", "minimum": 1}}
          }
        }
      }
    }
  }
}`

type gitlabIssue struct {
	Description string `json:"description"`
	CheckName   string `json:"check_name"`
	Fingerprint string `json:"fingerprint"`
	Severity    string `json:"severity"`
	Location    struct {
		Path  string `json:"path"`
		Lines struct{ Begin, End int }
	} `json:"location"`
}

func gitlabReport(t *testing.T, files []report.File) []gitlabIssue {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Write(&buf, "gitlab", files, report.Summary{}); err != nil {
		t.Fatal(err)
	}
	res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(gitlabSchema), gojsonschema.NewBytesLoader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors() {
		t.Errorf("schema: %s\n%s", e, buf.String())
	}
	var out []gitlabIssue
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func lintFile(t *testing.T, path, src string) report.File {
	t.Helper()
	f, ds := rules.LintSource(path, []byte(src), &rules.Config{})
	return report.File{Path: path, File: f, Diags: ds}
}

// twoImages has two untagged images: the same rule, the same message.
const twoImages = `{ pkgs, self }: {
  a = pkgs.dockerTools.buildImage { name = "a"; created = "now"; config.Env = [ "SSL_CERT_FILE=x" ]; };
  b = pkgs.dockerTools.buildImage { name = "b"; created = "now"; config.Env = [ "SSL_CERT_FILE=x" ]; };
}
`

func TestGitLab(t *testing.T) {
	if got := gitlabReport(t, nil); got == nil || len(got) != 0 {
		t.Errorf("no findings: %v, want []", got)
	}

	files := sample(t)
	files[0].Path = "./" + files[0].Path
	issues := gitlabReport(t, files)
	if len(issues) != len(files[0].Diags) {
		t.Fatalf("%d issues for %d findings", len(issues), len(files[0].Diags))
	}
	for i, d := range files[0].Diags {
		is := issues[i]
		want := map[rules.Severity]string{rules.Error: "major", rules.Warning: "minor", rules.Info: "info"}[d.Severity]
		p := files[0].File.Position(d.Pos)
		if is.CheckName != d.Code || is.Description != d.Code+": "+d.Message || is.Severity != want ||
			is.Location.Path != "dir/a b.nix" || is.Location.Lines.Begin != p.Line || is.Location.Lines.End < p.Line {
			t.Errorf("finding %s %s at line %d gives %+v", d.Code, d.Severity, p.Line, is)
		}
	}

	// Identical findings get distinct fingerprints; moving them down the
	// file keeps every fingerprint.
	before := gitlabReport(t, []report.File{lintFile(t, "img.nix", twoImages)})
	after := gitlabReport(t, []report.File{lintFile(t, "img.nix", "\n\n"+twoImages)})
	if len(before) != 2 || before[0].CheckName != "ND003" || before[1].CheckName != "ND003" || before[0].Description != before[1].Description {
		t.Fatalf("want two alike ND003 findings: %+v", before)
	}
	if before[0].Fingerprint == before[1].Fingerprint {
		t.Errorf("alike findings share fingerprint %s", before[0].Fingerprint)
	}
	for i := range before {
		if after[i].Location.Lines.Begin != before[i].Location.Lines.Begin+2 || after[i].Fingerprint != before[i].Fingerprint {
			t.Errorf("moved two lines down: %+v became %+v", before[i], after[i])
		}
	}
	// Another file, or another rule, is another fingerprint.
	other := gitlabReport(t, []report.File{lintFile(t, "other.nix", twoImages)})
	if other[0].Fingerprint == before[0].Fingerprint {
		t.Errorf("two files share a fingerprint")
	}
	seen := map[string]bool{}
	for _, is := range issues {
		if seen[is.Fingerprint] || strings.TrimSpace(is.Fingerprint) == "" {
			t.Errorf("fingerprint %q repeated or empty", is.Fingerprint)
		}
		seen[is.Fingerprint] = true
	}
}
