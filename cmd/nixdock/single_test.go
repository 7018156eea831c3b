package main

import (
	"os"
	"path/filepath"
	"testing"
)

// A run naming one regular file lints it without the search; it must say
// exactly what the search would: a second, unreadable path sends the same
// file through the search and its workers.
func TestOneFileAsTheSearchWould(t *testing.T) {
	dir := tree(t, map[string]string{"bad.nix": bad, "sub/x.nix": clean})
	for _, args := range [][]string{
		{"--format", "json"}, {"--format", "concise"}, {"--diff"}, {"--format", "sarif"}, {},
	} {
		one := nixdock(t, dir, "", append(append([]string{"lint"}, args...), "./bad.nix")...)
		both := nixdock(t, dir, "", append(append([]string{"lint"}, args...), "./bad.nix", "missing.nix")...)
		if one.stdout != both.stdout {
			t.Errorf("%v: one file gives\n%s\nthe search gives\n%s", args, one.stdout, both.stdout)
		}
		if one.code != exitFindings || both.code != exitUsage {
			t.Errorf("%v: exit codes %d and %d", args, one.code, both.code)
		}
	}
	// Unreadable: the same message either way.
	p := filepath.Join(dir, "locked.nix")
	if err := os.WriteFile(p, []byte(bad), 0); err != nil {
		t.Fatal(err)
	}
	if os.Getuid() != 0 {
		one := nixdock(t, dir, "", "lint", "locked.nix")
		both := nixdock(t, dir, "", "lint", "locked.nix", "sub")
		if one.stderr != both.stderr || one.code != exitUsage {
			t.Errorf("unreadable file: %q (exit %d) and %q", one.stderr, one.code, both.stderr)
		}
	}
}
