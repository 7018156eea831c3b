package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/fixer"
	"github.com/nixdock/nixdock/internal/nixtest"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

// commitDateISO is what the commit-date formatter makes of the harness's
// self.lastModifiedDate (20240102030405).
const commitDateISO = "2024-01-02T03:04:05Z"

func init() {
	// ND203 removes mtime = "now": the argument goes, nothing else
	// changes.
	semanticChecks["ND203"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		if !strings.HasSuffix(d.path, ".args.mtime") || d.before != "now" || d.after != nil {
			t.Errorf("ND203: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		}
	}
	// ND205 moves the tag of imageName = "name:tag" to finalImageTag.
	semanticChecks["ND205"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		before, _ := d.before.(string)
		after, _ := d.after.(string)
		switch {
		case strings.HasSuffix(d.path, ".args.imageName"):
			tag, ok := strings.CutPrefix(before, after+":")
			if !ok || tag == "" || strings.Contains(tag, "/") {
				t.Errorf("ND205: imageName %q -> %q is not the tag moved out", before, after)
			}
		case strings.HasSuffix(d.path, ".args.finalImageTag"):
			if d.hadBefore || after == "" || strings.ContainsAny(after, ":/") {
				t.Errorf("ND205: finalImageTag %v -> %v", d.before, d.after)
			}
		default:
			t.Errorf("ND205: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		}
	}
	// ND202 rewrites a date as ISO 8601: the same digits, completed with
	// the time (midnight for a plain date, the commit time for a
	// lastModifiedDate) and Z.
	semanticChecks["ND202"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		before, _ := d.before.(string)
		after, _ := d.after.(string)
		iso := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$`)
		digits := func(s string) string { return regexp.MustCompile(`\D`).ReplaceAllString(s, "") }
		dateArg := strings.HasSuffix(d.path, ".args.created") || strings.HasSuffix(d.path, ".args.mtime")
		if !dateArg || !d.hadBefore || !iso.MatchString(after) || before == "" || !strings.HasPrefix(digits(after), digits(before)) {
			t.Errorf("ND202: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		}
	}
	semanticChecks["ND201"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		if !strings.HasSuffix(d.path, ".args.created") || d.before != "now" || d.after != commitDateISO {
			t.Errorf("ND201: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		}
	}
}

// fixAll fixes src to a fixed point with the rules cfg selects, unsafe
// fixes included, and checks that a second run changes nothing.
func fixAll(t *testing.T, src string, cfg *rules.Config) string {
	t.Helper()
	lint := func(name string, src []byte) (*parser.File, []rules.Diagnostic) {
		return rules.LintSource(name, src, cfg)
	}
	res, err := fixer.Apply("t.nix", []byte(src), lint, fixer.Options{Unsafe: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Refused) > 0 {
		t.Errorf("refused %+v", res.Refused)
	}
	again, err := fixer.Apply("t.nix", res.Src, lint, fixer.Options{Unsafe: true})
	if err != nil || again.Changed {
		t.Errorf("a second run changed the file (err %v):\n%s", err, again.Src)
	}
	return string(res.Src)
}

// ND002 and ND201 never fight over created: with ND201 on, ND002 inserts
// the commit date whatever its option says, so that fixing settles in one
// step instead of inserting "now" for ND201 to replace.
func TestCreatedRulesAgree(t *testing.T) {
	const unset = "{ self, pkgs }:\npkgs.dockerTools.buildImage {\n  name = \"app\";\n  tag = \"1\";\n}\n"
	fixOf := func(cfg *rules.Config) string {
		_, ds := rules.LintSource("t.nix", []byte(unset), cfg)
		for _, d := range ds {
			if d.Code == "ND002" && len(d.Fixes) > 0 {
				return d.Fixes[0].Edits[0].NewText
			}
		}
		t.Fatalf("no fixable ND002 finding in %+v", ds)
		return ""
	}
	now := map[string]map[string]string{"ND002": {"created": "now"}}
	if got := fixOf(&rules.Config{Select: []string{"ND002"}, Options: now}); !strings.Contains(got, `created = "now";`) {
		t.Errorf("ND002 alone, created = now: fix %q", got)
	}
	for _, cfg := range []*rules.Config{
		{Select: []string{"ND002", "ND201"}, Options: now},
		{Select: []string{"ND0"}, ExtendSelect: []string{"created-now"}},
		{Flags: &rules.Selection{ExtendSelect: []string{"ND2"}}},
	} {
		if got := fixOf(cfg); !strings.Contains(got, "self.lastModifiedDate") || strings.Contains(got, `"now"`) {
			t.Errorf("ND201 on (%+v): ND002's fix is %q, want the commit date", cfg, got)
		}
	}
	// Without self there is no commit date: ND002 then offers nothing
	// rather than "now".
	noSelf := strings.Replace(unset, "{ self, pkgs }", "{ pkgs }", 1)
	_, ds := rules.LintSource("t.nix", []byte(noSelf), &rules.Config{Select: []string{"ND002", "ND201"}})
	if len(ds) != 1 || len(ds[0].Fixes) != 0 {
		t.Errorf("without self, ND002 with ND201 on: %+v", ds)
	}

	// With every rule on, both shapes settle on the commit date.
	for _, src := range createdShapes() {
		out := fixAll(t, src, &rules.Config{Select: []string{"ALL"}})
		if strings.Count(out, "created = let d = self.lastModifiedDate;") != 1 || strings.Contains(out, `"now"`) {
			t.Errorf("ALL fixed\n%s\nto\n%s", src, out)
		}
	}
}

// createdShapes are an image without created and one with created =
// "now", both in a flake where self is bound.
func createdShapes() []string {
	const unset = "{ self, pkgs }:\npkgs.dockerTools.buildImage {\n  name = \"app\";\n  tag = \"1\";\n}\n"
	return []string{unset, strings.Replace(unset, "tag = \"1\";\n", "tag = \"1\";\n  created = \"now\";\n", 1)}
}

// The commit date that ND002 and ND201 write evaluates, with the stub
// harness's self.lastModifiedDate, to ISO 8601.
func TestCommitDateEvaluatesToISO8601(t *testing.T) {
	nixtest.Require(t)
	for _, src := range createdShapes() {
		checkCreatedEval(t, fixAll(t, src, &rules.Config{Select: []string{"ALL"}}))
	}
}

// checkCreatedEval evaluates a fixed image through the stub harness and
// checks that created is the ISO 8601 commit date.
func checkCreatedEval(t *testing.T, src string) {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, "fixed.nix")
	must(t, os.WriteFile(p, []byte(src), 0o644))
	harness, err := filepath.Abs("../testdata/rules/harness.nix")
	must(t, err)
	r := nixtest.EvalJSON(t, fmt.Sprintf("(import %s %s).args.created", harness, p))
	iso := regexp.MustCompile(`^"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"$`)
	if !r.OK || !iso.MatchString(strings.TrimSpace(r.Stdout)) || !strings.Contains(r.Stdout, commitDateISO) {
		t.Errorf("created evaluates to %s (%s), want %q", r.Stdout, r.Stderr, commitDateISO)
	}
}
