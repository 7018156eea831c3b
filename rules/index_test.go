package rules_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/rules"
)

// groupTitles names the groups in code order, with the first digit of
// their codes.
var groupTitles = []struct{ group, title string }{
	{"core", "Core (ND0xx and ND900)"},
	{"correctness", "Correctness (ND1xx)"},
	{"reproducibility", "Reproducibility (ND2xx)"},
	{"security", "Security (ND3xx)"},
	{"size", "Size and build cost (ND4xx)"},
}

// ruleIndex renders docs/rules.md from the registry.
func ruleIndex() string {
	var b strings.Builder
	b.WriteString(`# Rules

Every rule belongs to a group, given by the first digit of its code, and is
either in the **default** set or **opt-in**: opt-in rules are policies a
reasonable project may reject, and run only when selected (` + "`--select ND2`" + `,
` + "`--extend-select ND201`" + `, ` + "`--select ALL`" + `, or the same in ` + "`nixdock.toml`" + `; see
[configuration](config.md#selecting-rules)). ` + "`nixdock rules`" + ` prints this list,
and ` + "`nixdock explain CODE`" + ` prints a rule's page.

This page is generated from the rules themselves:
` + "`go test ./rules -run TestRuleIndex -update`" + ` rewrites it.
`)
	for _, g := range groupTitles {
		var rows []string
		for _, r := range rules.All() {
			if r.Group() != g.group {
				continue
			}
			set, fix := "default", "none"
			if r.OptIn {
				set = "opt-in"
			}
			if r.HasFix {
				fix = r.Fix.String()
			}
			rows = append(rows, fmt.Sprintf("| [%s](rules/%s.md) | `%s` | %s | %s | %s | %s |\n", r.Code, r.Code, r.Name, set, r.Severity, fix, r.Summary))
		}
		if len(rows) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n## %s\n\n| code | name | set | severity | fix | summary |\n|---|---|---|---|---|---|\n", g.title)
		for _, r := range rows {
			b.WriteString(r)
		}
	}
	return b.String()
}

// TestRuleIndex checks that docs/rules.md lists every rule, by group, as
// the registry has it.
func TestRuleIndex(t *testing.T) {
	const path = "../docs/rules.md"
	want := ruleIndex()
	if *update {
		must(t, os.WriteFile(path, []byte(want), 0o644))
	}
	for _, r := range rules.All() {
		known := false
		for _, g := range groupTitles {
			known = known || g.group == r.Group()
		}
		if !known {
			t.Errorf("%s: group %q has no title in the index", r.Code, r.Group())
		}
	}
	got, err := os.ReadFile(path)
	must(t, err)
	if string(got) != want {
		t.Errorf("%s is out of date with the rules: go test ./rules -run TestRuleIndex -update", path)
	}
}
