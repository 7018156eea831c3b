// Package lsp is nixdock's language server: it lints the documents an
// editor has open as they change, publishes (or answers pulls for) their
// findings, and offers each finding's fix, a suppression comment, and a
// fix-all action that gives what "nixdock lint --fix" gives. The protocol
// runs over JSON-RPC 2.0 with LSP framing (github.com/sourcegraph/jsonrpc2,
// with the framing and the order of handling in stream.go and order.go);
// the protocol types are glsp's, with the few 3.17 ones it lacks in
// protocol.go.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/nixdock/nixdock/docs"
	"github.com/nixdock/nixdock/fixer"
	"github.com/nixdock/nixdock/internal/config"
	"github.com/nixdock/nixdock/internal/lintrun"
	"github.com/nixdock/nixdock/rules"
)

// Options configure a server.
type Options struct {
	// Debounce is how long the server waits after a change before it
	// lints the document, so that typing does not lint at every key
	// (default 100ms). Opening and saving lint at once.
	Debounce time.Duration
	// Log receives the server's own messages (default: discarded).
	Log io.Writer
	// Version is reported in serverInfo.
	Version string

	// hook, in tests, runs at the start of every request handler.
	hook func(ctx context.Context, method string)
}

// JSON-RPC error codes the protocol defines beyond JSON-RPC's own, and
// the two of JSON-RPC's the handlers give.
const (
	codeServerNotInitialized = -32002
	codeRequestCancelled     = -32800
	codeInvalidRequest       = jsonrpc2.CodeInvalidRequest
	codeInternalError        = jsonrpc2.CodeInternalError
)

const (
	fixAllKind = "source.fixAll.nixdock"
	source     = "nixdock"
)

// server states.
const (
	stateNew = iota
	stateRunning
	stateShutdown
)

type server struct {
	opts Options
	conn *jsonrpc2.Conn
	exit chan int

	mu       sync.Mutex
	state    int
	enc      encoding
	pull     bool // the client pulls diagnostics: publish none
	refresh  bool // the client takes workspace/diagnostic/refresh
	watch    bool // the client registers file watchers dynamically
	set      settings
	configs  *lintrun.ConfigCache
	cfgGen   uint64
	docs     map[string]*document
	reported map[string]bool // config errors already shown
}

// document is one open document.
type document struct {
	uri, path string
	version   int32
	text      []byte
	gen       uint64 // counts changes
	timer     *time.Timer
	linting   bool // a lint of this document is running
	again     bool // lint again when it ends
	res       *result
}

// result is the lint of one state of a document under one configuration.
type result struct {
	id       string
	gen      uint64
	cfgGen   uint64
	version  int32
	text     []byte
	name     string
	enc      encoding
	rcfg     *rules.Config
	unsafe   bool
	excluded bool
	diags    []rules.Diagnostic
	items    []protocol.Diagnostic
	data     []diagnosticData

	// fix-all is computed once per result: editors ask for code actions
	// at every move of the cursor.
	fixAllOnce sync.Once
	fixAll     []protocol.TextEdit
}

var resultIDs atomic.Uint64

// Serve runs a language server reading requests from in and writing to out
// until the client sends exit or in ends. It returns the exit code the
// protocol asks for: 0 after shutdown then exit, 1 otherwise.
func Serve(in io.Reader, out io.WriteCloser, opts Options) int {
	if opts.Debounce <= 0 {
		opts.Debounce = 100 * time.Millisecond
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	s := &server{
		opts:     opts,
		exit:     make(chan int, 1),
		configs:  lintrun.NewConfigCache(),
		docs:     map[string]*document{},
		reported: map[string]bool{},
	}
	st := newStream(in, out, s.logf)
	d := newDispatcher(s.handlers(), st)
	s.conn = jsonrpc2.NewConn(context.Background(), st, d, jsonrpc2.SetLogger(logger(s.logf)))
	close(d.ready)
	// The server ends on exit without waiting for its reader, which may
	// block on an input the client never closes; or when the input ends,
	// once what was read has been handled (requests are cancelled).
	var code int
	select {
	case code = <-s.exit:
		_ = s.conn.Close()
	case <-s.conn.DisconnectNotify():
		d.wg.Wait()
		code = 1
		select {
		case code = <-s.exit:
		default:
		}
		if err := st.rerr; err != nil && !errors.Is(err, io.EOF) {
			s.logf("connection: %v", err)
		}
	}
	s.mu.Lock()
	s.stopTimersLocked()
	s.docs = map[string]*document{}
	s.mu.Unlock()
	return code
}

func (s *server) logf(format string, args ...any) {
	fmt.Fprintf(s.opts.Log, "nixdock server: "+format+"\n", args...)
}

// logger takes the connection's own messages, which end in a newline.
type logger func(string, ...any)

func (l logger) Printf(format string, args ...any) {
	l("%s", strings.TrimSuffix(fmt.Sprintf(format, args...), "\n"))
}

// handler wraps a method: it checks the server's state, runs the test
// hook, recovers from a panic, and turns a cancelled context into the
// protocol's RequestCancelled error.
func (s *server) handler(method string, anyState bool, h handlerFunc) handlerFunc {
	return func(ctx context.Context, req *jsonrpc2.Request) (res any, err error) {
		if !anyState {
			s.mu.Lock()
			st := s.state
			s.mu.Unlock()
			switch {
			case st == stateNew && req.Notif:
				return nil, nil
			case st == stateNew:
				return nil, newError(codeServerNotInitialized, "the server is not initialized", nil)
			case st == stateShutdown && req.Notif:
				return nil, nil
			case st == stateShutdown:
				return nil, newError(codeInvalidRequest, "the server is shut down", nil)
			}
		}
		defer func() {
			if p := recover(); p != nil {
				s.logf("%s: panic: %v\n%s", method, p, debug.Stack())
				res, err = nil, newError(codeInternalError, fmt.Sprintf("internal error: %v", p), nil)
			}
		}()
		if s.opts.hook != nil && !req.Notif {
			s.opts.hook(ctx, method)
		}
		if ctx.Err() != nil {
			return nil, newError(codeRequestCancelled, "request cancelled", nil)
		}
		res, err = h(ctx, req)
		if ctx.Err() != nil && !req.Notif {
			return nil, newError(codeRequestCancelled, "request cancelled", nil)
		}
		return res, err
	}
}

func (s *server) handlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"initialize":                          s.handler("initialize", true, s.initialize),
		"initialized":                         s.handler("initialized", false, s.initialized),
		"shutdown":                            s.handler("shutdown", false, s.shutdown),
		"exit":                                s.handler("exit", true, s.exitNote),
		"$/setTrace":                          s.handler("$/setTrace", true, ignore),
		"textDocument/didOpen":                s.handler("didOpen", false, withParams(s.didOpen)),
		"textDocument/didChange":              s.handler("didChange", false, withParams(s.didChange)),
		"textDocument/didSave":                s.handler("didSave", false, withParams(s.didSave)),
		"textDocument/didClose":               s.handler("didClose", false, withParams(s.didClose)),
		"textDocument/diagnostic":             s.handler("diagnostic", false, withParams(s.diagnostic)),
		"textDocument/codeAction":             s.handler("codeAction", false, withParams(s.codeAction)),
		"textDocument/hover":                  s.handler("hover", false, withParams(s.hover)),
		"workspace/didChangeWatchedFiles":     s.handler("didChangeWatchedFiles", false, withParams(s.didChangeWatchedFiles)),
		"workspace/didChangeConfiguration":    s.handler("didChangeConfiguration", false, withParams(s.didChangeConfiguration)),
		"workspace/didChangeWorkspaceFolders": s.handler("didChangeWorkspaceFolders", false, ignore),
	}
}

func ignore(context.Context, *jsonrpc2.Request) (any, error) { return nil, nil }

// withParams adapts a method that takes its decoded parameters: a request
// whose parameters do not decode into P is answered with the decoding
// error.
func withParams[P any](h func(ctx context.Context, p P) (any, error)) handlerFunc {
	return func(ctx context.Context, req *jsonrpc2.Request) (any, error) {
		var p P
		if err := unmarshalParams(req, &p); err != nil {
			return nil, err
		}
		return h(ctx, p)
	}
}

func (s *server) initialize(_ context.Context, req *jsonrpc2.Request) (any, error) {
	var p protocol.InitializeParams
	if err := unmarshalParams(req, &p); err != nil {
		// A client may send a capability in a shape glsp's types do not
		// take; the server needs little of them, so it goes on with the
		// options alone rather than refuse to start.
		var opts struct {
			InitializationOptions any `json:"initializationOptions"`
		}
		if err2 := unmarshalParams(req, &opts); err2 != nil {
			return nil, err
		}
		s.logf("initialize: %v (going on with the defaults)", err)
		p = protocol.InitializeParams{InitializationOptions: opts.InitializationOptions}
	}
	var p317 clientCapabilities317
	_ = unmarshalParams(req, &p317)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state != stateNew {
		return nil, newError(codeInvalidRequest, "initialize was already called", nil)
	}
	caps := p317.Capabilities
	s.enc = utf16
	if caps.General != nil {
		for _, e := range caps.General.PositionEncodings {
			if e == "utf-8" {
				s.enc = utf8Enc
				break
			}
		}
	}
	s.pull = caps.TextDocument != nil && caps.TextDocument.Diagnostic != nil
	s.refresh = caps.Workspace != nil && caps.Workspace.Diagnostics != nil && caps.Workspace.Diagnostics.RefreshSupport
	if w := p.Capabilities.Workspace; w != nil && w.DidChangeWatchedFiles != nil && w.DidChangeWatchedFiles.DynamicRegistration != nil {
		s.watch = *w.DidChangeWatchedFiles.DynamicRegistration
	}
	if p.InitializationOptions != nil {
		s.set = s.applySettings(s.set, p.InitializationOptions)
	}
	s.state = stateRunning

	yes := true
	incremental := protocol.TextDocumentSyncKindIncremental
	caps316 := protocol.ServerCapabilities{
		TextDocumentSync: protocol.TextDocumentSyncOptions{
			OpenClose: &yes,
			Change:    &incremental,
			Save:      protocol.SaveOptions{},
		},
		HoverProvider: true,
		CodeActionProvider: protocol.CodeActionOptions{
			CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix, fixAllKind},
		},
	}
	res := initializeResult317{
		Capabilities: serverCapabilities317{
			ServerCapabilities: caps316,
			PositionEncoding:   s.enc.String(),
		},
		ServerInfo: &protocol.InitializeResultServerInfo{Name: "nixdock", Version: &s.opts.Version},
	}
	if s.pull {
		res.Capabilities.DiagnosticProvider = &diagnosticOptions{Identifier: source}
	}
	return res, nil
}

// applySettings reads select, ignore and unsafeFixes from raw (the
// initialization options, or the settings, bare or under "nixdock") over
// cur. Unknown rules are reported to the user and left out.
func (s *server) applySettings(cur settings, raw any) settings {
	b, err := json.Marshal(raw)
	if err != nil {
		return cur
	}
	var wrapped map[string]json.RawMessage
	if json.Unmarshal(b, &wrapped) == nil {
		if inner, ok := wrapped[source]; ok {
			b = inner
		}
	}
	next := cur
	if err := json.Unmarshal(b, &next); err != nil {
		s.showLocked(protocol.MessageTypeError, fmt.Sprintf("nixdock: bad settings: %v", err))
		return cur
	}
	known := func(what string, names []string) []string {
		var out []string
		for _, n := range names {
			if !rules.ValidSelector(n) {
				s.showLocked(protocol.MessageTypeWarning, fmt.Sprintf("nixdock: %s: unknown selector %q (see nixdock rules)", what, n))
				continue
			}
			out = append(out, n)
		}
		return out
	}
	next.Select = known("select", next.Select)
	next.Ignore = known("ignore", next.Ignore)
	return next
}

// showLocked shows a message to the user; it does not wait.
func (s *server) showLocked(t protocol.MessageType, msg string) {
	s.logf("%s", msg)
	go func() {
		_ = s.conn.Notify(context.Background(), protocol.ServerWindowShowMessage, protocol.ShowMessageParams{Type: t, Message: msg})
	}()
}

func (s *server) initialized(context.Context, *jsonrpc2.Request) (any, error) {
	s.mu.Lock()
	watch := s.watch
	s.mu.Unlock()
	if !watch {
		return nil, nil
	}
	// Ask the client to report changes to config files. The answer is not
	// waited for here: it comes in through the same connection.
	go func() {
		var watchers []protocol.FileSystemWatcher
		for _, n := range config.FileNames {
			watchers = append(watchers, protocol.FileSystemWatcher{GlobPattern: "**/" + n})
		}
		err := s.callClient(protocol.ServerClientRegisterCapability, protocol.RegistrationParams{
			Registrations: []protocol.Registration{{
				ID:              "nixdock-config-files",
				Method:          "workspace/didChangeWatchedFiles",
				RegisterOptions: protocol.DidChangeWatchedFilesRegistrationOptions{Watchers: watchers},
			}},
		})
		if err != nil {
			s.logf("registering config file watchers: %v", err)
		}
	}()
	return nil, nil
}

// callClient sends the client a request and waits at most ten seconds for
// its answer, which the server does not use.
func (s *server) callClient(method string, params any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return s.conn.Call(ctx, method, params, nil)
}

func (s *server) shutdown(context.Context, *jsonrpc2.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.state = stateShutdown
	s.stopTimersLocked()
	return nil, nil
}

func (s *server) exitNote(context.Context, *jsonrpc2.Request) (any, error) {
	s.mu.Lock()
	code := 1
	if s.state == stateShutdown {
		code = 0
	}
	s.mu.Unlock()
	select {
	case s.exit <- code:
	default:
	}
	return nil, nil
}

// uriPath is the file path of a file: URI, or "" for any other.
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return ""
	}
	return filepath.FromSlash(u.Path)
}

func (s *server) didOpen(_ context.Context, p protocol.DidOpenTextDocumentParams) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	uri := p.TextDocument.URI
	if old := s.docs[uri]; old != nil {
		old.stopTimer()
	}
	d := &document{uri: uri, path: uriPath(uri), version: p.TextDocument.Version, text: []byte(p.TextDocument.Text)}
	s.docs[uri] = d
	s.scheduleLocked(d, 0)
	return nil, nil
}

func (s *server) didChange(_ context.Context, p protocol.DidChangeTextDocumentParams) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil, nil // a change to a document not open: nothing to change
	}
	for _, c := range p.ContentChanges {
		switch c := c.(type) {
		case protocol.TextDocumentContentChangeEvent:
			d.text = applyChange(d.text, s.enc, c.Range, c.Text)
		case protocol.TextDocumentContentChangeEventWhole:
			d.text = []byte(c.Text)
		}
	}
	d.version = p.TextDocument.Version
	d.gen++
	s.scheduleLocked(d, s.opts.Debounce)
	return nil, nil
}

func (s *server) didSave(_ context.Context, p protocol.DidSaveTextDocumentParams) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil, nil
	}
	if p.Text != nil && *p.Text != string(d.text) {
		d.text = []byte(*p.Text)
		d.gen++
	}
	s.scheduleLocked(d, 0)
	return nil, nil
}

func (s *server) didClose(_ context.Context, p protocol.DidCloseTextDocumentParams) (any, error) {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	delete(s.docs, p.TextDocument.URI)
	pull := s.pull
	s.mu.Unlock()
	if d == nil {
		return nil, nil
	}
	d.stopTimer()
	if !pull {
		s.publish(d.uri, nil, nil)
	}
	return nil, nil
}

// reloadLocked forgets the loaded configs and lints every open document
// again.
func (s *server) reloadLocked() {
	s.configs = lintrun.NewConfigCache()
	s.cfgGen++
	s.reported = map[string]bool{}
	for _, d := range s.docs {
		s.scheduleLocked(d, 0)
	}
	if s.pull && s.refresh {
		go func() { _ = s.callClient("workspace/diagnostic/refresh", nil) }()
	}
}

func (s *server) didChangeWatchedFiles(_ context.Context, p protocol.DidChangeWatchedFilesParams) (any, error) {
	relevant := false
	for _, c := range p.Changes {
		base := filepath.Base(uriPath(c.URI))
		for _, n := range config.FileNames {
			if base == n {
				relevant = true
			}
		}
	}
	if !relevant {
		return nil, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reloadLocked()
	return nil, nil
}

func (s *server) didChangeConfiguration(_ context.Context, p protocol.DidChangeConfigurationParams) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p.Settings != nil {
		s.set = s.applySettings(s.set, p.Settings)
	}
	s.reloadLocked()
	return nil, nil
}

// stopTimer cancels the lint scheduled for d, if any.
func (d *document) stopTimer() {
	if d.timer != nil {
		d.timer.Stop()
	}
}

// stopTimersLocked cancels every scheduled lint.
func (s *server) stopTimersLocked() {
	for _, d := range s.docs {
		d.stopTimer()
	}
}

// scheduleLocked lints d after delay, replacing a lint scheduled before.
// Nothing runs while no document changes: the timer fires once.
func (s *server) scheduleLocked(d *document, delay time.Duration) {
	d.stopTimer()
	d.timer = time.AfterFunc(delay, func() { s.lintAndPublish(d) })
}

// lintAndPublish lints d's current text and publishes the findings, unless
// d changed or closed meanwhile (a newer lint is then scheduled). One lint
// of a document runs at a time.
func (s *server) lintAndPublish(d *document) {
	s.mu.Lock()
	if s.docs[d.uri] != d || s.state != stateRunning {
		s.mu.Unlock()
		return
	}
	if d.linting {
		d.again = true
		s.mu.Unlock()
		return
	}
	if s.currentLocked(d, d.res) {
		// Already linted by a request (a pull or a code action).
		res, pull := d.res, s.pull
		s.mu.Unlock()
		if !pull {
			s.publish(d.uri, &res.version, res.items)
		}
		return
	}
	d.linting = true
	sn := s.snapshotLocked(d)
	s.mu.Unlock()

	res := s.safeAnalyze(sn)

	s.mu.Lock()
	d.linting = false
	again := d.again
	d.again = false
	current := s.currentLocked(d, res)
	if current {
		res = s.keepLocked(d, res)
	}
	if again && s.docs[d.uri] == d {
		s.scheduleLocked(d, 0)
	}
	pull := s.pull
	s.mu.Unlock()
	if current && !pull {
		s.publish(d.uri, &res.version, res.items)
	}
}

// currentLocked reports whether res is the lint of d's current text under
// the current configuration, d being still open.
func (s *server) currentLocked(d *document, res *result) bool {
	return res != nil && s.docs[d.uri] == d && res.gen == d.gen && res.cfgGen == s.cfgGen
}

func (s *server) publish(uri string, version *int32, items []protocol.Diagnostic) {
	if items == nil {
		items = []protocol.Diagnostic{}
	}
	p := protocol.PublishDiagnosticsParams{URI: uri, Diagnostics: items}
	if version != nil && *version >= 0 {
		v := protocol.UInteger(*version)
		p.Version = &v
	}
	if err := s.conn.Notify(context.Background(), protocol.ServerTextDocumentPublishDiagnostics, p); err != nil {
		s.logf("publishing diagnostics: %v", err)
	}
}

// snapshot is what a lint needs, taken under the lock.
type snapshot struct {
	uri, path string
	text      []byte
	version   int32
	gen       uint64
	set       settings
	configs   *lintrun.ConfigCache
	cfgGen    uint64
	enc       encoding
}

func (s *server) snapshotLocked(d *document) snapshot {
	return snapshot{uri: d.uri, path: d.path, text: d.text, version: d.version, gen: d.gen,
		set: s.set, configs: s.configs, cfgGen: s.cfgGen, enc: s.enc}
}

func (s *server) safeAnalyze(sn snapshot) (res *result) {
	defer func() {
		if p := recover(); p != nil {
			s.logf("linting %s: panic: %v\n%s", sn.uri, p, debug.Stack())
			res = nil
		}
	}()
	return s.analyze(sn)
}

// analyze lints a snapshot as "nixdock lint" lints the file: the config
// that governs its path, the settings' select and ignore on top, then
// suppression comments.
func (s *server) analyze(sn snapshot) *result {
	res := &result{
		id:      fmt.Sprint(resultIDs.Add(1)),
		gen:     sn.gen,
		cfgGen:  sn.cfgGen,
		version: sn.version,
		text:    sn.text,
		name:    sn.path,
		enc:     sn.enc,
		unsafe:  sn.set.UnsafeFixes,
	}
	if res.name == "" {
		res.name = sn.uri
	}
	var cfg *config.Config
	if sn.path != "" {
		c, err := sn.configs.ForFile(sn.path)
		if err != nil {
			s.mu.Lock()
			if !s.reported[err.Error()] && s.cfgGen == sn.cfgGen {
				s.reported[err.Error()] = true
				s.showLocked(protocol.MessageTypeError, "nixdock: "+err.Error()+" (linting with the defaults)")
			}
			s.mu.Unlock()
		}
		cfg = c
		if cfg.Excluded(sn.path) {
			res.excluded = true
			return res
		}
	}
	var flags *rules.Selection
	if len(sn.set.Select) > 0 || len(sn.set.Ignore) > 0 {
		// The editor's settings apply as the command line's flags do.
		flags = &rules.Selection{Select: sn.set.Select, Ignore: sn.set.Ignore}
	}
	res.rcfg = lintrun.RulesConfig(cfg, flags, false)
	f, ds := lintrun.Lint(res.rcfg)(res.name, sn.text)
	if f != nil {
		f.Discard()
	}
	res.diags = ds
	res.items, res.data = convert(sn.text, ds, sn.version, sn.enc)
	return res
}

// convert turns findings into protocol diagnostics, each with its data.
func convert(text []byte, ds []rules.Diagnostic, version int32, enc encoding) ([]protocol.Diagnostic, []diagnosticData) {
	if len(ds) == 0 {
		return []protocol.Diagnostic{}, nil
	}
	x := newLineIndex(text, enc)
	crlf := fixer.UsesCRLF(text)
	items := make([]protocol.Diagnostic, len(ds))
	datas := make([]diagnosticData, len(ds))
	src := source
	for i, d := range ds {
		sev := protocol.DiagnosticSeverityInformation
		switch d.Severity {
		case rules.Error:
			sev = protocol.DiagnosticSeverityError
		case rules.Warning:
			sev = protocol.DiagnosticSeverityWarning
		}
		code := protocol.IntegerOrString{Value: d.Code}
		item := protocol.Diagnostic{
			Range:           x.rng(d.Pos, d.End),
			Severity:        &sev,
			Code:            &code,
			CodeDescription: &protocol.CodeDescription{HRef: docs.URL(d.Code)},
			Source:          &src,
			Message:         d.Message,
		}
		if d.Code == rules.UnusedSuppression.Code {
			item.Tags = []protocol.DiagnosticTag{protocol.DiagnosticTagUnnecessary}
		}
		data := diagnosticData{Version: version, Code: d.Code}
		for _, fx := range d.Fixes {
			fd := fixData{Title: fx.Message, Unsafe: fx.Safety == rules.Unsafe}
			for _, e := range fx.Edits {
				t := e.NewText
				if crlf {
					t = fixer.ToCRLF(t)
				}
				fd.Edits = append(fd.Edits, protocol.TextEdit{Range: x.rng(e.Pos, e.End), NewText: t})
			}
			data.Fixes = append(data.Fixes, fd)
		}
		item.Data = data
		items[i] = item
		datas[i] = data
	}
	return items, datas
}

// current returns the lint of the document's current text, linting it now
// if the last lint is out of date; nil if the document is not open.
func (s *server) current(ctx context.Context, uri string) *result {
	s.mu.Lock()
	d := s.docs[uri]
	if d == nil {
		s.mu.Unlock()
		return nil
	}
	if s.currentLocked(d, d.res) {
		res := d.res
		s.mu.Unlock()
		return res
	}
	sn := s.snapshotLocked(d)
	s.mu.Unlock()
	if ctx.Err() != nil {
		return nil
	}
	res := s.safeAnalyze(sn)
	if res == nil {
		return nil
	}
	s.mu.Lock()
	if s.currentLocked(d, res) {
		res = s.keepLocked(d, res)
	}
	s.mu.Unlock()
	return res
}

// keepLocked stores res, a current lint of d, as d's result and returns
// it; unless a lint of the same text that ran alongside (a pull, a code
// action, the scheduled lint) stored its own first, which is then kept and
// returned: a result id, once answered to a pull, stays the document's as
// long as its text and configuration do.
func (s *server) keepLocked(d *document, res *result) *result {
	if s.currentLocked(d, d.res) {
		return d.res
	}
	d.res = res
	return res
}

func (s *server) diagnostic(ctx context.Context, p documentDiagnosticParams) (any, error) {
	res := s.current(ctx, p.TextDocument.URI)
	if res == nil {
		return fullReport("", nil), nil
	}
	if p.PreviousResultID != "" && p.PreviousResultID == res.id {
		return documentDiagnosticReport{Kind: "unchanged", ResultID: res.id}, nil
	}
	return fullReport(res.id, res.items), nil
}
