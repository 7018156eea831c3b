// Package test drives the built nixdock binary through the tools people
// use it from: pre-commit and Neovim.
package test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/creachadair/jrpc2"
	"github.com/creachadair/jrpc2/channel"
)

var (
	binary string // the nixdock built for this run
	root   string // the checkout
)

func TestMain(m *testing.M) {
	_, file, _, _ := runtime.Caller(0)
	root = filepath.Dir(filepath.Dir(file))
	dir, err := os.MkdirTemp("", "nixdock-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "nixdock")
	build := exec.Command("go", "build", "-o", binary, "./cmd/nixdock")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// require finds a tool; missing, it skips the test locally and fails it in
// CI, where .ci/run installs it.
func require(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s not found but CI is set (apt-get install it)", name)
	}
	t.Skipf("%s not found: install it to run this integration test", name)
	return ""
}

// bad has only safely fixable findings, so one --fix makes it clean.
const bad = `{ self, pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  config.Cmd = [ "${pkgs.hello}/bin/hello" ];
}
`

func run(t *testing.T, dir string, stdin string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	out, err := cmd.CombinedOutput()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("%s %v: %v", name, args, err)
		}
		code = ee.ExitCode()
	}
	return string(out), code
}

// TestPreCommitHook installs this checkout as a pre-commit hook repository
// in a new git repository, and shows the hook failing on a bad file and
// passing once nixdock-fix has fixed it.
func TestPreCommitHook(t *testing.T) {
	git := require(t, "git")
	pc := require(t, "pre-commit")
	head, code := run(t, root, "", git, "rev-parse", "HEAD")
	if code != 0 {
		t.Skipf("the checkout is not a git repository: %s", head)
	}
	if out, _ := run(t, root, "", git, "ls-files", ".pre-commit-hooks.yaml"); strings.TrimSpace(out) == "" {
		t.Fatal(".pre-commit-hooks.yaml is not committed")
	}
	dir := t.TempDir()
	cfg := "repos:\n  - repo: " + root + "\n    rev: " + strings.TrimSpace(head) +
		"\n    hooks:\n      - id: nixdock\n      - id: nixdock-fix\n        stages: [manual]\n"
	for name, body := range map[string]string{".pre-commit-config.yaml": cfg, "image.nix": bad} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{{"init", "-q"}, {"config", "user.email", "t@example.com"}, {"config", "user.name", "t"}, {"add", "."}} {
		if out, code := run(t, dir, "", git, args...); code != 0 {
			t.Fatalf("git %v: %s", args, out)
		}
	}
	// Keep pre-commit's environments out of the user's cache, but reuse
	// them within one test run.
	t.Setenv("PRE_COMMIT_HOME", filepath.Join(os.TempDir(), "nixdock-pre-commit-home"))
	out, code := run(t, dir, "", pc, "run", "nixdock", "--all-files")
	if code == 0 || !strings.Contains(out, "ND001") {
		t.Fatalf("the hook passed a bad file (exit %d):\n%s", code, out)
	}
	out, code = run(t, dir, "", pc, "run", "nixdock-fix", "--hook-stage", "manual", "--all-files")
	if code == 0 {
		t.Errorf("the fix hook changed files but passed:\n%s", out)
	}
	fixed, _ := os.ReadFile(filepath.Join(dir, "image.nix"))
	if !strings.Contains(string(fixed), "SSL_CERT_FILE") {
		t.Fatalf("the fix hook did not fix:\n%s\n%s", out, fixed)
	}
	if out, code = run(t, dir, "", pc, "run", "nixdock", "--all-files"); code != 0 {
		t.Errorf("the hook fails after the fix (exit %d):\n%s", code, out)
	}
}

// TestNeovimQuickfix feeds the concise format to Neovim's quickfix list
// with the errorformat docs/editors.md gives, and fixes a buffer through
// the --stdin filter.
func TestNeovimQuickfix(t *testing.T) {
	nvim := require(t, "nvim")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "image.nix"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	report, code := run(t, dir, "", binary, "lint", "--format", "concise", "--quiet", "image.nix")
	if code != 1 {
		t.Fatalf("lint: exit %d\n%s", code, report)
	}
	if err := os.WriteFile(filepath.Join(dir, "report.txt"), []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code := run(t, dir, "", nvim, "--headless", "-u", "NONE", "-i", "NONE",
		"-c", `set errorformat=%f:%l:%c:\ %t%*[a-z]:\ %m`,
		"-c", "cgetfile report.txt",
		"-c", "call writefile([json_encode(map(getqflist(), {_, e -> [bufname(e.bufnr), e.lnum, e.col, e.type, e.text, e.valid]}))], 'qf.json')",
		"-c", "qa!")
	if code != 0 {
		t.Fatalf("nvim: exit %d\n%s", code, out)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "qf.json"))
	if err != nil {
		t.Fatalf("nvim wrote no quickfix list: %v\n%s", err, out)
	}
	var qf [][]any
	if err := json.Unmarshal(raw, &qf); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(report), "\n")
	if len(qf) != len(lines) || len(qf) < 3 {
		t.Fatalf("quickfix has %d entries for %d findings: %s", len(qf), len(lines), raw)
	}
	types := ""
	for _, e := range qf {
		if e[0] != "image.nix" || e[1].(float64) != 2 || e[2].(float64) != 1 || e[5].(float64) != 1 {
			t.Errorf("quickfix entry %v", e)
		}
		types += e[3].(string)
	}
	if !strings.Contains(types, "w") || !strings.Contains(types, "i") || !strings.Contains(qf[0][4].(string), "[ND001]") {
		t.Errorf("types %q, first text %v", types, qf[0][4])
	}

	// The buffer filter: the fixed buffer equals what --fix writes.
	out, code = run(t, dir, "", nvim, "--headless", "-u", "NONE", "-i", "NONE", "image.nix",
		"-c", "%!"+binary+" lint --stdin --stdin-filename image.nix --fix --quiet",
		"-c", "w! filtered.nix", "-c", "qa!")
	if code != 0 {
		t.Fatalf("nvim filter: exit %d\n%s", code, out)
	}
	filtered, _ := os.ReadFile(filepath.Join(dir, "filtered.nix"))
	if _, code := run(t, dir, "", binary, "lint", "--fix", "image.nix"); code != 0 {
		t.Fatalf("--fix left findings")
	}
	fixed, _ := os.ReadFile(filepath.Join(dir, "image.nix"))
	if string(filtered) != string(fixed) || string(fixed) == bad {
		t.Errorf("nvim filter gave\n%s\n--fix gave\n%s", filtered, fixed)
	}
}

// lspScript drives nixdock server from Neovim's own LSP client: it waits
// for the diagnostics of image.nix, applies the ND001 quick fix and then
// source.fixAll.nixdock, and writes the buffer to fixed.nix. What it saw
// goes to result.json.
const lspScript = `
local out = { codes = {}, titles = {} }
local function finish(msg)
  out.msg = msg
  vim.fn.writefile({ vim.fn.json_encode(out) }, 'result.json')
  vim.cmd('qa!')
end
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = 'nixdock', cmd = { NIXDOCK, 'server' }, root_dir = vim.fn.getcwd() })
if not id then return finish('start_client failed') end
vim.lsp.buf_attach_client(buf, id)
local function codes()
  local cs = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(cs, d.code) end
  table.sort(cs)
  return table.concat(cs, ',')
end
if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  return finish('no diagnostics')
end
out.codes = codes()
local client = vim.lsp.get_client_by_id(id)
local lnum = vim.diagnostic.get(buf)[1].lnum
local nd001
for _, d in ipairs(vim.lsp.diagnostic.get_line_diagnostics(buf, lnum)) do
  if d.code == 'ND001' then nd001 = d end
end
if not nd001 then return finish('no ND001 on line ' .. lnum) end
local resp = client.request_sync('textDocument/codeAction', {
  textDocument = vim.lsp.util.make_text_document_params(buf),
  range = nd001.range,
  context = { diagnostics = { nd001 } },
}, 20000, buf)
if not resp or resp.err then return finish('codeAction failed: ' .. vim.inspect(resp)) end
local quick
for _, a in ipairs(resp.result) do
  table.insert(out.titles, a.title)
  if a.kind == 'quickfix' and a.title:find('^Fix ND001') then quick = a end
end
if not quick then return finish('no quick fix') end
vim.lsp.util.apply_workspace_edit(quick.edit, client.offset_encoding)
if not vim.wait(20000, function() return not codes():find('ND001') end, 20) then
  return finish('ND001 still reported: ' .. codes())
end
out.after_quickfix = codes()
resp = client.request_sync('textDocument/codeAction', {
  textDocument = vim.lsp.util.make_text_document_params(buf),
  range = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(buf), character = 0 } },
  context = { diagnostics = {}, only = { 'source.fixAll.nixdock' } },
}, 20000, buf)
if not resp or resp.err or #resp.result ~= 1 then return finish('fix-all failed: ' .. vim.inspect(resp)) end
out.fixall = resp.result[1].kind
vim.lsp.util.apply_workspace_edit(resp.result[1].edit, client.offset_encoding)
vim.cmd('write! fixed.nix')
if not vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 20) then
  return finish('findings remain after fix-all: ' .. codes())
end
finish('ok')
`

// TestNeovimLanguageServer attaches nixdock server to a buffer with
// Neovim's built-in client, applies a quick fix and fix-all through it, and
// compares the written buffer with what lint --fix writes.
func TestNeovimLanguageServer(t *testing.T) {
	nvim := require(t, "nvim")
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{
		"image.nix": bad,
		"cli.nix":   bad,
		"lsp.lua":   "local NIXDOCK = " + strconv.Quote(binary) + "\n" + lspScript,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, code := run(t, dir, "", nvim, "--headless", "-u", "NONE", "-i", "NONE", "image.nix", "-c", "luafile lsp.lua")
	if code != 0 {
		t.Fatalf("nvim: exit %d\n%s", code, out)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "result.json"))
	if err != nil {
		t.Fatalf("nvim wrote no result: %v\n%s", err, out)
	}
	var res struct {
		Msg           string   `json:"msg"`
		Codes         string   `json:"codes"`
		AfterQuickfix string   `json:"after_quickfix"`
		Fixall        string   `json:"fixall"`
		Titles        []string `json:"titles"`
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("%v: %s", err, raw)
	}
	t.Logf("nvim: %s", raw)
	if res.Msg != "ok" {
		t.Fatalf("nvim: %s\n%s", res.Msg, out)
	}
	if res.Codes != "ND001,ND002,ND003" || res.AfterQuickfix != "ND002,ND003" || res.Fixall != "source.fixAll.nixdock" {
		t.Errorf("diagnostics %q, after the quick fix %q, fix-all kind %q", res.Codes, res.AfterQuickfix, res.Fixall)
	}
	titles := strings.Join(res.Titles, "\n")
	if !strings.Contains(titles, "Disable ND001 for this line") {
		t.Errorf("code actions offered: %q", res.Titles)
	}
	if _, code := run(t, dir, "", binary, "lint", "--fix", "--quiet", "cli.nix"); code != 0 {
		t.Fatalf("lint --fix left findings (exit %d)", code)
	}
	fixed, _ := os.ReadFile(filepath.Join(dir, "fixed.nix"))
	want, _ := os.ReadFile(filepath.Join(dir, "cli.nix"))
	if string(fixed) != string(want) || string(want) == bad {
		t.Errorf("the buffer fixed through the server is\n%s\nlint --fix writes\n%s", fixed, want)
	}
}

// cpuTicks is the user and system CPU time of a process, in clock ticks.
func cpuTicks(t *testing.T, pid int) int {
	t.Helper()
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	// The command name may hold spaces; the fields after it do not.
	fields := strings.Fields(string(raw[strings.LastIndexByte(string(raw), ')')+1:]))
	utime, _ := strconv.Atoi(fields[11])
	stime, _ := strconv.Atoi(fields[12])
	return utime + stime
}

// TestServerIdle starts nixdock server, has it lint a document, and checks
// that once idle it uses no CPU: no polling, no tickers.
func TestServerIdle(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(binary, "server")
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	published := make(chan struct{}, 16)
	cl := jrpc2.NewClient(channel.LSP(stdout, stdin), &jrpc2.ClientOptions{
		OnNotify: func(req *jrpc2.Request) {
			if req.Method() == "textDocument/publishDiagnostics" {
				published <- struct{}{}
			}
		},
	})
	defer cl.Close()
	ctx := context.Background()
	var res any
	if err := cl.CallResult(ctx, "initialize", map[string]any{"capabilities": map[string]any{}}, &res); err != nil {
		t.Fatal(err)
	}
	if err := cl.Notify(ctx, "initialized", map[string]any{}); err != nil {
		t.Fatal(err)
	}
	uri := "file://" + filepath.Join(dir, "image.nix")
	if err := cl.Notify(ctx, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "nix", "version": 1, "text": bad}}); err != nil {
		t.Fatal(err)
	}
	if err := cl.Notify(ctx, "textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []any{map[string]any{"text": bad + "\n"}}}); err != nil {
		t.Fatal(err)
	}
	// The open is linked at once and the change after the debounce; a
	// loaded machine may merge the two, so one publication is enough, and
	// a second one is waited for a little.
	select {
	case <-published:
	case <-time.After(20 * time.Second):
		t.Fatal("no diagnostics")
	}
	select {
	case <-published:
	case <-time.After(2 * time.Second):
	}
	time.Sleep(500 * time.Millisecond) // let the last debounce timer and GC settle
	before := cpuTicks(t, cmd.Process.Pid)
	time.Sleep(3 * time.Second)
	used := cpuTicks(t, cmd.Process.Pid) - before
	t.Logf("CPU used in 3 s idle: %d ticks", used)
	if used > 1 {
		t.Errorf("the idle server used %d clock ticks of CPU in 3 s", used)
	}
	if err := cl.CallResult(ctx, "shutdown", nil, &res); err != nil {
		t.Fatal(err)
	}
	if err := cl.Notify(ctx, "exit", nil); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit after shutdown: %v", err)
	}
}
