package fixer_test

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/fixer"
)

// requireTool returns the path of a command, skipping the test locally when
// it is missing but failing under CI, where it must be installed.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s not found but CI is set", name)
	}
	t.Skipf("%s not found: install it to check diffs against it", name)
	return ""
}

// diffPairs generates old/new pairs: random line edits of random files,
// with and without a final newline, CRLF lines, and empty files.
func diffPairs() [][2]string {
	rng := rand.New(rand.NewSource(1))
	line := func() string {
		words := []string{"a = 1;", "{", "}", "  name = \"x\";", "", "# comment", "in", "let", "pkgs.hello", "\t tab"}
		return words[rng.Intn(len(words))]
	}
	var pairs [][2]string
	for i := 0; i < 120; i++ {
		n := rng.Intn(30)
		nl := "\n"
		if i%7 == 3 {
			nl = "\r\n"
		}
		old := make([]string, n)
		for j := range old {
			old[j] = line()
		}
		cur := append([]string(nil), old...)
		for k := rng.Intn(6); k >= 0; k-- {
			switch op := rng.Intn(3); {
			case op == 0 || len(cur) == 0:
				j := rng.Intn(len(cur) + 1)
				cur = append(cur[:j], append([]string{line()}, cur[j:]...)...)
			case op == 1:
				j := rng.Intn(len(cur))
				cur = append(cur[:j], cur[j+1:]...)
			default:
				cur[rng.Intn(len(cur))] = line()
			}
		}
		join := func(ls []string, final bool) string {
			s := strings.Join(ls, nl)
			if final && len(ls) > 0 {
				s += nl
			}
			return s
		}
		pairs = append(pairs, [2]string{join(old, i%5 != 1), join(cur, i%4 != 2)})
	}
	pairs = append(pairs,
		[2]string{"", "a\n"}, [2]string{"a\n", ""}, [2]string{"a", "a\n"}, [2]string{"a\n", "a"},
		[2]string{"x\r\ny\r\n", "x\r\nz\r\n"})
	return pairs
}

func TestDiffAppliesWithGitAndPatch(t *testing.T) {
	git := requireTool(t, "git")
	patch := requireTool(t, "patch")
	checked := 0
	for i, p := range diffPairs() {
		old, new := p[0], p[1]
		d := fixer.Diff("dir/f.nix", []byte(old), []byte(new))
		if old == new {
			if d != "" {
				t.Errorf("pair %d: diff of equal contents is %q", i, d)
			}
			continue
		}
		checked++
		for _, tool := range []string{"git", "patch"} {
			dir := t.TempDir()
			if err := os.MkdirAll(filepath.Join(dir, "dir"), 0o755); err != nil {
				t.Fatal(err)
			}
			target := filepath.Join(dir, "dir", "f.nix")
			if err := os.WriteFile(target, []byte(old), 0o644); err != nil {
				t.Fatal(err)
			}
			var cmd *exec.Cmd
			if tool == "git" {
				cmd = exec.Command(git, "apply", "--unsafe-paths", "-")
			} else {
				cmd = exec.Command(patch, "-p1", "--quiet", "--binary")
			}
			cmd.Dir = dir
			cmd.Stdin = strings.NewReader(d)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("pair %d: %s rejects the diff: %v\n%s\nold %q\nnew %q\n%s", i, tool, err, out, old, new, d)
			}
			got, err := os.ReadFile(target)
			if err != nil && (new != "" || !os.IsNotExist(err)) {
				t.Fatal(err)
			}
			if string(got) != new {
				t.Fatalf("pair %d: after %s: %q, want %q\n%s", i, tool, got, new, d)
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d differing pairs checked", checked)
	}
}

func TestDiffShape(t *testing.T) {
	old := ""
	for i := 1; i <= 20; i++ {
		old += fmt.Sprintf("line %d\n", i)
	}
	new := strings.Replace(strings.Replace(old, "line 2\n", "line two\n", 1), "line 18\n", "line 18\nextra\n", 1)
	got := fixer.Diff("f.nix", []byte(old), []byte(new))
	want := "--- a/f.nix\n+++ b/f.nix\n" +
		"@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n" +
		"@@ -16,5 +16,6 @@\n line 16\n line 17\n line 18\n+extra\n line 19\n line 20\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if d := fixer.Diff("f.nix", []byte("a"), []byte("b")); !strings.Contains(d, "-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n") {
		t.Errorf("missing no-newline markers:\n%s", d)
	}
}
