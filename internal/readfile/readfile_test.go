package readfile

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
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
		dir, // a directory
		"/proc/self/status",
	}
	if err := os.Symlink("big.nix", filepath.Join(dir, "link.nix")); err != nil {
		t.Fatal(err)
	}
	paths = append(paths, filepath.Join(dir, "link.nix"))
	for _, p := range paths {
		got, err := Read(p)
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
