package fixer_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/nixdock/nixdock/fixer"
)

func TestWriteFileKeepsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.nix")
	if err := os.WriteFile(p, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := fixer.WriteFile(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	st, _ := os.Stat(p)
	if string(b) != "new" || st.Mode().Perm() != 0o640 {
		t.Errorf("got %q mode %v", b, st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteFileThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.nix")
	link := filepath.Join(dir, "link.nix")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.nix", link); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if err := fixer.WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file")
	}
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Errorf("target holds %q", b)
	}
}

func TestWriteFileFailureLeavesOriginal(t *testing.T) {
	dir := t.TempDir()
	// A directory cannot be replaced by a file.
	sub := filepath.Join(dir, "sub.nix")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := fixer.WriteFile(sub, []byte("x")); err == nil {
		t.Errorf("writing over a directory succeeded")
	}
	if err := fixer.WriteFile(filepath.Join(dir, "missing.nix"), []byte("x")); err == nil {
		t.Errorf("writing a missing file succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	// A read-only directory: the temporary file cannot be created (root
	// ignores permissions, so this part only runs as another user).
	if os.Geteuid() != 0 {
		ro := filepath.Join(dir, "ro")
		_ = os.Mkdir(ro, 0o755)
		p := filepath.Join(ro, "a.nix")
		_ = os.WriteFile(p, []byte("old"), 0o644)
		_ = os.Chmod(ro, 0o555)
		defer func() { _ = os.Chmod(ro, 0o755) }()
		if err := fixer.WriteFile(p, []byte("new")); err == nil {
			t.Errorf("write into a read-only directory succeeded")
		}
		if b, _ := os.ReadFile(p); string(b) != "old" {
			t.Errorf("original changed to %q", b)
		}
	}
}
