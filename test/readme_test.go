package test

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestReadme keeps the README's two set-up commands as its only blocks,
// and checks its install lines against the module and the command line.
func TestReadme(t *testing.T) {
	var blocks []string
	for _, s := range snippets(t, "README.md") {
		blocks = append(blocks, s.lang+": "+s.body)
	}
	want := []string{"sh: go run ./cmd/nixdock lint examples/\n", "sh: go test ./...\n"}
	if !reflect.DeepEqual(blocks, want) {
		t.Errorf("README blocks %q, want %q", blocks, want)
	}

	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	module := regexp.MustCompile(`(?m)^module (\S+)$`).FindSubmatch(gomod)
	if module == nil {
		t.Fatal("no module line in go.mod")
	}
	// github.com/OWNER/REPO is the flake github:OWNER/REPO.
	flake := "github:" + strings.TrimPrefix(string(module[1]), "github.com/")
	lines := map[string]bool{}
	for _, m := range regexp.MustCompile("`([^`\n]+)`").FindAllStringSubmatch(string(readme), -1) {
		lines[m[1]] = true
	}
	for _, l := range []string{
		"nix run " + flake + " -- lint .",
		"nix profile install " + flake,
		"go install " + string(module[1]) + "/cmd/nixdock@latest",
	} {
		if !lines[l] {
			t.Errorf("README lacks the install line `%s`", l)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "cmd", "nixdock", "main.go")); err != nil {
		t.Errorf("go install names ./cmd/nixdock: %v", err)
	}
	// What nix run runs, on a clean tree.
	dir := tree(t, map[string]string{"image.nix": cleanImage})
	if out, code := run(t, dir, "", binary, "lint", "."); code != 0 || !strings.Contains(out, "No problems found.") {
		t.Errorf("nixdock lint . on a clean tree: exit %d\n%s", code, out)
	}
}
