package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A file Nix rejects only for an undefined variable is still linted, but
// --fix changes nothing in it; suppressions still apply, and no ND900 is
// reported for it.
func TestLintFixLeavesRejectedFileAlone(t *testing.T) {
	src := "{ pkgs }:\n# nixdock: ignore[ND003, ND002]\npkgs.dockerTools.buildImage {\n  name = nope;\n}\n"
	dir := tree(t, map[string]string{"undef.nix": src})
	r := nixdock(t, dir, "", "lint", "--no-config", "--fix", "--unsafe-fixes", "--format", "concise", "undef.nix")
	if r.code != exitFindings {
		t.Errorf("exit %d, want %d\n%s%s", r.code, exitFindings, r.stdout, r.stderr)
	}
	for _, want := range []string{"ND000", "undefined variable 'nope'", "ND001"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	for _, unwanted := range []string{"ND002", "ND003", "ND900"} {
		if strings.Contains(r.stdout, unwanted) {
			t.Errorf("output has %s:\n%s", unwanted, r.stdout)
		}
	}
	got, err := os.ReadFile(filepath.Join(dir, "undef.nix"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != src {
		t.Errorf("--fix changed a file Nix rejects:\n%s", got)
	}
	if r := nixdock(t, dir, "", "lint", "--no-config", "--diff", "undef.nix"); r.stdout != "" {
		t.Errorf("--diff shows a change for a file Nix rejects:\n%s", r.stdout)
	}
}
