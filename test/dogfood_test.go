package test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dogfoodLint is how the repository lints its own Nix files, here and in
// the flake's lint check. Every rule runs unless a config says otherwise,
// and --no-config keeps any config out.
var dogfoodLint = []string{"lint", "--no-config", "--format", "concise"}

// TestDogfood lints the repository's own Nix files (flake.nix,
// default.nix) and expects nothing to report; the flake's lint check
// must cover each of them.
func TestDogfood(t *testing.T) {
	files := ownNixFiles(t)
	if len(files) < 2 {
		t.Fatalf("own Nix files: %v", files)
	}
	out, code := run(t, root, "", binary, append(dogfoodLint, files...)...)
	if code != 0 || out != "" {
		t.Errorf("nixdock %s %s: exit %d\n%s", strings.Join(dogfoodLint, " "), strings.Join(files, " "), code, out)
	}
	f := evalFlake(t, cleanSelf("/src"))
	script := decode[runCommandArgs](t, f.Checks["x86_64-linux"]["lint"], "runCommand").Script
	for _, name := range files {
		if !strings.Contains(script, " "+name) {
			t.Errorf("the flake's lint check does not lint %s:\n%s", name, script)
		}
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
			out, code := run(t, dir, "", binary, append(dogfoodLint, "flake.nix")...)
			if code != 1 || !strings.Contains(out, "["+tc.code+"]") {
				t.Errorf("without %q: exit %d, want %s\n%s", tc.markers, code, tc.code, out)
			}
		})
	}
}
