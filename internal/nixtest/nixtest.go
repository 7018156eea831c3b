// Package nixtest runs Nix itself as the oracle in tests.
//
// Tests that need nix-instantiate call Require: on a machine without Nix
// the test is skipped with a clear message, but when the CI environment
// variable is set a missing Nix fails the test instead, so CI can never go
// green by skipping the oracle.
package nixtest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Require returns the path of nix-instantiate, or ends the test.
func Require(tb testing.TB) string {
	tb.Helper()
	p, err := exec.LookPath("nix-instantiate")
	if err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		tb.Fatalf("nix-instantiate not found but CI is set: install Debian's nix-bin")
	}
	tb.Skip("nix-instantiate not found: install Debian's nix-bin to run the Nix parity tests")
	return ""
}

// Result is what nix-instantiate printed and whether it succeeded.
type Result struct {
	OK     bool
	Stdout string
	Stderr string
}

// env keeps Nix from touching the user's store, profile or network.
func env(tb testing.TB) []string {
	home := tb.TempDir()
	return append(os.Environ(),
		"HOME="+home,
		"NIX_PATH=nixpkgs="+home,
		"XDG_CACHE_HOME="+filepath.Join(home, "cache"),
		"NIX_CONF_DIR="+home,
	)
}

// Run runs nix-instantiate with args.
func Run(tb testing.TB, args ...string) Result {
	tb.Helper()
	bin := Require(tb)
	cmd := exec.Command(bin, args...)
	cmd.Env = env(tb)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			tb.Fatalf("running nix-instantiate: %v", err)
		}
	}
	return Result{OK: err == nil, Stdout: out.String(), Stderr: errb.String()}
}

// Nix runs the nix command (nix-bin 2.8 ships it beside nix-instantiate)
// with the experimental nix-command enabled, in the same sealed
// environment as Run.
func Nix(tb testing.TB, args ...string) Result {
	tb.Helper()
	bin := filepath.Join(filepath.Dir(Require(tb)), "nix")
	cmd := exec.Command(bin, append([]string{"--extra-experimental-features", "nix-command"}, args...)...)
	cmd.Env = env(tb)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			tb.Fatalf("running nix: %v", err)
		}
	}
	return Result{OK: err == nil, Stdout: out.String(), Stderr: errb.String()}
}

// ParseFile runs nix-instantiate --parse on a file.
func ParseFile(tb testing.TB, path string) Result {
	tb.Helper()
	return Run(tb, "--parse", path)
}

// ParseSource writes src to a temporary file (named name, default
// "default.nix") and parses it with Nix.
func ParseSource(tb testing.TB, src []byte) Result {
	tb.Helper()
	dir := tb.TempDir()
	p := filepath.Join(dir, "default.nix")
	if err := os.WriteFile(p, src, 0o644); err != nil {
		tb.Fatal(err)
	}
	return ParseFile(tb, p)
}

// EvalJSON evaluates expr strictly and returns its JSON form.
func EvalJSON(tb testing.TB, expr string) Result {
	tb.Helper()
	r := Run(tb, "--eval", "--strict", "--json", "-E", expr)
	r.Stdout = strings.TrimSpace(r.Stdout)
	return r
}

// RuleCases returns the text of every .nix file of the rules' golden cases
// (testdata/rules/CODE/CASE/*.nix), for tests elsewhere that want real,
// varied input; root is the path of the repository root from the test's
// package. It ends the test if there are suspiciously few.
func RuleCases(tb testing.TB, root string) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(root, "testdata", "rules", "*", "*", "*.nix"))
	if err != nil || len(files) < 20 {
		tb.Fatalf("rule test files: %v, %d found", err, len(files))
	}
	out := make([]string, 0, len(files))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}
