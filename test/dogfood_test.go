package test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/internal/config"
)

// dogfoodLint is how the repository lints its own Nix files, here and in
// the flake's lint check: every rule runs unless a config says otherwise.
var dogfoodLint = []string{"nixdock", "lint", "--select", "ALL", "--format", "concise"}

// lintArgs is dogfoodLint as arguments of the binary.
func lintArgs(extra ...string) []string {
	return append(append([]string(nil), dogfoodLint[1:]...), extra...)
}

// TestDogfood lints the repository's own Nix files (flake.nix,
// default.nix) and the whole tree, whose nixdock.toml only keeps out the
// examples and test cases, and expects nothing to report.
func TestDogfood(t *testing.T) {
	files := ownNixFiles(t)
	if len(files) < 2 || files[0] != "default.nix" || files[1] != "flake.nix" {
		t.Fatalf("own Nix files: %v", files)
	}
	if out, code := run(t, root, "", binary, lintArgs(append([]string{"--no-config"}, files...)...)...); code != 0 || out != "" {
		t.Errorf("%s --no-config %s: exit %d\n%s", strings.Join(dogfoodLint, " "), strings.Join(files, " "), code, out)
	}
	if out, code := run(t, root, "", binary, lintArgs(".")...); code != 0 || out != "" {
		t.Errorf("%s . at the root: exit %d\n%s", strings.Join(dogfoodLint, " "), code, out)
	}
	// The config may only exclude: it must not turn rules off.
	cfg, err := config.Load(filepath.Join(root, "nixdock.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Rules.Select) != 0 || len(cfg.Rules.Ignore) != 0 || cfg.HasFail || len(cfg.Exclude) == 0 {
		t.Errorf("nixdock.toml should only exclude: %+v", cfg)
	}
	for _, f := range files {
		if cfg.Excluded(filepath.Join(root, f)) {
			t.Errorf("nixdock.toml excludes %s", f)
		}
	}
	// The README's first command still lints the examples.
	if out, code := run(t, root, "", binary, lintArgs("examples/")...); code != 1 || !strings.Contains(out, "examples/flake.nix:") {
		t.Errorf("nixdock lint examples/: exit %d\n%s", code, out)
	}
}

// TestDogfoodSeesTheImage shows that the clean result above is earned:
// the same lint, on flake.nix with one of the image's settings taken out,
// reports the rule that setting satisfies.
func TestDogfoodSeesTheImage(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(root, "flake.nix"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		code    string
		markers []string
	}{
		{"ND001", []string{"contents = [ pkgs.dockerTools.caCertificates", "Env = [ \"SSL_CERT_FILE="}},
		{"ND002", []string{"inherit created;"}},
		{"ND003", []string{"tag = version;"}},
	} {
		t.Run(tc.code, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "flake.nix")
			if err := os.WriteFile(p, dropLines(t, src, tc.markers...), 0o644); err != nil {
				t.Fatal(err)
			}
			out, code := run(t, dir, "", binary, lintArgs("--no-config", "flake.nix")...)
			if code != 1 || !strings.Contains(out, "["+tc.code+"]") {
				t.Errorf("without %q: exit %d, want %s\n%s", tc.markers, code, tc.code, out)
			}
		})
	}
}
