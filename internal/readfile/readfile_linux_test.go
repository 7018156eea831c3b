package readfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Open tells a regular file and a directory (following links, as Mode
// does), and leaves everything else, open nowhere, to Mode: a named pipe
// without a writer must not block it.
func TestOpenKinds(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.nix")
	if err := os.WriteFile(file, []byte("1"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.nix")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.nix")
	if err := os.Symlink(file, link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.nix")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path        string
		open, isDir bool
	}{
		{file, true, false},
		{link, true, false},
		{dir, true, true},
		{empty, false, false}, // a size of 0 may be a /proc file: left to Read
		{fifo, false, false},
		{filepath.Join(dir, "missing.nix"), false, false},
		{file + "/x", false, false},
		{"/dev/null", false, false},
	} {
		o, isDir, ok := Open(c.path)
		if ok != c.open || isDir != c.isDir || o.Valid() != (c.open && !c.isDir) {
			t.Errorf("%s: Open gives ok %v, isDir %v, open file %v", c.path, ok, isDir, o.Valid())
		}
		o.Close()
	}
}
