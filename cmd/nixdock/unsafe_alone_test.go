package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --unsafe-fixes without --fix or --diff reports, with the unsafe fixes
// listed as available, and leaves the file as it was.
func TestLintUnsafeFixesAloneWritesNothing(t *testing.T) {
	src := "{ pkgs }:\npkgs.dockerTools.buildLayeredImage {\n  name = \"app\";\n  tag = \"1\";\n  created = \"2024-01-01T00:00:00Z\";\n  mtime = \"now\";\n}\n"
	dir := tree(t, map[string]string{"app.nix": src})
	r := nixdock(t, dir, "", "lint", "--no-config", "--select", "ND203", "--unsafe-fixes", "--format", "json", "app.nix")
	if r.code != exitFindings {
		t.Errorf("exit %d, want %d\n%s%s", r.code, exitFindings, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, `"ND203"`) || !strings.Contains(r.stdout, `"unsafe"`) {
		t.Errorf("the report does not list ND203 with its unsafe fix:\n%s", r.stdout)
	}
	got, err := os.ReadFile(filepath.Join(dir, "app.nix"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != src {
		t.Errorf("--unsafe-fixes alone changed the file:\n%s", got)
	}
}
