package test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/nixdock/nixdock/internal/nixtest"
)

// cleanImage is an image nixdock has nothing to say about.
const cleanImage = `{ self, pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  tag = "1.0";
  created = "now";
  config.Env = [ "SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt" ];
}
`

// snippet is one fenced block of a Markdown page: ```lang tag.
type snippet struct {
	lang, tag, body string
	line            int
}

func (s snippet) String() string { return fmt.Sprintf("line %d (```%s %s)", s.line, s.lang, s.tag) }

func snippets(t *testing.T, page string) []snippet {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(root, page))
	if err != nil {
		t.Fatal(err)
	}
	var out []snippet
	var cur *snippet
	var body []string
	for i, l := range strings.Split(string(src), "\n") {
		switch {
		case cur == nil && strings.HasPrefix(l, "```"):
			info := strings.Fields(strings.TrimPrefix(l, "```"))
			cur = &snippet{line: i + 1}
			if len(info) > 0 {
				cur.lang = info[0]
			}
			if len(info) > 1 {
				cur.tag = info[1]
			}
			body = nil
		case cur != nil && l == "```":
			cur.body = strings.Join(body, "\n") + "\n"
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			body = append(body, l)
		}
	}
	if cur != nil {
		t.Fatalf("%s: unclosed block at line %d", page, cur.line)
	}
	return out
}

// TestIntegrationSnippets checks every block of docs/integrations.md: Nix
// parses under Nix and lints clean, shell parses under bash, YAML parses
// and its nixdock commands do what the page says.
func TestIntegrationSnippets(t *testing.T) {
	count := map[string]int{}
	for _, s := range snippets(t, "docs/integrations.md") {
		count[s.lang]++
		t.Run(fmt.Sprintf("%s_%d", s.lang, s.line), func(t *testing.T) {
			switch s.lang {
			case "nix":
				checkNixSnippet(t, s)
			case "sh":
				cmd := exec.Command("bash", "-n")
				cmd.Stdin = strings.NewReader(s.body)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Errorf("%s: bash -n: %v\n%s", s, err, out)
				}
			case "yaml":
				checkYAMLSnippet(t, s)
			default:
				t.Errorf("%s: no test knows how to check a %q block", s, s.lang)
			}
		})
	}
	// A page that lost its blocks, or a parser that found none, is no pass.
	for lang, n := range map[string]int{"nix": 4, "yaml": 4, "sh": 1} {
		if count[lang] < n {
			t.Errorf("%d %s blocks, want at least %d", count[lang], lang, n)
		}
	}
}

func checkNixSnippet(t *testing.T, s snippet) {
	t.Helper()
	if r := nixtest.ParseSource(t, []byte(s.body)); !r.OK {
		t.Errorf("%s does not parse under Nix:\n%s", s, r.Stderr)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "flake.nix"), []byte(s.body), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, code := run(t, dir, "", binary, lintArgs("--no-config", "flake.nix")...); code != 0 || out != "" {
		t.Errorf("%s: nixdock reports (exit %d):\n%s", s, code, out)
	}
}

func checkYAMLSnippet(t *testing.T, s snippet) {
	t.Helper()
	var doc map[string]any
	if err := yaml.Unmarshal([]byte(s.body), &doc); err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	switch {
	case doc["repos"] != nil:
		checkPreCommitConfig(t, s, doc)
	case doc["jobs"] != nil:
		checkWorkflow(t, s, doc)
	default:
		checkGitLabCI(t, s, doc)
	}
}

// get walks a parsed YAML document: keys for maps, ints for lists.
func get(t *testing.T, s snippet, v any, path ...any) any {
	t.Helper()
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok || m[k] == nil {
				t.Fatalf("%s: no %q in %v", s, k, v)
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k >= len(l) {
				t.Fatalf("%s: no item %d in %v", s, k, v)
			}
			v = l[k]
		}
	}
	return v
}

func checkPreCommitConfig(t *testing.T, s snippet, doc map[string]any) {
	manifest, err := os.ReadFile(filepath.Join(root, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct{ ID string }
	if err := yaml.Unmarshal(manifest, &hooks); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range hooks {
		ids = append(ids, h.ID)
	}
	repo := get(t, s, doc, "repos", 0)
	if get(t, s, repo, "repo") != "https://github.com/nixdock/nixdock" {
		t.Errorf("%s: repo %v", s, get(t, s, repo, "repo"))
	}
	get(t, s, repo, "rev")
	used := get(t, s, repo, "hooks").([]any)
	for i := range used {
		if id := get(t, s, used[i], "id"); !slices.Contains(ids, id.(string)) {
			t.Errorf("%s: hook %v is not in .pre-commit-hooks.yaml (%v)", s, id, ids)
		}
	}
}

func checkWorkflow(t *testing.T, s snippet, doc map[string]any) {
	get(t, s, doc, "on")
	jobs := get(t, s, doc, "jobs").(map[string]any)
	if len(jobs) == 0 {
		t.Fatalf("%s: no jobs", s)
	}
	for name, job := range jobs {
		if get(t, s, job, "runs-on") != "ubuntu-latest" {
			t.Errorf("%s: job %s runs on %v", s, name, get(t, s, job, "runs-on"))
		}
		var uses []string
		ran := false
		for _, step := range get(t, s, job, "steps").([]any) {
			m := step.(map[string]any)
			if u, ok := m["uses"].(string); ok {
				uses = append(uses, u)
			}
			cmd, ok := m["run"].(string)
			if !ok {
				continue
			}
			outputs := runNixdockCommand(t, s, cmd)
			ran = true
			if slices.Contains(outputs["format"], "github") && !strings.Contains(outputs["stdout"][0], "::warning file=bad.nix,") {
				t.Errorf("%s: --format github printed no annotation:\n%s", s, outputs["stdout"][0])
			}
			if slices.Contains(outputs["format"], "sarif") {
				// The upload step reads the file the lint step wrote.
				var upload map[string]any
				for _, st := range get(t, s, job, "steps").([]any) {
					if u, _ := st.(map[string]any)["uses"].(string); strings.HasPrefix(u, "github/codeql-action/upload-sarif@") {
						upload = st.(map[string]any)
					}
				}
				if upload == nil {
					t.Fatalf("%s: SARIF is written but not uploaded", s)
				}
				if got := get(t, s, upload, "with", "sarif_file"); got != outputs["output"][0] {
					t.Errorf("%s: uploads %v, the lint step writes %s", s, got, outputs["output"][0])
				}
				if get(t, s, job, "permissions", "security-events") != "write" {
					t.Errorf("%s: uploading SARIF needs security-events: write", s)
				}
				var sarif struct {
					Runs []struct{ Results []any }
				}
				if err := json.Unmarshal([]byte(outputs["file"][0]), &sarif); err != nil || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) == 0 {
					t.Errorf("%s: the SARIF file holds no results (%v):\n%s", s, err, outputs["file"][0])
				}
			}
		}
		if !ran {
			t.Errorf("%s: job %s runs no nixdock", s, name)
		}
		if !slices.Contains(uses, "actions/checkout@v4") || !slices.Contains(uses, "cachix/install-nix-action@v31") {
			t.Errorf("%s: job %s uses %v, want checkout and install-nix-action", s, name, uses)
		}
	}
}

func checkGitLabCI(t *testing.T, s snippet, doc map[string]any) {
	if len(doc) != 1 {
		t.Fatalf("%s: want one job, got %v", s, doc)
	}
	for _, job := range doc {
		script := get(t, s, job, "script").([]any)
		if len(script) != 1 {
			t.Fatalf("%s: script %v", s, script)
		}
		outputs := runNixdockCommand(t, s, script[0].(string))
		if !slices.Contains(outputs["format"], "gitlab") {
			t.Fatalf("%s: not --format gitlab", s)
		}
		if got := get(t, s, job, "artifacts", "reports", "codequality"); got != outputs["output"][0] {
			t.Errorf("%s: the code quality report is %v, the lint step writes %s", s, got, outputs["output"][0])
		}
		var issues []struct {
			CheckName   string `json:"check_name"`
			Fingerprint string `json:"fingerprint"`
			Severity    string `json:"severity"`
			Location    struct {
				Path  string `json:"path"`
				Lines struct{ Begin int }
			} `json:"location"`
		}
		if err := json.Unmarshal([]byte(outputs["file"][0]), &issues); err != nil || len(issues) == 0 {
			t.Fatalf("%s: report (%v):\n%s", s, err, outputs["file"][0])
		}
		for _, is := range issues {
			if is.Fingerprint == "" || is.Location.Path != "bad.nix" || is.Location.Lines.Begin < 1 || is.Severity == "" || is.CheckName == "" {
				t.Errorf("%s: issue %+v", s, is)
			}
		}
	}
}

// runNixdockCommand runs the nixdock command of a CI step, given as
// `nix ... run github:nixdock/nixdock -- ARGS`, with ARGS handed to the
// binary under test, in a directory holding a bad and a clean file. It
// checks the exit code (1 for the findings, 0 with --exit-zero) and
// returns what the run produced.
func runNixdockCommand(t *testing.T, s snippet, cmd string) map[string][]string {
	t.Helper()
	_, rest, ok := strings.Cut(cmd, " run github:nixdock/nixdock -- ")
	if !ok || !strings.HasPrefix(cmd, "nix ") {
		t.Fatalf("%s: step %q does not run nixdock from its flake", s, cmd)
	}
	args := strings.Fields(rest)
	dir := tree(t, map[string]string{"bad.nix": bad, "clean.nix": cleanImage})
	out, code := run(t, dir, "", binary, args...)
	want := 1
	if slices.Contains(args, "--exit-zero") {
		want = 0
	}
	if code != want {
		t.Errorf("%s: nixdock %s: exit %d, want %d\n%s", s, rest, code, want, out)
	}
	res := map[string][]string{"stdout": {out}}
	for i, a := range args {
		if i+1 < len(args) && (a == "--format" || a == "--output") {
			res[strings.TrimPrefix(a, "--")] = []string{args[i+1]}
		}
	}
	if o := res["output"]; o != nil {
		b, err := os.ReadFile(filepath.Join(dir, o[0]))
		if err != nil || len(b) == 0 {
			t.Fatalf("%s: --output %s: %v", s, o[0], err)
		}
		res["file"] = []string{string(b)}
	}
	return res
}

// tree writes files under a new temporary directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// stubNixdock is the store path the stub nixdock flake input gives.
const stubNixdock = "/nix/store/00000000000000000000000000000000-nixdock"

// evalSnippetFlake evaluates a flake snippet's outputs with the stub
// nixpkgs, a stub nixdock input and a stub git-hooks.nix whose run returns
// its arguments; project is a Nix function of the outputs giving what to
// print.
func evalSnippetFlake(t *testing.T, s snippet, self, project string) []byte {
	t.Helper()
	p := filepath.Join(t.TempDir(), "flake.nix")
	if err := os.WriteFile(p, []byte(s.body), 0o644); err != nil {
		t.Fatal(err)
	}
	expr := fmt.Sprintf(`
let
  nixpkgs = import %s;
  inherit (nixpkgs) lib;
  systems = builtins.attrNames nixpkgs.legacyPackages;
  inputs = {
    self = out // { outPath = %s; };
    inherit nixpkgs;
    nixdock.packages = lib.genAttrs systems (_: { default = { type = "derivation"; name = "nixdock"; outPath = %q; }; });
    git-hooks.lib = lib.genAttrs systems (_: { run = args: { inherit args; shellHook = "stub-git-hooks-shell-hook"; }; });
  };
  flake = import %s;
  out = flake.outputs (builtins.intersectAttrs (builtins.functionArgs flake.outputs) inputs);
in (%s) out`, nixString(filepath.Join(root, "test", "testdata", "stub-nixpkgs.nix")), nixString(self), stubNixdock, nixString(p), project)
	r := nixtest.EvalJSON(t, expr)
	if !r.OK {
		t.Fatalf("%s: evaluating with stub inputs: %s", s, r.Stderr)
	}
	return []byte(r.Stdout)
}

func taggedSnippet(t *testing.T, tag string) snippet {
	t.Helper()
	for _, s := range snippets(t, "docs/integrations.md") {
		if s.tag == tag {
			return s
		}
	}
	t.Fatalf("docs/integrations.md has no ```nix %s block", tag)
	return snippet{}
}

// TestGitHooksSnippet evaluates the git-hooks.nix flake of the page and
// runs its hook's entry, as pre-commit would, on a bad and a clean file.
func TestGitHooksSnippet(t *testing.T) {
	s := taggedSnippet(t, "git-hooks")
	var got struct {
		Hook struct {
			Enable bool   `json:"enable"`
			Name   string `json:"name"`
			Entry  string `json:"entry"`
			Files  string `json:"files"`
		} `json:"hook"`
		ShellHook string `json:"shellHook"`
	}
	out := evalSnippetFlake(t, s, "/src", `out: {
  hook = out.checks.x86_64-linux.git-hooks.args.hooks.nixdock;
  shellHook = out.devShells.x86_64-linux.default.args.shellHook;
}`)
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if !got.Hook.Enable || got.Hook.Name != "nixdock" || got.ShellHook != "stub-git-hooks-shell-hook" {
		t.Errorf("hook %+v, dev shell hook %q", got.Hook, got.ShellHook)
	}
	files := regexp.MustCompile(got.Hook.Files)
	if !files.MatchString("nix/image.nix") || files.MatchString("README.md") || files.MatchString("a.nix.orig") {
		t.Errorf("files = %q does not pick out .nix files", got.Hook.Files)
	}
	entry, ok := strings.CutPrefix(got.Hook.Entry, stubNixdock+"/bin/nixdock ")
	if !ok {
		t.Fatalf("entry %q does not run the nixdock input", got.Hook.Entry)
	}
	dir := tree(t, map[string]string{"bad.nix": bad, "clean.nix": cleanImage})
	args := strings.Fields(entry)
	if out, code := run(t, dir, "", binary, append(args, "bad.nix", "clean.nix")...); code != 1 || !strings.Contains(out, "bad.nix:2:1: ") {
		t.Errorf("the hook on a bad file: exit %d\n%s", code, out)
	}
	if out, code := run(t, dir, "", binary, append(args, "clean.nix")...); code != 0 || out != "" {
		t.Errorf("the hook on a clean file: exit %d\n%s", code, out)
	}
}

// TestChecksSnippet evaluates the check derivation of the page and runs
// its script, as the Nix build would, over a bad and a clean tree.
func TestChecksSnippet(t *testing.T) {
	s := taggedSnippet(t, "checks")
	for _, tc := range []struct {
		name  string
		files map[string]string
		ok    bool
	}{
		{"bad", map[string]string{"bad.nix": bad, "clean.nix": cleanImage}, false},
		{"clean", map[string]string{"clean.nix": cleanImage}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := tree(t, tc.files)
			out := evalSnippetFlake(t, s, src, `out: out.checks.x86_64-linux.nixdock.args`)
			check := decode[runCommandArgs](t, drv{Builder: "runCommand", Args: out}, "runCommand")
			if check.Name != "nixdock-lint" || !reflect.DeepEqual(check.Env.NativeBuildInputs, []string{stubNixdock}) {
				t.Errorf("check %+v", check)
			}
			// The stub nixdock's bin directory is the binary under test.
			bin := filepath.Join(t.TempDir(), "bin")
			if err := os.MkdirAll(bin, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(binary, filepath.Join(bin, "nixdock")); err != nil {
				t.Fatal(err)
			}
			outFile := filepath.Join(t.TempDir(), "out")
			cmd := exec.Command("bash", "-euo", "pipefail", "-c", check.Script)
			cmd.Dir = t.TempDir()
			cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "out="+outFile)
			b, err := cmd.CombinedOutput()
			_, statErr := os.Stat(outFile)
			if tc.ok && (err != nil || statErr != nil) {
				t.Errorf("the check fails on a clean tree: %v\n%s", err, b)
			}
			if !tc.ok && (err == nil || statErr == nil || !strings.Contains(string(b), "bad.nix:2:1: ")) {
				t.Errorf("the check passes a bad tree: %v\n%s", err, b)
			}
		})
	}
}
