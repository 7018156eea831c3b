package readfile

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Read must give exactly what os.ReadFile gives, contents and errors alike.
func TestReadAgreesWithOSReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := bytes.Repeat([]byte("{ a = 1; }\n"), 100000)
	paths := []string{
		write("empty.nix", nil),
		write("one.nix", []byte("1")),
		write("big.nix", big),
		write("nul.nix", []byte("a\x00b")),
		filepath.Join(dir, "missing.nix"),
		filepath.Join(dir, "nul\x00.nix"),                         // no such name can reach the kernel
		filepath.Join(dir, strings.Repeat("long/", 120), "x.nix"), // longer than the room on the stack
		dir, // a directory
		"/proc/self/status",
	}
	if err := os.Symlink("big.nix", filepath.Join(dir, "link.nix")); err != nil {
		t.Fatal(err)
	}
	paths = append(paths, filepath.Join(dir, "link.nix"))
	paths = append(paths,
		write("scratch-1.nix", bytes.Repeat([]byte("a"), 64<<10-1)),
		write("scratch.nix", bytes.Repeat([]byte("b"), 64<<10)),
		write("scratch+1.nix", bytes.Repeat([]byte("c"), 64<<10+1)),
	)
	for _, read := range []func(string) ([]byte, error){Read, ReadRegular, readViaOpen} {
		check(t, read, paths)
	}
}

// readViaOpen reads p as a lint run reads a file named on its command
// line: Open, then a Buffer's ReadOpened, or Read if Open says nothing.
func readViaOpen(p string) ([]byte, error) {
	if o, isDir, ok := Open(p); ok && !isDir {
		return new(Buffer).ReadOpened(o, p)
	}
	return Read(p)
}

func check(t *testing.T, read func(string) ([]byte, error), paths []string) {
	t.Helper()
	for _, p := range paths {
		got, err := read(p)
		want, werr := os.ReadFile(p)
		if (err == nil) != (werr == nil) {
			t.Errorf("%s: error %v, os.ReadFile gives %v", p, err, werr)
			continue
		}
		if err != nil {
			if err.Error() != werr.Error() {
				t.Errorf("%s: error %q, os.ReadFile gives %q", p, err, werr)
			}
			var pe *fs.PathError
			if !errors.As(err, &pe) {
				t.Errorf("%s: error %T is not a *fs.PathError", p, err)
			}
			continue
		}
		if p == "/proc/self/status" {
			if len(got) == 0 {
				t.Errorf("%s: read nothing", p)
			}
			continue // its contents change between reads
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: read %d bytes, os.ReadFile reads %d", p, len(got), len(want))
		}
	}
}

func TestReadUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Log("running as root: permission bits do not apply; checking the error shape only")
	}
	p := filepath.Join(t.TempDir(), "secret.nix")
	if err := os.WriteFile(p, []byte("1"), 0o000); err != nil {
		t.Fatal(err)
	}
	_, err := Read(p)
	_, werr := os.ReadFile(p)
	if (err == nil) != (werr == nil) || (err != nil && err.Error() != werr.Error()) {
		t.Errorf("Read gives %v, os.ReadFile gives %v", err, werr)
	}
}

// Mode must agree with os.Stat on type and errors.
func TestModeAgreesWithOSStat(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.nix")
	if err := os.WriteFile(file, []byte("1"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "dirlink")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "dangling")
	if err := os.Symlink(filepath.Join(dir, "nowhere"), dangling); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{file, dir, link, dangling, filepath.Join(dir, "missing"), "/dev/null", file + "/x", file + "\x00", filepath.Join(dir, strings.Repeat("long/", 120))} {
		got, err := Mode(p)
		st, werr := os.Stat(p)
		if (err == nil) != (werr == nil) || (err != nil && err.Error() != werr.Error()) {
			t.Errorf("%s: error %v, os.Stat gives %v", p, err, werr)
			continue
		}
		if err == nil && got != st.Mode().Type() {
			t.Errorf("%s: mode %v, os.Stat gives %v", p, got, st.Mode().Type())
		}
	}
}
