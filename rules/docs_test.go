package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/docs"
	"github.com/nixdock/nixdock/internal/nixtest"
	"github.com/nixdock/nixdock/rules"
)

// docBlocks returns the fenced ```nix bad|fixed|good blocks of a rule page.
func docBlocks(t *testing.T, path string) map[string]string {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := docs.Examples(string(text))
	if err != nil {
		t.Errorf("%s: %v", path, err)
	}
	return b
}

// TestRulePages checks that every rule page exists and that its examples
// tell the truth: the bad one is reported, fixing it gives the fixed one,
// and the good one is clean.
func TestRulePages(t *testing.T) {
	for _, r := range rules.All() {
		if r.Code == "ND900" {
			continue // documented with the suppression comments
		}
		t.Run(r.Code, func(t *testing.T) {
			path := filepath.Join("..", "docs", "rules", r.Code+".md")
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(text), "# "+r.Code+" "+r.Name+"\n") {
				t.Errorf("page title is not %q", r.Code+" "+r.Name)
			}
			b := docBlocks(t, path)
			// A rule without a fix shows no fixed block (ND000's shows
			// the mended file); its page says why there is none.
			blocks := []string{"bad", "fixed", "good"}
			if !r.HasFix && r.Code != "ND000" {
				blocks = []string{"bad", "good"}
				if b["fixed"] != "" {
					t.Errorf("%s has no fix, but its page shows a fixed block", r.Code)
				}
			}
			for _, k := range blocks {
				if b[k] == "" {
					t.Fatalf("no ```nix %s block", k)
				}
			}
			cfg := &rules.Config{Select: []string{r.Code}}
			_, bad := rules.LintSource("bad.nix", []byte(b["bad"]), cfg)
			if len(bad) == 0 || bad[0].Code != r.Code {
				t.Errorf("bad example is not reported by %s: %v", r.Code, bad)
			}
			if !r.HasFix {
				if n := fixable(bad); n > 0 {
					t.Errorf("%s says it has no fix, but %d findings of its bad example carry one", r.Code, n)
				}
				b["fixed"] = b["bad"]
			} else if got := string(applyFixes(t, []byte(b["bad"]), bad)); got != b["fixed"] {
				t.Errorf("fixing the bad example gives\n%s\nnot the fixed block\n%s", got, b["fixed"])
			}
			if _, good := rules.LintSource("good.nix", []byte(b["good"]), cfg); len(good) != 0 {
				t.Errorf("good example is reported: %v", good)
			}
			if r.Code != "ND000" && r.HasFix {
				if _, fixed := rules.LintSource("fixed.nix", []byte(b["fixed"]), cfg); fixed != nil {
					t.Errorf("fixed example is still reported: %v", fixed)
				}
			}
		})
	}
}

// TestRulePagesNix checks the examples with Nix: good and fixed ones parse
// and bind, and the ND000 example is one Nix rejects.
func TestRulePagesNix(t *testing.T) {
	nixtest.Require(t)
	for _, r := range rules.All() {
		if r.Code == "ND900" {
			continue
		}
		b := docBlocks(t, filepath.Join("..", "docs", "rules", r.Code+".md"))
		for _, k := range []string{"bad", "fixed", "good"} {
			if b[k] == "" && k == "fixed" && !r.HasFix {
				continue
			}
			res := nixtest.ParseSource(t, []byte(b[k]))
			wantOK := r.Code != "ND000" || k == "good"
			if res.OK != wantOK {
				t.Errorf("%s %s example: nix parse ok=%v, want %v: %s", r.Code, k, res.OK, wantOK, res.Stderr)
			}
		}
	}
}
