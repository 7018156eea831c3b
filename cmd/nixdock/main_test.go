package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// bad is an image with every safe finding: no SSL_CERT_FILE, no created,
// no tag (self is bound, so all three have fixes).
const bad = `{ self, pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  config.Cmd = [ "${pkgs.hello}/bin/hello" ];
}
`

const clean = `{ self, pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  created = "now";
  config.Env = [ "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ];
}
`

type runResult struct {
	code           int
	stdout, stderr string
}

func nixdock(t *testing.T, dir string, stdin string, args ...string) runResult {
	t.Helper()
	if dir != "" {
		old, _ := os.Getwd()
		if err := os.Chdir(dir); err != nil {
			t.Fatal(err)
		}
		defer func() { _ = os.Chdir(old) }()
	}
	var out, errb bytes.Buffer
	code := run(args, &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb})
	return runResult{code: code, stdout: out.String(), stderr: errb.String()}
}

// tree writes files (path -> contents) under a new temporary directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, s := range files {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func oneLine(t *testing.T, r runResult, want string) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
	if r.code != exitUsage || len(lines) != 1 || !strings.Contains(lines[0], want) {
		t.Errorf("want exit 2 and one stderr line containing %q; got exit %d, stderr:\n%s", want, r.code, r.stderr)
	}
}

func TestExitCodes(t *testing.T) {
	dir := tree(t, map[string]string{"bad.nix": bad, "clean.nix": clean, "broken.nix": "{ a = ; }\n",
		"bin.nix": "\x00\x01\x02", "nixdock.toml": "select = [\"ND003\"]\nbogus = 1\n"})
	if r := nixdock(t, dir, "", "lint", "--no-config", "clean.nix"); r.code != 0 || !strings.Contains(r.stdout, "No problems found.") {
		t.Errorf("clean: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := nixdock(t, dir, "", "lint", "--no-config", "bad.nix"); r.code != 1 || !strings.Contains(r.stdout, "ND001") {
		t.Errorf("bad: exit %d\n%s", r.code, r.stdout)
	}
	if r := nixdock(t, dir, "", "lint", "--no-config", "--exit-zero", "bad.nix"); r.code != 0 {
		t.Errorf("--exit-zero: exit %d", r.code)
	}
	// ND002 is info: failing on warnings ignores it.
	if r := nixdock(t, dir, "", "lint", "--no-config", "--select", "ND002", "--fail-on", "warning", "bad.nix"); r.code != 0 || !strings.Contains(r.stdout, "ND002") {
		t.Errorf("--fail-on warning with an info finding: exit %d\n%s", r.code, r.stdout)
	}
	r := nixdock(t, dir, "", "lint", "--no-config", "broken.nix", "bin.nix", "clean.nix")
	if r.code != 1 || !strings.Contains(r.stdout, "broken.nix:1:7: ND000") || !strings.Contains(r.stdout, "bin.nix:1:1: ND000") {
		t.Errorf("broken and binary files are syntax findings: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	oneLine(t, nixdock(t, dir, "", "lint", "--bogus-flag"), "bogus-flag")
	oneLine(t, nixdock(t, dir, "", "lint", "--format", "xml", "bad.nix"), "xml")
	oneLine(t, nixdock(t, dir, "", "lint", "--select", "ND999", "bad.nix"), "ND999")
	oneLine(t, nixdock(t, dir, "", "lint", "bad.nix"), "nixdock.toml:2:1: unknown key \"bogus\"")
	oneLine(t, nixdock(t, dir, "", "explain", "nope"), "unknown rule")
	// An unreadable path is exit 2, and the other files are still linted.
	r = nixdock(t, dir, "", "lint", "--no-config", "missing.nix", "bad.nix")
	if r.code != exitUsage || !strings.Contains(r.stderr, "missing.nix") || !strings.Contains(r.stdout, "bad.nix:2:1: ND001") {
		t.Errorf("missing path: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestConfig(t *testing.T) {
	dir := tree(t, map[string]string{
		".git/HEAD":         "",
		"nixdock.toml":      "ignore = [\"ND001\"]\nexclude = [\"vendor\"]\nfail-on = \"error\"\n[rules.created-unset]\nseverity = \"error\"\ncreated = \"commit-date\"\n",
		"a/bad.nix":         bad,
		"vendor/x.nix":      bad,
		"sub/.nixdock.toml": "select = [\"ND003\"]\n",
		"sub/bad.nix":       bad,
	})
	r := nixdock(t, dir, "", "lint", "--format", "concise")
	got := r.stdout
	for _, want := range []string{
		"a/bad.nix:2:1: error: ", // ND002 made an error
		"[ND002]", "[ND003]", "sub/bad.nix:2:1: warning: image has no tag",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	for _, not := range []string{"[ND001]", "vendor/"} {
		if strings.Contains(got, not) {
			t.Errorf("unexpected %q in\n%s", not, got)
		}
	}
	if strings.Count(got, "sub/bad.nix") != 1 {
		t.Errorf("the nearer config must win in sub/:\n%s", got)
	}
	if r.code != 1 {
		t.Errorf("ND002 is an error under fail-on error: exit %d", r.code)
	}
	// The commit-date option changes ND002's fix.
	r = nixdock(t, dir, "", "lint", "--diff", "a/bad.nix")
	if !strings.Contains(r.stdout, "self.lastModifiedDate") {
		t.Errorf("commit-date option not applied:\n%s", r.stdout)
	}
	bads := map[string]string{
		"fail-on = \"fatal\"\n":                 "nixdock.toml:1:1: fail-on",
		"[rules.ND002]\ncreated = \"never\"\n":  "nixdock.toml:2:1: ",
		"[rules.ND002]\ncolour = \"red\"\n":     "nixdock.toml:2:1: ",
		"[rules.ND077]\nseverity = \"error\"\n": "unknown rule \"ND077\"",
		"select = [\"nope\"]\n":                 "nixdock.toml:1:11: select: unknown selector \"nope\"",
		"select = [":                            "nixdock.toml:1:",
	}
	for text, want := range bads {
		d := tree(t, map[string]string{".git/HEAD": "", "nixdock.toml": text, "x.nix": clean})
		oneLine(t, nixdock(t, d, "", "lint", "x.nix"), want)
	}
}

func TestSuppressions(t *testing.T) {
	src := `{ self, pkgs }:
# nixdock: ignore-file[ND002] dated elsewhere
# nixdock: ignore[untagged-image] tagged by CI
pkgs.dockerTools.buildImage { # nixdock: ignore[ND001, ND004] no TLS
  name = "app";
}
`
	dir := tree(t, map[string]string{"a.nix": src})
	r := nixdock(t, dir, "", "lint", "--format", "concise", "a.nix")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "a.nix:4:31: warning: unused suppression: ND004") {
		t.Fatalf("want only the unused ND004 entry reported, got:\n%s", r.stdout)
	}
	r = nixdock(t, dir, "", "lint", "--fix", "a.nix")
	fixed, _ := os.ReadFile(filepath.Join(dir, "a.nix"))
	if r.code != 0 || !strings.Contains(string(fixed), "# nixdock: ignore[ND001] no TLS") {
		t.Errorf("ND900's fix should drop ND004 only: exit %d\n%s", r.code, fixed)
	}
	// A suppression that is entirely unused goes, line and all.
	dir = tree(t, map[string]string{"b.nix": "# nixdock: ignore[ND003]\n" + clean})
	nixdock(t, dir, "", "lint", "--fix", "b.nix")
	if got, _ := os.ReadFile(filepath.Join(dir, "b.nix")); string(got) != clean {
		t.Errorf("unused suppression not removed:\n%s", got)
	}
}

var concise = regexp.MustCompile(`^[^:]+:\d+:\d+: (error|warning|info): .+ \[ND\d{3}\]$`)

func TestFormats(t *testing.T) {
	dir := tree(t, map[string]string{"bad.nix": bad})
	r := nixdock(t, dir, "", "lint", "--format", "concise", "bad.nix")
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if !concise.MatchString(l) {
			t.Errorf("concise line %q", l)
		}
	}
	r = nixdock(t, dir, "", "lint", "--format", "json", "bad.nix")
	var findings []struct {
		File, Code, Name, Group, Severity, Message string
		Range                                      struct {
			Start, End struct{ Line, Column, Offset int }
		}
		Fix *struct {
			Safety, Message string
			Edits           []struct{ Text string }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &findings); err != nil {
		t.Fatalf("json: %v\n%s", err, r.stdout)
	}
	if len(findings) != 3 || findings[0].Code != "ND001" || findings[0].Range.Start.Line != 2 || findings[0].Fix == nil || findings[0].Fix.Safety != "safe" || findings[0].Group != "core" {
		t.Errorf("json findings: %+v", findings)
	}
	r = nixdock(t, dir, "", "lint", "--format", "github", "bad.nix")
	if !strings.HasPrefix(r.stdout, "::warning file=bad.nix,line=2,col=1,endLine=2,endColumn=") || !strings.Contains(r.stdout, "::notice ") {
		t.Errorf("github:\n%s", r.stdout)
	}
	r = nixdock(t, dir, "", "lint", "--format", "text", "--color", "always", "bad.nix")
	if !strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("--color always printed no colour")
	}
	r = nixdock(t, dir, "", "lint", "--format", "text", "bad.nix")
	if strings.Contains(r.stdout, "\x1b[") || !strings.Contains(r.stdout, "help: ") || !strings.Contains(r.stdout, "3 fixable with --fix") {
		t.Errorf("text:\n%s", r.stdout)
	}
	out := filepath.Join(dir, "report.json")
	if r = nixdock(t, dir, "", "lint", "--format", "json", "--output", out, "bad.nix"); r.stdout != "" {
		t.Errorf("--output still wrote to stdout")
	}
	if b, _ := os.ReadFile(out); !bytes.Contains(b, []byte(`"code": "ND001"`)) {
		t.Errorf("--output file: %s", b)
	}
}

func TestDiffAppliesAndMatchesFix(t *testing.T) {
	git, err := exec.LookPath("git")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("git not found but CI is set")
		}
		t.Skip("git not found")
	}
	dir := tree(t, map[string]string{"a/bad.nix": bad, "b.nix": bad})
	r := nixdock(t, dir, "", "lint", "--diff", ".")
	if r.code != 1 || !strings.Contains(r.stdout, "--- a/a/bad.nix") {
		t.Fatalf("--diff: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "b.nix")); string(got) != bad {
		t.Fatalf("--diff wrote a file")
	}
	cmd := exec.Command(git, "apply", "-")
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(r.stdout)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git apply: %v\n%s", err, out)
	}
	viaDiff, _ := os.ReadFile(filepath.Join(dir, "b.nix"))
	fixDir := tree(t, map[string]string{"b.nix": bad})
	if r := nixdock(t, fixDir, "", "lint", "--fix", "b.nix"); r.code != 0 {
		t.Errorf("--fix left findings: exit %d\n%s", r.code, r.stdout)
	}
	viaFix, _ := os.ReadFile(filepath.Join(fixDir, "b.nix"))
	if string(viaDiff) != string(viaFix) {
		t.Errorf("git apply of --diff gives\n%s\n--fix gives\n%s", viaDiff, viaFix)
	}
}

func TestStdin(t *testing.T) {
	dir := tree(t, map[string]string{".git/HEAD": "", "nixdock.toml": "select = [\"ND002\"]\n"})
	r := nixdock(t, dir, bad, "lint", "--stdin", "--stdin-filename", "x.nix", "--fix")
	want := strings.Replace(bad, "  config.Cmd", "  created = \"now\";\n  config.Cmd", 1)
	if strings.Contains(r.stdout, "ND00") || !strings.Contains(r.stdout, `created = "now";`) {
		t.Errorf("stdout must be the fixed buffer only:\n%s\nwant like\n%s", r.stdout, want)
	}
	r = nixdock(t, dir, bad, "lint", "--stdin", "--stdin-filename", "sub/x.nix", "--format", "concise")
	if !strings.HasPrefix(r.stdout, "sub/x.nix:2:1: info:") || strings.Contains(r.stdout, "ND001") {
		t.Errorf("stdin with config of its name:\n%s", r.stdout)
	}
}

func TestDeterministicAcrossJobs(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < 30; i++ {
		files[filepath.Join(string(rune('a'+i%5)), strings.Repeat("f", i%7+1)+".nix")] = bad
	}
	dir := tree(t, files)
	one := nixdock(t, dir, "", "lint", "-j", "1", "--format", "json")
	many := nixdock(t, dir, "", "lint", "-j", "8", "--format", "json")
	if one.stdout != many.stdout || one.stdout == "" {
		t.Errorf("-j 1 and -j 8 differ")
	}
}

func TestGitignore(t *testing.T) {
	dir := tree(t, map[string]string{
		".git/HEAD": "", ".gitignore": "gen/\n*.skip.nix\n", "gen/a.nix": bad, "b.skip.nix": bad,
		"sub/.gitignore": "!keep.skip.nix\n", "sub/keep.skip.nix": bad, "sub/.ignore": "other.nix\n", "sub/other.nix": bad,
		"ok.nix": bad, ".git/info/exclude": "local.nix\n", "local.nix": bad,
	})
	r := nixdock(t, dir, "", "lint", "--format", "concise", "--select", "ND003")
	got := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		got[strings.SplitN(l, ":", 2)[0]] = true
	}
	if !got["ok.nix"] || !got["sub/keep.skip.nix"] || len(got) != 2 {
		t.Errorf("linted %v, want ok.nix and sub/keep.skip.nix", got)
	}
	// A file named explicitly is linted even when ignored.
	if r := nixdock(t, dir, "", "lint", "gen/a.nix"); !strings.Contains(r.stdout, "gen/a.nix") {
		t.Errorf("explicit ignored file not linted")
	}
}

func TestParseCommand(t *testing.T) {
	dir := tree(t, map[string]string{"ok.nix": "{ a = 1; }\n", "undef.nix": "x\n", "dup.nix": "{ a = 1; a = 2; }\n"})
	if r := nixdock(t, dir, "", "parse", "ok.nix"); r.code != 0 {
		t.Errorf("ok: %d %s", r.code, r.stderr)
	}
	r := nixdock(t, dir, "", "parse", "ok.nix", "undef.nix", "dup.nix")
	if r.code != 1 || !strings.Contains(r.stderr, "undef.nix:1:1: undefined variable 'x'") || !strings.Contains(r.stderr, "dup.nix:1:10: attribute 'a' already defined") {
		t.Errorf("parse errors: %d\n%s", r.code, r.stderr)
	}
	// Paths are kept as given, and "--" ends the flags.
	r = nixdock(t, dir, "", "parse", "--", "ok.nix", "-dash.nix")
	if r.code != 2 || !strings.Contains(r.stderr, "nixdock: -dash.nix: no such file") {
		t.Errorf("parse -- -dash.nix: %d\n%s", r.code, r.stderr)
	}
	if r := nixdock(t, dir, "", "parse", "--dump", "ok.nix"); r.code != 0 || !strings.Contains(r.stdout, "AttrSet") {
		t.Errorf("dump: %s", r.stdout)
	}
}

func TestRulesAndExplain(t *testing.T) {
	r := nixdock(t, "", "", "rules")
	for _, want := range []string{"ND001", "missing-ssl-cert-env", "ND900", "unused-suppression"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("rules lacks %s", want)
		}
	}
	r = nixdock(t, "", "", "explain", "untagged-image")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "# ND003 untagged-image") {
		t.Errorf("explain: %d\n%s", r.code, r.stdout)
	}
	if r := nixdock(t, "", "", "version"); !strings.HasPrefix(r.stdout, "nixdock ") {
		t.Errorf("version: %q", r.stdout)
	}
}

// Many more files than are in flight at once: the report keeps the order
// of the arguments, whichever file finishes first.
func TestParseCommandKeepsOrder(t *testing.T) {
	files := map[string]string{}
	var args []string
	var want strings.Builder
	// More files than the ring has slots for two workers, so that slots
	// are reused.
	n := 2*ringPerJob*2 + 7
	for i := range n {
		name := fmt.Sprintf("f%03d.nix", n-1-i)
		// Files of very different sizes finish out of order.
		files[name] = strings.Repeat("{ a = 1; }.a + ", (i%7)*200) + fmt.Sprintf("v%d\n", i)
		args = append(args, name)
		fmt.Fprintf(&want, "%s:1:%d: undefined variable 'v%d'\n", name, (i%7)*200*len("{ a = 1; }.a + ")+1, i)
	}
	dir := tree(t, files)
	for _, jobs := range []string{"1", "2", "5"} {
		r := nixdock(t, dir, "", append([]string{"parse", "-j", jobs}, args...)...)
		if r.code != 1 || r.stderr != want.String() {
			t.Errorf("-j %s: exit %d, stderr:\n%s\nwant:\n%s", jobs, r.code, r.stderr, want.String())
		}
	}
	// With --dump the ring is narrow.
	for _, jobs := range []string{"1", "3"} {
		r := nixdock(t, dir, "", append([]string{"parse", "--dump", "-j", jobs}, args...)...)
		if r.code != 1 || r.stderr != want.String() {
			t.Errorf("-j %s: exit %d, stderr:\n%s\nwant:\n%s", jobs, r.code, r.stderr, want.String())
		}
	}
}

// Named files are linted by the workers themselves and directories by the
// search: a file named twice, or named and also inside a named directory,
// is reported once, a missing path is an error while the rest are still
// linted, and the report is in path order under every -j.
func TestLintNamedFilesAndDirectories(t *testing.T) {
	bad := "{ pkgs, ... }: pkgs.dockerTools.buildImage { name = \"x\"; tag = \"1\"; created = \"now\"; contents = [ ]; }\n"
	dir := tree(t, map[string]string{
		"a.nix":     bad,
		"sub/b.nix": bad,
		"sub/c.nix": bad,
		"z.nix":     bad,
	})
	args := []string{"lint", "--no-config", "--format", "concise", "--select", "ND103",
		"z.nix", "sub/b.nix", "./z.nix", "missing.nix", "sub", "a.nix", "sub//c.nix"}
	want := "a.nix:1:"
	for _, jobs := range []string{"1", "2", "4"} {
		r := nixdock(t, dir, "", append(args, "-j", jobs)...)
		var files []string
		for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			files = append(files, strings.SplitN(l, ":", 2)[0])
		}
		if r.code != 2 || !strings.HasPrefix(r.stdout, want) ||
			strings.Join(files, " ") != "a.nix sub/b.nix sub/c.nix z.nix" ||
			strings.TrimSpace(r.stderr) != "nixdock: stat missing.nix: no such file or directory" {
			t.Errorf("-j %s: exit %d\nstdout:\n%s\nstderr:\n%s", jobs, r.code, r.stdout, r.stderr)
		}
	}
}
