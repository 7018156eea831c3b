package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creachadair/jrpc2"
	"github.com/creachadair/jrpc2/channel"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/nixdock/nixdock/docs"
	"github.com/nixdock/nixdock/fixer"
	"github.com/nixdock/nixdock/internal/lintrun"
	"github.com/nixdock/nixdock/rules"
)

// bad has ND001, ND002 (fixable, safe) and ND003 (no fix).
const bad = `{ pkgs }:
pkgs.dockerTools.buildImage {
  name = "app";
  config.Cmd = [ "${pkgs.hello}/bin/hello" ];
}
`

// client is a JSON-RPC client talking to an in-process server over pipes.
type client struct {
	t    testing.TB
	c    *jrpc2.Client
	raw  io.Writer // the server's input, for malformed messages
	done chan int  // the server's exit code
	dir  string

	mu        sync.Mutex
	cond      *sync.Cond
	diags     map[string][]publication // by URI, in arrival order
	shown     []string                 // window/showMessage texts
	callbacks []string                 // server requests: method and params
}

type publication struct {
	version int
	items   []wireDiagnostic
}

// wireDiagnostic is a diagnostic as the client reads it.
type wireDiagnostic struct {
	Range           protocol.Range `json:"range"`
	Severity        int            `json:"severity"`
	Code            string         `json:"code"`
	CodeDescription struct {
		Href string `json:"href"`
	} `json:"codeDescription"`
	Source  string          `json:"source"`
	Message string          `json:"message"`
	Tags    []int           `json:"tags"`
	Data    json.RawMessage `json:"data"`
}

type serverOpt func(*Options)

func start(t testing.TB, initOpts any, caps map[string]any, opts ...serverOpt) (*client, map[string]any) {
	t.Helper()
	sr, cw := io.Pipe()
	cr, sw := io.Pipe()
	o := Options{Debounce: 20 * time.Millisecond}
	for _, f := range opts {
		f(&o)
	}
	cl := &client{t: t, raw: cw, done: make(chan int, 1), diags: map[string][]publication{}, dir: t.TempDir()}
	cl.cond = sync.NewCond(&cl.mu)
	// A .git directory stops the config search at the test's directory.
	if err := os.Mkdir(filepath.Join(cl.dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	go func() {
		cl.done <- Serve(sr, sw, o)
		_ = sw.Close()
	}()
	cl.c = jrpc2.NewClient(channel.LSP(cr, cw), &jrpc2.ClientOptions{
		OnNotify: func(req *jrpc2.Request) {
			switch req.Method() {
			case "textDocument/publishDiagnostics":
				var p struct {
					URI         string           `json:"uri"`
					Version     *int             `json:"version"`
					Diagnostics []wireDiagnostic `json:"diagnostics"`
				}
				if err := req.UnmarshalParams(&p); err != nil {
					t.Errorf("publishDiagnostics: %v", err)
					return
				}
				v := -1
				if p.Version != nil {
					v = *p.Version
				}
				cl.mu.Lock()
				cl.diags[p.URI] = append(cl.diags[p.URI], publication{version: v, items: p.Diagnostics})
				cl.cond.Broadcast()
				cl.mu.Unlock()
			case "window/showMessage":
				var p protocol.ShowMessageParams
				_ = req.UnmarshalParams(&p)
				cl.mu.Lock()
				cl.shown = append(cl.shown, p.Message)
				cl.mu.Unlock()
			}
		},
		OnCallback: func(ctx context.Context, req *jrpc2.Request) (any, error) {
			cl.mu.Lock()
			cl.callbacks = append(cl.callbacks, req.Method()+" "+req.ParamString())
			cl.cond.Broadcast()
			cl.mu.Unlock()
			return nil, nil
		},
	})
	t.Cleanup(func() { _ = cl.c.Close(); _ = cw.Close() })
	params := map[string]any{"processId": nil, "rootUri": nil, "capabilities": caps}
	if initOpts != nil {
		params["initializationOptions"] = initOpts
	}
	var res map[string]any
	cl.call("initialize", params, &res)
	cl.notify("initialized", map[string]any{})
	return cl, res
}

func (cl *client) call(method string, params, result any) {
	cl.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := cl.c.CallResult(ctx, method, params, result); err != nil {
		cl.t.Fatalf("%s: %v", method, err)
	}
}

func (cl *client) notify(method string, params any) {
	cl.t.Helper()
	if err := cl.c.Notify(context.Background(), method, params); err != nil {
		cl.t.Fatalf("%s: %v", method, err)
	}
}

func (cl *client) uri(name string) string { return "file://" + filepath.Join(cl.dir, name) }

func (cl *client) open(name, text string) string {
	uri := cl.uri(name)
	cl.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "nix", "version": 1, "text": text}})
	return uri
}

// waitFor waits for a publication for uri that ok accepts, and returns it.
func (cl *client) waitFor(uri string, ok func(publication) bool) publication {
	cl.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	timer := time.AfterFunc(30*time.Second, func() { cl.mu.Lock(); cl.cond.Broadcast(); cl.mu.Unlock() })
	defer timer.Stop()
	cl.mu.Lock()
	defer cl.mu.Unlock()
	for {
		for _, p := range cl.diags[uri] {
			if ok(p) {
				return p
			}
		}
		if time.Now().After(deadline) {
			cl.t.Fatalf("no matching diagnostics for %s; got %+v", uri, cl.diags[uri])
		}
		cl.cond.Wait()
	}
}

// count is the number of publications for uri so far.
func (cl *client) count(uri string) int {
	cl.mu.Lock()
	defer cl.mu.Unlock()
	return len(cl.diags[uri])
}

// last is the latest publication for uri.
func (cl *client) last(uri string) publication {
	cl.mu.Lock()
	defer cl.mu.Unlock()
	return cl.diags[uri][len(cl.diags[uri])-1]
}

// waitCallback waits for a server request whose method and params contain
// want.
func (cl *client) waitCallback(want string) {
	cl.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	timer := time.AfterFunc(30*time.Second, func() { cl.mu.Lock(); cl.cond.Broadcast(); cl.mu.Unlock() })
	defer timer.Stop()
	cl.mu.Lock()
	defer cl.mu.Unlock()
	for {
		for _, c := range cl.callbacks {
			if strings.Contains(c, want) {
				return
			}
		}
		if time.Now().After(deadline) {
			cl.t.Fatalf("no server request %q; got %q", want, cl.callbacks)
		}
		cl.cond.Wait()
	}
}

func (cl *client) waitVersion(uri string, v int) publication {
	cl.t.Helper()
	return cl.waitFor(uri, func(p publication) bool { return p.version == v })
}

func (cl *client) shutdown() {
	cl.t.Helper()
	var res any
	cl.call("shutdown", nil, &res)
	cl.notify("exit", nil)
	select {
	case code := <-cl.done:
		if code != 0 {
			cl.t.Errorf("exit code %d after shutdown", code)
		}
	case <-time.After(10 * time.Second):
		cl.t.Fatal("the server did not exit")
	}
}

func codes(items []wireDiagnostic) string {
	var cs []string
	for _, d := range items {
		cs = append(cs, d.Code)
	}
	return strings.Join(cs, ",")
}

// cliLint is what "nixdock lint" finds in text as path, with no config.
func cliLint(path, text string, sel ...string) []rules.Diagnostic {
	f, ds := lintrun.Lint(lintrun.RulesConfig(nil, selectFlags(sel), false))(path, []byte(text))
	if f != nil {
		f.Discard()
	}
	return ds
}

// selectFlags is --select sel, or no flags when sel is empty.
func selectFlags(sel []string) *rules.Selection {
	if len(sel) == 0 {
		return nil
	}
	return &rules.Selection{Select: sel}
}

// cliFix is what "nixdock lint --fix" (with --select sel) writes.
func cliFix(t *testing.T, path, text string, unsafe bool, sel ...string) string {
	t.Helper()
	fr, err := fixer.Apply(path, []byte(text), lintrun.Lint(lintrun.RulesConfig(nil, selectFlags(sel), false)), fixer.Options{Unsafe: unsafe})
	if err != nil {
		t.Fatal(err)
	}
	return string(fr.Src)
}

// applyEdits applies text edits as a client does: positions are taken in
// the original text, the edits applied from the last.
func applyEdits(t *testing.T, text string, edits []protocol.TextEdit, enc encoding) string {
	t.Helper()
	type be struct {
		pos, end int
		text     string
	}
	var bes []be
	for _, e := range edits {
		bes = append(bes, be{enc.offsetOf([]byte(text), e.Range.Start), enc.offsetOf([]byte(text), e.Range.End), e.NewText})
	}
	sort.SliceStable(bes, func(i, j int) bool { return bes[i].pos < bes[j].pos })
	for i := len(bes) - 1; i >= 0; i-- {
		if i > 0 && bes[i].pos < bes[i-1].end {
			t.Fatalf("overlapping edits %+v", edits)
		}
		text = text[:bes[i].pos] + bes[i].text + text[bes[i].end:]
	}
	return text
}

type action struct {
	Title       string           `json:"title"`
	Kind        string           `json:"kind"`
	IsPreferred bool             `json:"isPreferred"`
	Diagnostics []wireDiagnostic `json:"diagnostics"`
	Edit        struct {
		Changes map[string][]protocol.TextEdit `json:"changes"`
	} `json:"edit"`
}

func (cl *client) actions(uri string, rng protocol.Range, diags []wireDiagnostic, only ...string) []action {
	cl.t.Helper()
	ctx := map[string]any{"diagnostics": diags}
	if diags == nil {
		ctx["diagnostics"] = []any{}
	}
	if len(only) > 0 {
		ctx["only"] = only
	}
	var out []action
	cl.call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri}, "range": rng, "context": ctx}, &out)
	return out
}

func whole() protocol.Range {
	return protocol.Range{End: protocol.Position{Line: 1 << 20}}
}

func TestInitialize(t *testing.T) {
	cl, res := start(t, nil, map[string]any{})
	caps := res["capabilities"].(map[string]any)
	if caps["positionEncoding"] != "utf-16" {
		t.Errorf("positionEncoding %v, want utf-16 by default", caps["positionEncoding"])
	}
	if _, ok := caps["diagnosticProvider"]; ok {
		t.Errorf("diagnosticProvider offered to a client that does not pull")
	}
	sync := caps["textDocumentSync"].(map[string]any)
	if sync["change"] != float64(2) || sync["openClose"] != true {
		t.Errorf("textDocumentSync %v", sync)
	}
	kinds := fmt.Sprint(caps["codeActionProvider"])
	if !strings.Contains(kinds, "quickfix") || !strings.Contains(kinds, fixAllKind) {
		t.Errorf("codeActionProvider %v", kinds)
	}
	cl.shutdown()

	cl, res = start(t, nil, map[string]any{
		"general":      map[string]any{"positionEncodings": []string{"utf-16", "utf-8"}},
		"textDocument": map[string]any{"diagnostic": map[string]any{}},
	})
	caps = res["capabilities"].(map[string]any)
	if caps["positionEncoding"] != "utf-8" {
		t.Errorf("positionEncoding %v, want utf-8 when offered", caps["positionEncoding"])
	}
	if _, ok := caps["diagnosticProvider"]; !ok {
		t.Errorf("no diagnosticProvider for a client that pulls")
	}
	cl.shutdown()

	// Capabilities in a shape the 3.16 types refuse do not stop the
	// server, and the options still apply.
	cl, _ = start(t, map[string]any{"ignore": []string{"ND001", "ND002"}}, map[string]any{"textDocument": map[string]any{"hover": map[string]any{"contentFormat": 5}}})
	uri := cl.open("image.nix", bad)
	if p := cl.waitVersion(uri, 1); codes(p.items) != "ND003" {
		t.Errorf("options after odd capabilities: %s", codes(p.items))
	}
	cl.shutdown()
}

func TestDiagnostics(t *testing.T) {
	cl, _ := start(t, nil, map[string]any{})
	uri := cl.open("image.nix", bad)
	p := cl.waitVersion(uri, 1)
	want := cliLint(filepath.Join(cl.dir, "image.nix"), bad)
	if codes(p.items) != "ND001,ND002,ND003" || len(want) != len(p.items) {
		t.Fatalf("published %s, the CLI finds %d", codes(p.items), len(want))
	}
	x := newLineIndex([]byte(bad), utf16)
	for i, d := range p.items {
		w := want[i]
		if d.Code != w.Code || d.Message != w.Message || d.Range != x.rng(w.Pos, w.End) {
			t.Errorf("diagnostic %d: %+v, want %s %q at %+v", i, d, w.Code, w.Message, x.rng(w.Pos, w.End))
		}
		if d.CodeDescription.Href != docs.URL(d.Code) || d.Source != "nixdock" {
			t.Errorf("%s: href %q source %q", d.Code, d.CodeDescription.Href, d.Source)
		}
		sev := map[rules.Severity]int{rules.Error: 1, rules.Warning: 2, rules.Info: 3}[w.Severity]
		if d.Severity != sev {
			t.Errorf("%s: severity %d, want %d", d.Code, d.Severity, sev)
		}
		var data diagnosticData
		if err := json.Unmarshal(d.Data, &data); err != nil || data.Version != 1 || data.Code != d.Code || len(data.Fixes) != len(w.Fixes) {
			t.Errorf("%s: data %s", d.Code, d.Data)
		}
	}

	// A full change to a clean text clears the findings.
	fixed := cliFix(t, filepath.Join(cl.dir, "image.nix"), bad, false)
	cl.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []any{map[string]any{"text": fixed}},
	})
	p = cl.waitVersion(uri, 2)
	if codes(p.items) != "ND003" {
		t.Errorf("after the full change: %s, want ND003 (no fix)", codes(p.items))
	}

	// An incremental change: add a tag, which answers ND003.
	line := strings.Split(fixed, "\n")
	at := -1
	for i, l := range line {
		if strings.Contains(l, `name = "app";`) {
			at = i
		}
	}
	cl.notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": uri, "version": 3},
		"contentChanges": []any{map[string]any{
			"range": protocol.Range{Start: protocol.Position{Line: protocol.UInteger(at + 1)}, End: protocol.Position{Line: protocol.UInteger(at + 1)}},
			"text":  "  tag = \"1.0\";\n",
		}},
	})
	p = cl.waitVersion(uri, 3)
	if len(p.items) != 0 {
		t.Errorf("after the incremental change: %s, want none", codes(p.items))
	}

	// Save lints again (the same findings, published once more).
	n := cl.count(uri)
	cl.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": uri}})
	cl.waitFor(uri, func(publication) bool { return len(cl.diags[uri]) > n })

	// ND000 carries the parser's message.
	bu := cl.open("broken.nix", "{ a = 1; \n")
	p = cl.waitVersion(bu, 1)
	if codes(p.items) != "ND000" || p.items[0].Severity != 1 {
		t.Fatalf("broken file: %+v", p.items)
	}
	if w := cliLint(filepath.Join(cl.dir, "broken.nix"), "{ a = 1; \n"); p.items[0].Message != w[0].Message {
		t.Errorf("ND000 message %q, the parser says %q", p.items[0].Message, w[0].Message)
	}

	// Closing clears.
	cl.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": bu}})
	cl.waitFor(bu, func(p publication) bool { return p.version == -1 && len(p.items) == 0 })
	cl.shutdown()
}

func TestUnusedSuppressionTag(t *testing.T) {
	cl, _ := start(t, nil, map[string]any{})
	text := "# nixdock: ignore[ND001]\n{ a = 1; }\n"
	uri := cl.open("s.nix", text)
	p := cl.waitVersion(uri, 1)
	if codes(p.items) != "ND900" || len(p.items[0].Tags) != 1 || p.items[0].Tags[0] != 1 {
		t.Errorf("unused suppression: %+v, want ND900 tagged unnecessary", p.items)
	}
	cl.shutdown()
}

func TestCodeActions(t *testing.T) {
	cl, _ := start(t, nil, map[string]any{})
	path := filepath.Join(cl.dir, "image.nix")
	uri := cl.open("image.nix", bad)
	p := cl.waitVersion(uri, 1)

	// Fix-all equals lint --fix, in edits smaller than the document.
	acts := cl.actions(uri, whole(), nil, "source.fixAll")
	if len(acts) != 1 || acts[0].Kind != fixAllKind {
		t.Fatalf("fix-all actions: %+v", acts)
	}
	edits := acts[0].Edit.Changes[uri]
	if got, want := applyEdits(t, bad, edits, utf16), cliFix(t, path, bad, false); got != want {
		t.Errorf("fix-all gave\n%s\nlint --fix gives\n%s", got, want)
	}
	for _, e := range edits {
		if e.Range.Start.Line == 0 && e.Range.End.Line >= 4 {
			t.Errorf("fix-all replaces the whole document: %+v", e)
		}
	}

	// The quick fix of ND001, from the diagnostic's data, equals
	// lint --fix --select ND001; and it is the same without the data.
	var nd001 wireDiagnostic
	for _, d := range p.items {
		if d.Code == "ND001" {
			nd001 = d
		}
	}
	want := cliFix(t, path, bad, false, "ND001")
	for _, diags := range [][]wireDiagnostic{{nd001}, nil} {
		acts = cl.actions(uri, nd001.Range, diags, "quickfix")
		var fix *action
		var titles []string
		for i, a := range acts {
			titles = append(titles, a.Title)
			if strings.HasPrefix(a.Title, "Fix ND001") {
				fix = &acts[i]
			}
		}
		if fix == nil || !fix.IsPreferred || fix.Kind != "quickfix" {
			t.Fatalf("no preferred ND001 quick fix among %q", titles)
		}
		if got := applyEdits(t, bad, fix.Edit.Changes[uri], utf16); got != want {
			t.Errorf("quick fix gave\n%s\nwant\n%s", got, want)
		}
	}

	// "Disable ND003 for this line" hides that finding, and only it.
	var nd003 wireDiagnostic
	for _, d := range p.items {
		if d.Code == "ND003" {
			nd003 = d
		}
	}
	acts = cl.actions(uri, nd003.Range, []wireDiagnostic{nd003}, "quickfix")
	var disable *action
	for i, a := range acts {
		if a.Title == "Disable ND003 for this line" {
			disable = &acts[i]
		}
		if strings.HasPrefix(a.Title, "Fix ND003") {
			t.Errorf("ND003 has no fix, yet %q is offered", a.Title)
		}
	}
	if disable == nil {
		t.Fatalf("no disable action among %+v", acts)
	}
	suppressed := applyEdits(t, bad, disable.Edit.Changes[uri], utf16)
	if !strings.Contains(suppressed, "# nixdock: ignore[ND003]\n") {
		t.Errorf("suppressed text:\n%s", suppressed)
	}
	ds := cliLint(path, suppressed)
	var got []string
	for _, d := range ds {
		got = append(got, d.Code)
	}
	if strings.Join(got, ",") != "ND001,ND002" {
		t.Errorf("after disabling ND003: %v\n%s", got, suppressed)
	}
	// A second rule on the same line joins the comment.
	cl.notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []any{map[string]any{"text": suppressed}},
	})
	p = cl.waitVersion(uri, 2)
	acts = cl.actions(uri, p.items[0].Range, []wireDiagnostic{p.items[0]}, "quickfix")
	disable = nil
	for i, a := range acts {
		if a.Title == "Disable ND001 for this line" {
			disable = &acts[i]
		}
	}
	if disable == nil {
		t.Fatalf("no disable action for ND001: %+v", acts)
	}
	both := applyEdits(t, suppressed, disable.Edit.Changes[uri], utf16)
	if !strings.Contains(both, "# nixdock: ignore[ND003, ND001]\n") {
		t.Errorf("joined comment:\n%s", both)
	}
	if ds := cliLint(path, both); len(ds) != 1 || ds[0].Code != "ND002" {
		t.Errorf("after disabling ND001 too: %+v", ds)
	}

	// Stale data (an older version) is not trusted: the actions come from
	// the current text.
	acts = cl.actions(uri, nd001.Range, []wireDiagnostic{nd001}, "quickfix")
	for _, a := range acts {
		if a.Title == "Disable ND003 for this line" {
			t.Errorf("an action for the stale ND003 finding: %+v", a)
		}
	}

	// Actions come from the data the client sends back, with no new lint:
	// a diagnostic of the current version whose data holds a (made up)
	// fix gets exactly that fix.
	cur := cl.last(uri)
	made := wireDiagnostic{Range: nd001.Range, Code: "ND001", Source: "nixdock", Message: "m",
		Data: json.RawMessage(fmt.Sprintf(`{"version":%d,"code":"ND001","fixes":[{"title":"made up","edits":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"newText":"# made up\n"}]}]}`, cur.version))}
	acts = cl.actions(uri, nd001.Range, []wireDiagnostic{made}, "quickfix")
	if len(acts) == 0 || acts[0].Title != "Fix ND001: made up" || acts[0].Edit.Changes[uri][0].NewText != "# made up\n" {
		t.Errorf("actions from the data: %+v", acts)
	}

	// ND000 offers no suppression.
	bu := cl.open("broken.nix", "{ a = ; }\n")
	bp := cl.waitVersion(bu, 1)
	if acts := cl.actions(bu, bp.items[0].Range, bp.items, ""); len(acts) != 0 {
		t.Errorf("actions for a syntax error: %+v", acts)
	}
	cl.shutdown()
}

func TestUnsafeFixes(t *testing.T) {
	text, err := os.ReadFile("../../testdata/rules/ND005/certs-and-env/input.nix")
	if err != nil {
		t.Fatal(err)
	}
	for _, unsafe := range []bool{false, true} {
		cl, _ := start(t, map[string]any{"unsafeFixes": unsafe}, map[string]any{})
		path := filepath.Join(cl.dir, "image.nix")
		uri := cl.open("image.nix", string(text))
		p := cl.waitVersion(uri, 1)
		var nd005 *wireDiagnostic
		for i, d := range p.items {
			if d.Code == "ND005" {
				nd005 = &p.items[i]
			}
		}
		if nd005 == nil {
			t.Fatalf("no ND005 in %s", codes(p.items))
		}
		acts := cl.actions(uri, nd005.Range, []wireDiagnostic{*nd005}, "quickfix")
		var fix *action
		for i, a := range acts {
			if strings.HasPrefix(a.Title, "Fix ND005") {
				fix = &acts[i]
			}
		}
		switch {
		case !unsafe && fix != nil:
			t.Errorf("an unsafe fix offered without unsafeFixes: %q", fix.Title)
		case unsafe && fix == nil:
			t.Errorf("no unsafe fix with unsafeFixes: %+v", acts)
		case unsafe:
			if !strings.HasSuffix(fix.Title, "(unsafe)") || fix.IsPreferred {
				t.Errorf("unsafe fix not marked: %+v", fix)
			}
			if got, want := applyEdits(t, string(text), fix.Edit.Changes[uri], utf16), cliFix(t, path, string(text), true, "ND005"); got != want {
				t.Errorf("unsafe fix gave\n%s\nwant\n%s", got, want)
			}
		}
		all := cl.actions(uri, whole(), nil, fixAllKind)
		want := cliFix(t, path, string(text), unsafe)
		got := string(text)
		if len(all) == 1 {
			got = applyEdits(t, got, all[0].Edit.Changes[uri], utf16)
		}
		if got != want {
			t.Errorf("unsafe=%v: fix-all gave\n%s\nlint --fix gives\n%s", unsafe, got, want)
		}
		cl.shutdown()
	}
}

func TestHover(t *testing.T) {
	cl, _ := start(t, nil, map[string]any{})
	uri := cl.open("image.nix", bad)
	cl.waitVersion(uri, 1)
	var h struct {
		Contents struct{ Kind, Value string }
		Range    protocol.Range
	}
	cl.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": protocol.Position{Line: 1, Character: 5}}, &h)
	page, _ := docs.RulePage("ND001")
	if h.Contents.Kind != "markdown" || !strings.Contains(h.Contents.Value, rules.Lookup("ND001").Summary) ||
		!strings.Contains(h.Contents.Value, "## What it does") || !strings.Contains(page, "## Example") ||
		strings.Contains(h.Contents.Value, "## Example") || !strings.Contains(h.Contents.Value, "ND003") {
		t.Errorf("hover:\n%s", h.Contents.Value)
	}
	var none any
	cl.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": protocol.Position{Line: 0, Character: 0}}, &none)
	if none != nil {
		t.Errorf("hover away from findings: %v", none)
	}
	cl.shutdown()
}

func TestConfig(t *testing.T) {
	cl, _ := start(t, map[string]any{"ignore": []string{"ND002"}}, map[string]any{
		"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}},
	})
	// The server asks to be told of config files.
	cl.waitCallback(`client/registerCapability {"registrations":[{"id":"nixdock-config-files","method":"workspace/didChangeWatchedFiles","registerOptions":{"watchers":[{"globPattern":"**/nixdock.toml"},{"globPattern":"**/.nixdock.toml"}]}}]}`)
	uri := cl.open("image.nix", bad)
	if p := cl.waitVersion(uri, 1); codes(p.items) != "ND001,ND003" {
		t.Fatalf("ignore ND002 from initializationOptions: %s", codes(p.items))
	}
	// A config file appears: reloaded on didChangeWatchedFiles.
	cfgPath := filepath.Join(cl.dir, "nixdock.toml")
	if err := os.WriteFile(cfgPath, []byte("ignore = [\"ND001\"]\nexclude = [\"vendor/**\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	n := cl.count(uri)
	cl.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": "file://" + cfgPath, "type": 1}}})
	cl.waitFor(uri, func(p publication) bool {
		return len(cl.diags[uri]) > n && codes(cl.diags[uri][len(cl.diags[uri])-1].items) == "ND003"
	})

	// Settings change: select only ND001 (the config's ignore still holds,
	// as on the command line).
	cl.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"nixdock": map[string]any{"select": []string{"ND003"}, "ignore": []string{}}}})
	n = cl.count(uri)
	cl.waitFor(uri, func(p publication) bool { return len(cl.diags[uri]) > n })
	if last := cl.last(uri); codes(last.items) != "ND003" {
		t.Errorf("select ND003: %s", codes(last.items))
	}

	// An excluded file gets no diagnostics, and no actions.
	vu := cl.open("vendor/image.nix", bad)
	if p := cl.waitVersion(vu, 1); len(p.items) != 0 {
		t.Errorf("excluded file: %s", codes(p.items))
	}
	if acts := cl.actions(vu, whole(), nil); len(acts) != 0 {
		t.Errorf("actions for an excluded file: %+v", acts)
	}

	// An unknown rule in the settings is shown and left out.
	cl.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"select": []string{"NOSUCH", "ND003"}}})
	n = cl.count(uri)
	cl.waitFor(uri, func(p publication) bool { return len(cl.diags[uri]) > n })
	if last := cl.last(uri); codes(last.items) != "ND003" {
		t.Errorf("select NOSUCH, ND003: %s", codes(last.items))
	}

	// A broken config is shown and the defaults are used.
	if err := os.WriteFile(cfgPath, []byte("select = [\"NOPE\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	n = cl.count(uri)
	cl.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": "file://" + cfgPath, "type": 2}}})
	cl.waitFor(uri, func(p publication) bool { return len(cl.diags[uri]) > n })
	deadline := time.Now().Add(10 * time.Second)
	for {
		cl.mu.Lock()
		shown := strings.Join(cl.shown, "\n")
		cl.mu.Unlock()
		if strings.Contains(shown, "NOPE") && strings.Contains(shown, `unknown selector "NOSUCH"`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the config error was not shown: %q", shown)
		}
		time.Sleep(10 * time.Millisecond)
	}
	cl.shutdown()
}

func TestPositionEncodings(t *testing.T) {
	// Non-ASCII text before the finding on its line.
	text := "{ pkgs }:\n/* é🐳 */ pkgs.dockerTools.buildImage { name = \"app\"; tag = \"1\"; created = \"now\"; config.Cmd = [ \"x\" ]; }\n"
	start16 := protocol.UInteger(len([]rune("/* é")) + 2 + len(" */ ")) // 🐳 is two UTF-16 units
	start8 := protocol.UInteger(len("/* é🐳 */ "))
	for _, c := range []struct {
		offer []string
		want  protocol.UInteger
		enc   encoding
	}{{nil, start16, utf16}, {[]string{"utf-8"}, start8, utf8Enc}} {
		caps := map[string]any{}
		if c.offer != nil {
			caps["general"] = map[string]any{"positionEncodings": c.offer}
		}
		cl, _ := start(t, nil, caps)
		uri := cl.open("image.nix", text)
		p := cl.waitVersion(uri, 1)
		if codes(p.items) != "ND001" {
			t.Fatalf("findings %s", codes(p.items))
		}
		if r := p.items[0].Range; r.Start.Line != 1 || r.Start.Character != c.want {
			t.Errorf("%v: finding at %+v, want 1:%d", c.enc, r.Start, c.want)
		}
		// The quick fix's edits are in the same encoding.
		acts := cl.actions(uri, p.items[0].Range, p.items, "quickfix")
		if len(acts) == 0 {
			t.Fatal("no actions")
		}
		if got, want := applyEdits(t, text, acts[0].Edit.Changes[uri], c.enc), cliFix(t, filepath.Join(cl.dir, "image.nix"), text, false, "ND001"); got != want {
			t.Errorf("%v: quick fix gave\n%s\nwant\n%s", c.enc, got, want)
		}
		// An incremental edit after the non-ASCII text, in the encoding.
		at := protocol.Position{Line: 1, Character: c.want}
		cl.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": 2},
			"contentChanges": []any{map[string]any{"range": protocol.Range{Start: at, End: at}, "text": "let x = 1; in "}},
		})
		p = cl.waitVersion(uri, 2)
		if len(p.items) != 1 || p.items[0].Range.Start.Character != c.want+protocol.UInteger(len("let x = 1; in ")) {
			t.Errorf("%v: after the edit: %+v", c.enc, p.items)
		}
		cl.shutdown()
	}
}

func TestPullDiagnostics(t *testing.T) {
	cl, _ := start(t, nil, map[string]any{
		"textDocument": map[string]any{"diagnostic": map[string]any{}},
		"workspace":    map[string]any{"diagnostics": map[string]any{"refreshSupport": true}},
	})
	uri := cl.open("image.nix", bad)
	var rep struct {
		Kind     string           `json:"kind"`
		ResultID string           `json:"resultId"`
		Items    []wireDiagnostic `json:"items"`
	}
	params := map[string]any{"textDocument": map[string]any{"uri": uri}}
	cl.call("textDocument/diagnostic", params, &rep)
	if rep.Kind != "full" || codes(rep.Items) != "ND001,ND002,ND003" || rep.ResultID == "" {
		t.Fatalf("pull: %+v", rep)
	}
	params["previousResultId"] = rep.ResultID
	first := rep.ResultID
	rep.Items = nil
	cl.call("textDocument/diagnostic", params, &rep)
	if rep.Kind != "unchanged" || rep.ResultID != first {
		t.Errorf("second pull: %+v", rep)
	}
	cl.notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []any{map[string]any{"text": "{ }\n"}},
	})
	cl.call("textDocument/diagnostic", params, &rep)
	if rep.Kind != "full" || len(rep.Items) != 0 || rep.ResultID == first {
		t.Errorf("pull after a change: %+v", rep)
	}
	// A full report always has its items, even none.
	var raw map[string]any
	cl.call("textDocument/diagnostic", map[string]any{"textDocument": map[string]any{"uri": uri}}, &raw)
	if items, ok := raw["items"].([]any); !ok || len(items) != 0 {
		t.Errorf("an empty full report: %v", raw)
	}
	// A client that pulls is not pushed to.
	time.Sleep(100 * time.Millisecond)
	cl.mu.Lock()
	pushed := len(cl.diags[uri])
	cl.mu.Unlock()
	if pushed != 0 {
		t.Errorf("%d publications to a pulling client", pushed)
	}
	// A configuration change asks the client to pull again.
	cl.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"select": []string{"ND001"}}})
	cl.waitCallback("workspace/diagnostic/refresh")
	// A closed document: an empty report.
	rep.Items = nil
	cl.call("textDocument/diagnostic", map[string]any{"textDocument": map[string]any{"uri": cl.uri("nope.nix")}}, &rep)
	if rep.Kind != "full" || len(rep.Items) != 0 {
		t.Errorf("pull for a closed document: %+v", rep)
	}
	cl.shutdown()
}

func TestRobustness(t *testing.T) {
	// A debounce longer than an edit takes to send, even under the race
	// detector, so that the burst below is one burst.
	cl, _ := start(t, nil, map[string]any{}, func(o *Options) { o.Debounce = 250 * time.Millisecond })
	alive := func() {
		t.Helper()
		var h any
		cl.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": cl.uri("none.nix")}, "position": protocol.Position{}}, &h)
	}
	// Malformed JSON, a bad header, a body that is not an object.
	for _, raw := range []string{
		"Content-Length: 8\r\n\r\n{\"jsonrp",
		"Content-Length: x\r\n\r\n",
		"Content-Length: 4\r\n\r\nnull",
		"Content-Length: 38\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":77,\"params\":{}}",
	} {
		if _, err := io.WriteString(cl.raw, raw); err != nil {
			t.Fatal(err)
		}
		alive()
	}
	// An unknown method is an error; an unknown notification is ignored.
	var res any
	err := cl.c.CallResult(context.Background(), "nixdock/unknown", map[string]any{}, &res)
	var je *jrpc2.Error
	if !errors.As(err, &je) || je.Code != jrpc2.MethodNotFound {
		t.Errorf("unknown method: %v", err)
	}
	cl.notify("$/unknown", map[string]any{})
	// Bad params.
	err = cl.c.CallResult(context.Background(), "textDocument/codeAction", []int{1}, &res)
	if !errors.As(err, &je) || je.Code != jrpc2.InvalidParams {
		t.Errorf("bad params: %v", err)
	}
	// Requests and notifications for documents that are not open.
	none := cl.uri("closed.nix")
	if acts := cl.actions(none, whole(), nil); len(acts) != 0 {
		t.Errorf("actions for a closed document: %+v", acts)
	}
	cl.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": none, "version": 2}, "contentChanges": []any{map[string]any{"text": "x"}}})
	cl.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": none}})
	cl.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": none}})
	alive()

	// A document of 100,000 lines: five images, then filler.
	var b strings.Builder
	b.WriteString("{ pkgs }:\n{\n")
	for i := 0; i < 100000-4; i++ {
		fmt.Fprintf(&b, "  a%d = %d;\n", i, i)
	}
	b.WriteString("  img = pkgs.dockerTools.buildImage { name = \"x\"; };\n}\n")
	big := b.String()
	if n := strings.Count(big, "\n"); n != 100000 {
		t.Fatalf("%d lines", n)
	}
	bu := cl.open("big.nix", big)
	p := cl.waitVersion(bu, 1)
	if codes(p.items) != "ND001,ND002,ND003" || p.items[0].Range.Start.Line != 99998 {
		t.Errorf("big document: %s at %+v", codes(p.items), p.items)
	}
	acts := cl.actions(bu, whole(), nil, fixAllKind)
	if len(acts) != 1 {
		t.Fatalf("big document fix-all: %d actions", len(acts))
	}
	if got, want := applyEdits(t, big, acts[0].Edit.Changes[bu], utf16), cliFix(t, filepath.Join(cl.dir, "big.nix"), big, false); got != want {
		t.Errorf("big document fix-all differs from lint --fix")
	}
	cl.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": bu}})

	// A burst of 1,000 one-character edits: the last version's findings
	// are published, and far fewer than 1,000 publications.
	uri := cl.open("burst.nix", bad)
	cl.waitVersion(uri, 1)
	text := bad
	for i := 0; i < 1000; i++ {
		pos := protocol.Position{Line: 0, Character: 0}
		ins := "#"
		if i%2 == 1 {
			ins = "\n"
		}
		text = ins + text
		cl.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": i + 2},
			"contentChanges": []any{map[string]any{"range": protocol.Range{Start: pos, End: pos}, "text": ins}},
		})
	}
	p = cl.waitVersion(uri, 1001)
	x := newLineIndex([]byte(text), utf16)
	want := cliLint(filepath.Join(cl.dir, "burst.nix"), text)
	if len(p.items) != len(want) || p.items[0].Range != x.rng(want[0].Pos, want[0].End) {
		t.Errorf("after the burst: %+v, want %+v", p.items, want)
	}
	cl.mu.Lock()
	n := len(cl.diags[uri])
	cl.mu.Unlock()
	if n > 100 {
		t.Errorf("%d publications for 1,000 edits", n)
	}
	t.Logf("1,000 edits: %d publications", n)
	alive()
	cl.shutdown()
}

func TestCancel(t *testing.T) {
	entered := make(chan struct{}, 1)
	cl, _ := start(t, nil, map[string]any{}, func(o *Options) {
		o.hook = func(ctx context.Context, method string) {
			if method != "hover" {
				return
			}
			entered <- struct{}{}
			select {
			case <-ctx.Done():
			case <-time.After(20 * time.Second):
			}
		}
	})
	uri := cl.open("image.nix", bad)
	cl.waitVersion(uri, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errc = make(chan error, 1)
	go func() {
		var res any
		errc <- cl.c.CallResult(ctx, "textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": protocol.Position{Line: 1}}, &res)
	}()
	<-entered
	// A change after the request waits for it (notifications keep their
	// order after requests); the cancellation must not wait behind it.
	cl.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []any{map[string]any{"text": bad + "\n"}}})
	// The client's first request was initialize (id 1), then this one.
	began := time.Now()
	cl.notify("$/cancelRequest", map[string]any{"id": 2})
	err := <-errc
	var je *jrpc2.Error
	if !errors.As(err, &je) || je.Code != codeRequestCancelled {
		t.Errorf("cancelled request: %v", err)
	}
	if d := time.Since(began); d > 10*time.Second {
		t.Errorf("cancellation took %v", d)
	}
	// The change went through after it.
	cl.waitVersion(uri, 2)
	cl.shutdown()
}

func TestLifecycle(t *testing.T) {
	// Requests before initialize are refused; exit without shutdown is 1.
	sr, cw := io.Pipe()
	cr, sw := io.Pipe()
	done := make(chan int, 1)
	go func() { done <- Serve(sr, sw, Options{}); _ = sw.Close() }()
	c := jrpc2.NewClient(channel.LSP(cr, cw), nil)
	defer c.Close()
	var res any
	err := c.CallResult(context.Background(), "textDocument/hover", map[string]any{}, &res)
	var je *jrpc2.Error
	if !errors.As(err, &je) || je.Code != codeServerNotInitialized {
		t.Errorf("before initialize: %v", err)
	}
	if err := c.CallResult(context.Background(), "initialize", map[string]any{"capabilities": map[string]any{}}, &res); err != nil {
		t.Fatal(err)
	}
	if err := c.CallResult(context.Background(), "initialize", map[string]any{"capabilities": map[string]any{}}, &res); err == nil {
		t.Errorf("a second initialize succeeded")
	}
	if err := c.Notify(context.Background(), "exit", nil); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != 1 {
			t.Errorf("exit without shutdown: code %d, want 1", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no exit")
	}

	// After shutdown, requests are refused, and the server still waits
	// for exit; the end of its input ends it too.
	cl, _ := start(t, nil, map[string]any{})
	cl.call("shutdown", nil, &res)
	err = cl.c.CallResult(context.Background(), "textDocument/hover", map[string]any{}, &res)
	if !errors.As(err, &je) || je.Code != codeInvalidRequest {
		t.Errorf("after shutdown: %v", err)
	}
	_ = cl.c.Close()
	select {
	case <-cl.done:
	case <-time.After(10 * time.Second):
		t.Fatal("the end of input did not end the server")
	}
}

// TestMemoryBounded opens and closes many large documents: once they are
// closed, the server holds less than it held for one open document, so what
// it keeps follows the open documents, not those it has seen.
func TestMemoryBounded(t *testing.T) {
	cl, _ := start(t, nil, map[string]any{})
	var b strings.Builder
	b.WriteString("{ pkgs }:\n{\n")
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&b, "  img%d = pkgs.dockerTools.buildImage {\n    name = \"app\";\n    config.Cmd = [ \"x\" ];\n  };\n", i)
	}
	b.WriteString("}\n")
	big := b.String()
	heap := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	forget := func(uri string) {
		cl.mu.Lock()
		delete(cl.diags, uri)
		cl.mu.Unlock()
	}
	base := heap()
	var withOne, afterFive uint64
	for i := 0; i < 15; i++ {
		if i == 5 {
			afterFive = heap()
		}
		uri := cl.open(fmt.Sprintf("m%d.nix", i), big)
		if p := cl.waitVersion(uri, 1); len(p.items) != 1200 {
			t.Fatalf("%d findings", len(p.items))
		}
		forget(uri)
		if i == 0 {
			// Make the server hold a fix-all's worth too.
			cl.actions(uri, whole(), nil)
			withOne = heap()
		}
		cl.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
		cl.waitFor(uri, func(p publication) bool { return p.version == -1 })
		forget(uri)
	}
	after := heap()
	t.Logf("heap: %d KB at start, %d KB with one document open, %d KB after 5 and %d KB after 15 opened and closed",
		base>>10, withOne>>10, afterFive>>10, after>>10)
	// What stays after closing (the parser's spare buffers, sized by the
	// largest file) does not grow with the number of documents seen: ten
	// more documents opened and closed leave less than half of what one
	// open document holds.
	if withOne <= base || after > afterFive+(withOne-base)/2 {
		t.Errorf("the heap grows with documents closed: %d KB after 5, %d KB after 15; one open document costs %d KB",
			afterFive>>10, after>>10, (withOne-base)>>10)
	}
	var res any
	cl.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": cl.uri("m0.nix")}, "position": protocol.Position{}}, &res)
	if res != nil {
		t.Errorf("a closed document still answers: %v", res)
	}
	cl.shutdown()
}

// TestMalformedMessages writes broken messages under the framing and reads
// the answers as they are on the wire: a parse error for each, with a null
// id, and the server still answers the next request.
func TestMalformedMessages(t *testing.T) {
	sr, cw := io.Pipe()
	cr, sw := io.Pipe()
	done := make(chan int, 1)
	go func() { done <- Serve(sr, sw, Options{}); _ = sw.Close() }()
	defer func() { _ = cw.Close() }()
	ch := channel.LSP(cr, cw)
	for _, raw := range []string{
		"Content-Length: 8\r\n\r\n{\"jsonrp",
		"Content-Length: x\r\n\r\n",
		"Content-Type: application/vscode-jsonrpc; charset=utf8\r\nContent-Length: 4\r\n\r\nnull",
	} {
		if _, err := io.WriteString(cw, raw); err != nil {
			t.Fatal(err)
		}
		msg, err := ch.Recv()
		if err != nil {
			t.Fatal(err)
		}
		var rsp struct {
			ID    json.RawMessage `json:"id"`
			Error *jrpc2.Error    `json:"error"`
		}
		if err := json.Unmarshal(msg, &rsp); err != nil || rsp.Error == nil || (rsp.Error.Code != jrpc2.ParseError && rsp.Error.Code != jrpc2.InvalidRequest) || string(rsp.ID) != "null" {
			t.Errorf("%q: answered %s", raw, msg)
		}
	}
	if err := ch.Send([]byte(`{"jsonrpc":"2.0","id":7,"method":"initialize","params":{"capabilities":{}}}`)); err != nil {
		t.Fatal(err)
	}
	msg, err := ch.Recv()
	if err != nil || !strings.Contains(string(msg), `"id":7,"result":{"capabilities"`) {
		t.Errorf("after the broken messages: %s %v", msg, err)
	}
}
