// Package docs holds nixdock's rule pages, embedded so that
// "nixdock explain" prints the same text the repository shows.
package docs

import (
	"embed"
	"sort"
	"strings"
)

//go:embed rules/*.md
var pages embed.FS

// RulePage returns the page of the rule with the given code (ND001).
func RulePage(code string) (string, bool) {
	b, err := pages.ReadFile("rules/" + strings.ToUpper(code) + ".md")
	if err != nil {
		return "", false
	}
	return string(b), true
}

// RuleCodes lists the codes that have a page, sorted.
func RuleCodes() []string {
	entries, err := pages.ReadDir("rules")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".md"); ok {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// URL is where a rule's page is published.
func URL(code string) string {
	return "https://github.com/nixdock/nixdock/blob/main/docs/rules/" + code + ".md"
}
