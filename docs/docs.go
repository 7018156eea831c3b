// Package docs holds nixdock's rule pages, embedded so that
// "nixdock explain" prints the same text the repository shows.
package docs

import (
	"embed"
	"fmt"
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

// Examples returns the fenced example blocks of a rule page, keyed by their
// tag: "```nix bad", "```nix fixed" and "```nix good". A tag used twice is
// an error, so that a page cannot show two different answers.
func Examples(page string) (map[string]string, error) {
	out := map[string]string{}
	tag := ""
	var body []string
	for _, l := range strings.Split(page, "\n") {
		switch {
		case tag == "" && strings.HasPrefix(l, "```nix "):
			tag, body = strings.TrimSpace(strings.TrimPrefix(l, "```nix ")), nil
		case tag != "" && l == "```":
			if _, dup := out[tag]; dup {
				return nil, fmt.Errorf("two %q examples", tag)
			}
			out[tag] = strings.Join(body, "\n") + "\n"
			tag = ""
		case tag != "":
			body = append(body, l)
		}
	}
	return out, nil
}
