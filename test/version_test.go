package test

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// goBuild builds ./cmd/nixdock in dir with extra flags and returns the
// binary's path.
func goBuild(t *testing.T, dir string, flags ...string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "nixdock")
	args := append(append([]string{"build", "-trimpath"}, flags...), "-o", bin, "./cmd/nixdock")
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return bin
}

// versionOf runs bin version and bin --version, which must agree.
func versionOf(t *testing.T, bin string) string {
	t.Helper()
	out, code := run(t, "", "", bin, "version")
	flag, fcode := run(t, "", "", bin, "--version")
	if code != 0 || fcode != 0 || out != flag {
		t.Fatalf("version: exit %d\n%s--version: exit %d\n%s", code, out, fcode, flag)
	}
	return out
}

// TestVersionFromFlake builds nixdock with the linker flags the flake
// passes buildGoModule, and expects the flake's version and revision.
func TestVersionFromFlake(t *testing.T) {
	f := evalFlake(t, cleanSelf("/src"))
	a := decode[goModuleArgs](t, f.Packages["x86_64-linux"]["default"], "buildGoModule")
	bin := goBuild(t, root, "-ldflags", strings.Join(a.Ldflags, " "))
	want := "nixdock " + stubShortRev + "\nrevision " + stubRev + "\n"
	if got := versionOf(t, bin); got != want {
		t.Errorf("built as the flake builds it, nixdock version prints\n%s\nwant\n%s", got, want)
	}
	// SARIF names the same version.
	out, _ := run(t, root, "", bin, "lint", "--no-config", "--format", "sarif", "examples")
	if !strings.Contains(out, `"version": "`+stubShortRev+`"`) {
		t.Errorf("SARIF output lacks the version:\n%s", out)
	}
}

// TestVersionFromGit builds nixdock from a git checkout, as go install and
// go build do, and expects the commit the go command recorded; then again
// with an uncommitted file.
func TestVersionFromGit(t *testing.T) {
	git := require(t, "git")
	dir := t.TempDir()
	copyTree(t, root, dir)
	gitEnv := append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t",
		"GIT_COMMITTER_EMAIL=t@example.com", "GIT_AUTHOR_DATE=2026-12-03T07:01:36Z", "GIT_COMMITTER_DATE=2026-12-03T07:01:36Z",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	gitRun := func(args ...string) string {
		cmd := exec.Command(git, args...)
		cmd.Dir, cmd.Env = dir, gitEnv
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return strings.TrimSpace(string(out))
	}
	gitRun("init", "-q")
	gitRun("add", "-A")
	gitRun("commit", "-q", "-m", "tree")
	rev := gitRun("rev-parse", "HEAD")

	got := versionOf(t, goBuild(t, dir, "-buildvcs=true"))
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "nixdock v0.0.0-20261203070136-"+rev[:12]) ||
		strings.HasSuffix(lines[0], "+dirty") || lines[1] != "revision "+rev {
		t.Errorf("clean checkout at %s: nixdock version prints\n%s", rev, got)
	}

	if err := os.WriteFile(filepath.Join(dir, "scratch.txt"), []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got = versionOf(t, goBuild(t, dir, "-buildvcs=true"))
	lines = strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 2 || !strings.HasSuffix(lines[0], "+dirty") || lines[1] != "revision "+rev+" (modified)" {
		t.Errorf("checkout with an uncommitted file: nixdock version prints\n%s", got)
	}
}

// copyTree copies the checkout's files, without .git, to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		switch {
		case d.Name() == ".git": // a directory, or a worktree's file
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case !d.Type().IsRegular():
			return nil
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			_ = out.Close()
			return err
		}
		return out.Close()
	})
	if err != nil {
		t.Fatal(err)
	}
}
