package report_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	sarifv210 "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/xeipuuv/gojsonschema"

	"github.com/nixdock/nixdock/internal/report"
	"github.com/nixdock/nixdock/rules"
)

func sample(t *testing.T) []report.File {
	t.Helper()
	src := []byte("{ pkgs }:\npkgs.dockerTools.buildImage {\n  name = \"app\"; # é\n}\n")
	f, ds := rules.LintSource("dir/a b.nix", src, &rules.Config{})
	if len(ds) < 2 {
		t.Fatalf("want findings, got %v", ds)
	}
	return []report.File{{Path: "dir/a b.nix", File: f, Diags: ds}}
}

// officialSchema returns the SARIF 2.1.0 schema as shipped by the go-sarif
// module (OASIS errata01), read from the module cache.
func officialSchema(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3").Output()
	if err != nil {
		t.Fatalf("locating go-sarif: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "pkg", "report", "v210", "sarif", "schema.go"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	i, j := strings.Index(s, "`"), strings.LastIndex(s, "`")
	if i < 0 || j <= i || !strings.Contains(s[i:j], "sarif-schema-2.1.0") {
		t.Fatal("schema not found in go-sarif")
	}
	return s[i+1 : j]
}

func TestSARIFIsValid(t *testing.T) {
	var buf bytes.Buffer
	if err := report.Write(&buf, "sarif", sample(t), report.Summary{}); err != nil {
		t.Fatal(err)
	}
	res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(officialSchema(t)), gojsonschema.NewBytesLoader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !res.Valid() {
		for _, e := range res.Errors() {
			t.Errorf("schema: %s", e)
		}
	}
	// A SARIF library reads it back. (Its own Validate re-marshals the
	// report with fields we never wrote, so the schema check above, on our
	// exact bytes, is the one that counts.)
	rep, err := sarifv210.FromBytes(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Runs) != 1 || len(rep.Runs[0].Results) != len(sample(t)[0].Diags) {
		t.Errorf("go-sarif reads %d runs", len(rep.Runs))
	}
	out := buf.String()
	for _, want := range []string{`"uri": "dir/a%20b.nix"`, `"uriBaseId": "%SRCROOT%"`, `"helpUri": "https://github.com/nixdock/nixdock/blob/main/docs/rules/ND001.md"`, `"fixes"`, `"columnKind": "utf16CodeUnits"`, `"group": "core"`, `"tags": [`} {
		if !strings.Contains(out, want) {
			t.Errorf("SARIF lacks %s", want)
		}
	}
}

func TestGitHubEscapes(t *testing.T) {
	files := sample(t)
	files[0].Path = "a,b:c.nix"
	files[0].Diags[0].Message = "50% bad\nsecond"
	var buf bytes.Buffer
	if err := report.Write(&buf, "github", files, report.Summary{}); err != nil {
		t.Fatal(err)
	}
	first := strings.SplitN(buf.String(), "\n", 2)[0]
	if !strings.Contains(first, "file=a%2Cb%3Ac.nix,") || !strings.HasSuffix(first, "::50%25 bad%0Asecond") {
		t.Errorf("escaping: %s", first)
	}
}

func TestTextUnderline(t *testing.T) {
	var buf bytes.Buffer
	if err := report.Write(&buf, "text", sample(t), report.Summary{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), " 2 | pkgs.dockerTools.buildImage {\n   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^\n") {
		t.Errorf("no underlined source line:\n%s", buf.String())
	}
}

// Every JSON finding carries its rule's group.
func TestJSONGroup(t *testing.T) {
	var buf bytes.Buffer
	files := sample(t)
	if err := report.Write(&buf, "json", files, report.Summary{}); err != nil {
		t.Fatal(err)
	}
	var got []struct{ Code, Group string }
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(files[0].Diags) {
		t.Fatalf("%d findings, want %d", len(got), len(files[0].Diags))
	}
	for _, f := range got {
		if r := rules.Lookup(f.Code); r == nil || f.Group != r.Group() || f.Group == "" {
			t.Errorf("%s: group %q", f.Code, f.Group)
		}
	}
}

// A finding without a fix says why, in the text's help line and in JSON.
func TestNoFixReason(t *testing.T) {
	src := []byte("{ pkgs }:\npkgs.dockerTools.buildLayeredImage {\n  name = \"app\";\n  tag = \"1.0\";\n  created = \"now\";\n  maxLayers = 1;\n  config.Env = [ \"SSL_CERT_FILE=/x\" ];\n}\n")
	f, ds := rules.LintSource("a.nix", src, &rules.Config{Select: []string{"ND116"}})
	if len(ds) != 1 || len(ds[0].Fixes) != 0 || ds[0].NoFix == "" {
		t.Fatalf("want one ND116 finding with a reason and no fix, got %+v", ds)
	}
	files := []report.File{{Path: "a.nix", File: f, Diags: ds}}
	var text, js bytes.Buffer
	if err := report.Write(&text, "text", files, report.Summary{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "help: no fix: "+ds[0].NoFix+"\n") {
		t.Errorf("no help line with the reason:\n%s", text.String())
	}
	if err := report.Write(&js, "json", files, report.Summary{}); err != nil {
		t.Fatal(err)
	}
	var got []struct {
		NoFix string `json:"no_fix"`
	}
	if err := json.Unmarshal(js.Bytes(), &got); err != nil || len(got) != 1 || got[0].NoFix != ds[0].NoFix {
		t.Errorf("JSON no_fix: %v %+v", err, got)
	}
}
