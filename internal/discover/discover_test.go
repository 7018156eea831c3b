package discover

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func write(t *testing.T, root, p, s string) {
	t.Helper()
	p = filepath.Join(root, p)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func rel(t *testing.T, root string, files []File) []string {
	t.Helper()
	var out []string
	for _, f := range files {
		r, err := filepath.Rel(root, f.Path)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(r))
	}
	sort.Strings(out)
	return out
}

// gitRepo makes an empty git repository to lint, or skips the test where
// git is missing (and fails in CI, which installs it).
func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("git not found but CI is set")
		}
		t.Skip("git not found")
	}
	root := t.TempDir()
	if out, err := exec.Command("git", "init", "-q", root).CombinedOutput(); err != nil {
		t.Fatalf("git init: %v: %s", err, out)
	}
	return root
}

// agreeWithGit checks that the walk of root finds exactly the .nix files
// git ls-files lists as tracked or untracked-not-ignored.
func agreeWithGit(t *testing.T, root string) {
	t.Helper()
	got, errs := Find([]string{root})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	out, err := exec.Command("git", "-C", root, "ls-files", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if strings.HasSuffix(l, ".nix") {
			want = append(want, l)
		}
	}
	sort.Strings(want)
	if g, w := strings.Join(rel(t, root, got), " "), strings.Join(want, " "); g != w {
		t.Errorf("walk found\n  %s\ngit lists\n  %s", g, w)
	}
}

// Git is the oracle for what is ignored: the walk must find exactly the
// .nix files that git ls-files lists as tracked or untracked-not-ignored.
func TestWalkAgreesWithGit(t *testing.T) {
	root := gitRepo(t)
	files := []string{
		"default.nix", "flake.nix", "README.md",
		"build/out.nix", "sub/keep.nix", "sub/drop.nix", "sub/deep/x.nix",
		"sub/deep/y.gen.nix", "vendor/v.nix", "vendor/keep/k.nix",
		"docs/a.nix", "docs/b.nix", "local.nix", "nested/.hidden.nix",
	}
	for _, f := range files {
		write(t, root, f, "{ }\n")
	}
	write(t, root, ".gitignore", "build/\n*.gen.nix\n/local.nix\nvendor/*\n!vendor/keep/\n")
	write(t, root, "sub/.gitignore", "drop.nix\n")
	write(t, root, "docs/.gitignore", "*\n!b.nix\n!.gitignore\n")
	write(t, root, ".git/info/exclude", "nested/\n")

	agreeWithGit(t, root)
}

// The pattern forms of gitignore(5) beyond the common ones: "**" in each
// place, anchoring by a middle slash, directory-only patterns that name a
// file, character classes, trailing blanks, and re-inclusion under an
// excluded directory (which git does not do).
func TestIgnorePatternsAgreeWithGit(t *testing.T) {
	root := gitRepo(t)
	for _, f := range []string{
		"a/x/b/one.nix", "a/b/two.nix", "c/a/b/three.nix", "deep/gen/g.nix", "gen/top.nix",
		"lib/out/o.nix", "out/o2.nix", "f1.nix", "f2.nix", "fa.nix", "space.nix", "keep/in.nix",
		"keep/sub/in2.nix", "dironly.nix", "docs/p/q.nix", "docs/r.nix", "z/all/in.nix",
	} {
		write(t, root, f, "{ }\n")
	}
	write(t, root, ".gitignore", "a/**/b/\n**/gen/\nlib/out\nf[12].nix\nspace.nix   \nkeep/\n!keep/in.nix\ndironly.nix/\ndocs/**/q.nix\nz/**\n")
	agreeWithGit(t, root)
}

// .ignore files (ripgrep's) can exclude and re-include; result links and
// .git are skipped; a file named explicitly is always linted, ignored or not.
func TestIgnoreFilesLinksAndExplicitPaths(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, root, "a.nix", "1")
	write(t, root, "b.nix", "1")
	write(t, root, "gen/c.nix", "1")
	write(t, root, ".git/d.nix", "1")
	write(t, root, "store/e.nix", "1")
	write(t, root, ".gitignore", "gen/\nb.nix\n")
	write(t, root, ".ignore", "!b.nix\n")
	if err := os.Symlink(filepath.Join(root, "store"), filepath.Join(root, "result")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "a.nix"), filepath.Join(root, "link.nix")); err != nil {
		t.Fatal(err)
	}
	got, errs := Find([]string{root})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if g := strings.Join(rel(t, root, got), " "); g != "a.nix b.nix link.nix store/e.nix" {
		t.Errorf("found %s", g)
	}
	got, errs = Find([]string{filepath.Join(root, "gen", "c.nix"), filepath.Join(root, "missing.nix"), root + "/./a.nix"})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing.nix") {
		t.Errorf("errors %v, want one naming missing.nix", errs)
	}
	if g := strings.Join(rel(t, root, got), " "); g != "a.nix gen/c.nix" {
		t.Errorf("explicit paths gave %s", g)
	}
}

// Many explicit paths are stated by several goroutines: each must still
// come back with its own verdict, whatever the mix of files, directories
// and missing paths, and in sorted order.
func TestManyExplicitPaths(t *testing.T) {
	root := t.TempDir()
	var paths, want []string
	for i := range 300 {
		switch i % 10 {
		case 3: // a directory with one file in it
			d := filepath.Join("d", strings.Repeat("x", i%7)+string(rune('a'+i%26))+"-"+strings.Repeat("y", i/26))
			write(t, root, filepath.Join(d, "f.nix"), "1")
			paths = append(paths, filepath.Join(root, d))
			want = append(want, filepath.ToSlash(filepath.Join(d, "f.nix")))
		case 7: // missing
			paths = append(paths, filepath.Join(root, "missing", string(rune('a'+i%26))+strings.Repeat("z", i/26)+".nix"))
		default: // a file, named explicitly even if it is not *.nix
			p := string(rune('a'+i%26)) + strings.Repeat("q", i/26) + ".txt"
			write(t, root, p, "1")
			paths = append(paths, filepath.Join(root, p))
			want = append(want, p)
		}
	}
	files, errs := Find(paths)
	if len(errs) != 30 {
		t.Errorf("%d errors, want one for each of the 30 missing paths: %v", len(errs), errs)
	}
	for _, err := range errs {
		if !strings.Contains(err.Error(), "missing") {
			t.Errorf("error for a path that exists: %v", err)
		}
	}
	sort.Strings(want)
	got := rel(t, root, files)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("found %d files, want %d:\n%v\nwant:\n%v", len(got), len(want), got, want)
	}
	if !sort.SliceIsSorted(files, func(i, j int) bool { return files[i].Path < files[j].Path }) {
		t.Error("files are not sorted")
	}
	for _, f := range files {
		if !f.Regular {
			t.Errorf("%s: not known to be regular", f.Path)
		}
	}
}

// Clean and Dir agree with filepath's on every kind of path, clean or not.
func TestCleanAndDirAgreeWithFilepath(t *testing.T) {
	for _, p := range []string{
		"", ".", "..", "/", "//", "a", "a/", "a//b", "./a", "../a", "a/./b", "a/../b", "a/..",
		"/a/b.nix", "/a/.b/c.nix", "a/b/.", ".a", "a/.b", "/.", "/..", "x/y/z.nix", "/tmp/trees/a b/c.nix",
	} {
		if got, want := Clean(p), filepath.Clean(p); got != want {
			t.Errorf("Clean(%q) = %q, want %q", p, got, want)
		}
		c := filepath.Clean(p)
		if got, want := Dir(c), filepath.Dir(c); got != want {
			t.Errorf("Dir(%q) = %q, want %q", c, got, want)
		}
	}
}
