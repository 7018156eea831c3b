package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/docs"
	"github.com/nixdock/nixdock/rules"
)

// TestRulePagesThroughTheCommand lints every example of every rule page
// with the command itself, suppressions included: the bad example gives
// that page's rule, fixing it gives the fixed example, and the good one is
// clean. It also checks that explain prints the same page.
func TestRulePagesThroughTheCommand(t *testing.T) {
	for _, r := range rules.All() {
		t.Run(r.Code, func(t *testing.T) {
			page, ok := docs.RulePage(r.Code)
			if !ok {
				t.Fatalf("no page for %s", r.Code)
			}
			if out := nixdock(t, "", "", "explain", r.Name); out.stdout != page {
				t.Errorf("explain %s does not print the page", r.Name)
			}
			// ND900 judges suppressions of other rules, so those must run.
			sel := []string{"--select", r.Code}
			if r.Code == rules.UnusedSuppression.Code {
				sel = nil
			}
			lint := func(args ...string) runResult {
				return nixdock(t, "", "", append(append([]string{"lint", "--no-config"}, sel...), args...)...)
			}
			b, err := docs.Examples(page)
			if err != nil {
				t.Fatal(err)
			}
			if b["bad"] == "" || b["good"] == "" {
				t.Fatalf("page lacks a bad or good example")
			}
			dir := t.TempDir()
			write := func(name, src string) string {
				p := filepath.Join(dir, name)
				if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
				return p
			}
			badPath := write("bad.nix", b["bad"])
			res := lint("--format", "concise", badPath)
			if res.code != 1 || !strings.Contains(res.stdout, "["+r.Code+"]") {
				t.Errorf("bad example: exit %d\n%s%s", res.code, res.stdout, res.stderr)
			}
			goodPath := write("good.nix", b["good"])
			if res := lint(goodPath); res.code != 0 {
				t.Errorf("good example is not clean:\n%s", res.stdout)
			}
			if b["fixed"] != "" {
				lint("--fix", "--unsafe-fixes", badPath)
				got, _ := os.ReadFile(badPath)
				if string(got) != b["fixed"] {
					t.Errorf("fixing the bad example gives\n%s\nthe page says\n%s", got, b["fixed"])
				}
			}
		})
	}
}
