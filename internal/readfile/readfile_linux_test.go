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

// A Buffer reads each file whole, reuses its memory for the next file
// unless told the last source is kept, and leaves a kept source alone.
func TestBufferReusesUnlessKept(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i, s := range []string{"first, long enough to leave room", "second", "third, the longest of them all, grows the buffer", "4th"} {
		p := filepath.Join(dir, string(rune('a'+i))+".nix")
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	read := func(b *Buffer, p string) []byte {
		t.Helper()
		o, isDir, ok := Open(p)
		if !ok || isDir {
			t.Fatalf("%s: Open gives ok %v, isDir %v", p, ok, isDir)
		}
		data, err := b.ReadOpened(o, p)
		want, werr := os.ReadFile(p)
		if err != nil || werr != nil || string(data) != string(want) {
			t.Fatalf("%s: read %q (%v), want %q (%v)", p, data, err, want, werr)
		}
		return data
	}
	var b Buffer
	first := read(&b, paths[0])
	second := read(&b, paths[1])
	if &first[0] != &second[0] {
		t.Error("the second file was not read into the first one's memory")
	}
	b.Keep()
	kept := string(second)
	third := read(&b, paths[2])
	if &third[0] == &second[0] || string(second) != kept {
		t.Errorf("a kept source was read over: %q", second)
	}
	if fourth := read(&b, paths[3]); &fourth[0] != &third[0] {
		t.Error("the fourth file was not read into the third one's memory")
	}
}
