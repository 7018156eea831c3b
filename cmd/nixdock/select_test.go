package main

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/rules"
)

var codeRe = regexp.MustCompile(`\[(ND\d{3})\]`)

// codesOf lists the distinct codes in concise output, sorted.
func codesOf(out string) string {
	seen := map[string]bool{}
	for _, m := range codeRe.FindAllStringSubmatch(out, -1) {
		seen[m[1]] = true
	}
	var codes []string
	for c := range seen {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return strings.Join(codes, " ")
}

// onlyEarlyGroups turns a test image into one that no security or size
// rule reports (a layered build with a non-root numeric user), so that
// selections with ALL or prefixes show only the rules these tests are about.
func onlyEarlyGroups(src string) string {
	out := strings.Replace(src, "buildImage {\n  name = \"app\";", "buildLayeredImage {\n  name = \"app\";\n  config.User = \"65534:65534\";", 1)
	if out == src {
		panic("onlyEarlyGroups: the test image changed shape")
	}
	return out
}

// TestSelectionPrecedenceCommand checks selection through the command: in
// the config file, on the command line, and flags over a config file. The
// bad image raises ND001, ND002 and ND003 under the default set.
func TestSelectionPrecedenceCommand(t *testing.T) {
	cases := []struct {
		name, toml string
		flags      []string
		want       string
	}{
		{"default set", "", nil, "ND001 ND002 ND003"},
		{"config: code beats prefix (ignore)", `select = ["ND00"]` + "\n" + `ignore = ["ND002"]`, nil, "ND001 ND003"},
		{"config: code beats prefix (select)", `select = ["ND002"]` + "\n" + `ignore = ["ND00"]`, nil, "ND002"},
		{"config: prefix beats ALL", `select = ["ALL"]` + "\n" + `ignore = ["ND00"]`, nil, ""},
		{"config: same specificity, ignore wins", `select = ["ND00"]` + "\n" + `ignore = ["ND00"]`, nil, ""},
		{"config: name against code, ignore wins", `select = ["created-unset"]` + "\n" + `ignore = ["ND002"]`, nil, ""},
		{"config: extend-select code beats ignore prefix", `extend-select = ["ND002"]` + "\n" + `ignore = ["ND0"]`, nil, "ND002"},
		{"flags: code beats prefix beats ALL", "", []string{"--select", "ALL", "--ignore", "ND00", "--extend-select", "ND003"}, "ND003"},
		{"flags: same specificity, ignore wins", "", []string{"--select", "ND003", "--ignore", "untagged-image"}, ""},
		{"flags: comma-separated", "", []string{"--select", "ND001,nd003"}, "ND001 ND003"},
		{"--select replaces the config's select and ignore", `select = ["ND002"]` + "\n" + `ignore = ["ND001"]`, []string{"--select", "ND001"}, "ND001"},
		{"--extend-select adds to the config's select", `select = ["ND001"]`, []string{"--extend-select", "ND003"}, "ND001 ND003"},
		{"--extend-select beats the config's ignore", `ignore = ["ND00"]`, []string{"--extend-select", "ND0"}, "ND001 ND002 ND003"},
		{"--ignore adds to the config's ignore", `ignore = ["ND001"]`, []string{"--ignore", "ND003"}, "ND002"},
		{"--ignore beats a more specific config select", `select = ["ND001", "ND002"]`, []string{"--ignore", "ND0"}, ""},
	}
	for _, c := range cases {
		files := map[string]string{".git/HEAD": "", "a.nix": onlyEarlyGroups(bad)}
		if c.toml != "" {
			files["nixdock.toml"] = c.toml + "\n"
		}
		dir := tree(t, files)
		r := nixdock(t, dir, "", append([]string{"lint", "--format", "concise"}, append(c.flags, "a.nix")...)...)
		if got := codesOf(r.stdout); got != c.want || r.stderr != "" {
			t.Errorf("%s: codes %q, want %q\n%s%s", c.name, got, c.want, r.stdout, r.stderr)
		}
	}
}

func TestUnknownSelectors(t *testing.T) {
	dir := tree(t, map[string]string{".git/HEAD": "", "a.nix": bad})
	oneLine(t, nixdock(t, dir, "", "lint", "--extend-select", "ND7", "a.nix"), `--extend-select: unknown selector "ND7"`)
	oneLine(t, nixdock(t, dir, "", "lint", "--ignore", "ND001,N", "a.nix"), `--ignore: unknown selector "N"`)
	oneLine(t, nixdock(t, dir, "", "lint", "--select", "everything", "a.nix"), `--select: unknown selector "everything"`)
	for toml, want := range map[string]string{
		"extend-select = [\"ND7\"]\n":                  `nixdock.toml:1:18: extend-select: unknown selector "ND7"`,
		"select = [\"ALL\"]\nignore = [\n  \"x\"\n]\n": `nixdock.toml:3:3: ignore: unknown selector "x"`,
	} {
		d := tree(t, map[string]string{".git/HEAD": "", "nixdock.toml": toml, "a.nix": bad})
		oneLine(t, nixdock(t, d, "", "lint", "a.nix"), want)
	}
}

// nixdock rules lists every rule with its group, default or opt-in, and
// fix safety.
func TestRulesColumns(t *testing.T) {
	r := nixdock(t, "", "", "rules")
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	if r.code != 0 || len(lines) != len(rules.All())+1 {
		t.Fatalf("exit %d, %d lines for %d rules:\n%s", r.code, len(lines), len(rules.All()), r.stdout)
	}
	if h := strings.Fields(lines[0]); strings.Join(h, " ") != "CODE NAME GROUP SET SEVERITY FIX SUMMARY" {
		t.Errorf("header %q", lines[0])
	}
	for i, rule := range rules.All() {
		f := strings.Fields(lines[i+1])
		set, fix := "default", "-"
		if rule.OptIn {
			set = "opt-in"
		}
		if rule.HasFix {
			fix = rule.Fix.String()
		}
		want := []string{rule.Code, rule.Name, rule.Group(), set, rule.Severity.String(), fix}
		if len(f) < 7 || strings.Join(f[:6], " ") != strings.Join(want, " ") {
			t.Errorf("line %q, want it to start %q", lines[i+1], want)
		}
	}
}

// Opt-in rules run only when a selector names them: by code, prefix, name
// or ALL, on the command line or in the config file.
func TestOptInRules(t *testing.T) {
	src := onlyEarlyGroups(strings.Replace(clean, `tag = "1.0";`, `tag = "latest";`, 1))
	cases := []struct {
		name, toml string
		flags      []string
		want       string
	}{
		{"default set: no opt-in rule", "", nil, ""},
		{"--select ND2", "", []string{"--select", "ND2"}, "ND201 ND204"},
		{"--select ALL", "", []string{"--select", "ALL"}, "ND201 ND204"},
		{"--extend-select by name", "", []string{"--extend-select", "mutable-tag"}, "ND204"},
		{"--select ND2 --ignore ND204", "", []string{"--select", "ND2", "--ignore", "ND204"}, "ND201"},
		{"config extend-select", `extend-select = ["ND20"]`, nil, "ND201 ND204"},
		{"config select ALL, flag ignore", `select = ["ALL"]`, []string{"--ignore", "created-now"}, "ND204"},
		{"config ignore, flag select", `ignore = ["ND2"]`, []string{"--select", "ND201"}, "ND201"},
	}
	for _, c := range cases {
		files := map[string]string{".git/HEAD": "", "a.nix": src}
		if c.toml != "" {
			files["nixdock.toml"] = c.toml + "\n"
		}
		dir := tree(t, files)
		r := nixdock(t, dir, "", append([]string{"lint", "--format", "concise"}, append(c.flags, "a.nix")...)...)
		if got := codesOf(r.stdout); got != c.want || r.stderr != "" {
			t.Errorf("%s: codes %q, want %q\n%s%s", c.name, got, c.want, r.stdout, r.stderr)
		}
	}
}
