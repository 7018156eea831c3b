package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"text/tabwriter"

	"github.com/nixdock/nixdock/docs"
	"github.com/nixdock/nixdock/internal/config"
	"github.com/nixdock/nixdock/internal/lintrun"
	"github.com/nixdock/nixdock/internal/readfile"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
	"github.com/nixdock/nixdock/rules"
)

type parseCmd struct {
	Dump     bool     `help:"Print the syntax tree of each file."`
	Jobs     int      `short:"j" help:"Files parsed in parallel (default: all cores)." default:"0"`
	NoPipes  bool     `name:"no-pipe-operators" help:"Refuse the pipe operators |> and <|, as Nix before 2.24 does (config: pipe-operators = false)."`
	Config   string   `help:"Use this config file instead of searching for one." type:"path"`
	NoConfig bool     `help:"Ignore config files."`
	Files    pathList `arg:"" name:"file" help:"Nix files to parse."`

	modeFor func(path string) (parser.Mode, error)
}

// ringPerJob is the number of result slots per worker of the parse
// command's ring (see parseCmd.Run).
const ringPerJob = 64

// parsed is what parsing one file printed, and the exit code it calls for.
type parsed struct {
	stdout, stderr []byte
	code           int
}

func (c *parseCmd) Run(e *env) error {
	modeFor, err := parseModes(c.Config, c.NoConfig, c.NoPipes)
	if err != nil {
		return err
	}
	c.modeFor = modeFor
	jobs := c.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	// Files are parsed in parallel and printed in order. At most window
	// files are in flight, each with a slot of a ring, so memory follows
	// the largest files, not the number of files. While one worker is on
	// a large file the others go on through small ones, whose results
	// wait for it: a window of a few files per worker left them idle for
	// a sixth of a run over a tree. A file's result is its error messages,
	// so the window can be wide; with --dump it is the whole syntax tree
	// printed, and it stays narrow.
	window := ringPerJob * jobs
	if c.Dump {
		window = 4 * jobs
	}
	ring := make([]chan parsed, window)
	for i := range ring {
		ring[i] = make(chan parsed, 1)
	}
	// A worker takes a slot before it takes a file: the files taken and
	// not yet printed are then a run of at most window consecutive
	// indices, which never share a slot. Workers count files off
	// themselves: a goroutine handing out indices over a channel cost each
	// file two goroutine switches, a sixth of the wall time over a tree of
	// small files.
	free := make(chan struct{}, window)
	var next atomic.Int64
	for range jobs {
		go func() {
			for {
				free <- struct{}{}
				i := int(next.Add(1) - 1)
				if i >= len(c.Files) {
					return
				}
				ring[i%window] <- c.parseOne(c.Files[i])
			}
		}()
	}
	code := exitClean
	for i := range c.Files {
		r := <-ring[i%window]
		<-free
		code = max(code, r.code)
		// Most files print nothing, and an empty write is still a system
		// call.
		if len(r.stderr) > 0 {
			if _, werr := e.stderr.Write(r.stderr); werr != nil && err == nil {
				err = werr
			}
		}
		if len(r.stdout) > 0 {
			if _, werr := e.stdout.Write(r.stdout); werr != nil && err == nil {
				err = werr
			}
		}
	}
	if err != nil {
		return err
	}
	return codeErr(code)
}

// parseOne parses and resolves one file.
func (c *parseCmd) parseOne(path string) parsed {
	src, err := readfile.Read(path)
	if err != nil {
		return parsed{stderr: fmt.Appendf(nil, "nixdock: %s: %v\n", path, unwrapPathError(err)), code: exitUsage}
	}
	mode, err := c.modeFor(path)
	if err != nil {
		return parsed{stderr: fmt.Appendf(nil, "nixdock: %v\n", err), code: exitUsage}
	}
	f, err := parser.ParseFile(path, src, mode)
	defer f.Discard()
	var errs parser.ErrorList
	if err != nil {
		list, ok := err.(parser.ErrorList)
		if !ok {
			return parsed{stderr: fmt.Appendf(nil, "%s: %v\n", path, err), code: exitFindings}
		}
		errs = list
		for i, pe := range errs {
			if msg := rules.ExplainSyntaxError(pe.Msg, mode); msg != pe.Msg {
				copied := *pe
				copied.Msg = msg
				errs[i] = &copied
			}
		}
	} else {
		info := scope.Resolve(f)
		defer info.Discard()
		errs = info.Errors
		errs.Sort()
	}
	if len(errs) > 0 {
		var out []byte
		for _, pe := range errs {
			out = fmt.Appendf(out, "%s\n", pe)
		}
		return parsed{stderr: out, code: exitFindings}
	}
	if !c.Dump {
		return parsed{}
	}
	var buf bytes.Buffer
	if err := parser.Fprint(&buf, f, f.Expr); err != nil {
		return parsed{stderr: fmt.Appendf(nil, "nixdock: %s: %v\n", path, err), code: exitUsage}
	}
	return parsed{stdout: buf.Bytes()}
}

// parseModes gives the parser mode for each file: pipe operators on
// unless the flag or the config file that governs the file (or the one
// named) turns them off.
func parseModes(configPath string, noConfig, noPipes bool) (func(string) (parser.Mode, error), error) {
	switch {
	case configPath != "" && noConfig:
		return nil, usagef("--config and --no-config cannot be used together")
	case noPipes:
		return func(string) (parser.Mode, error) { return 0, nil }, nil
	case noConfig:
		return func(string) (parser.Mode, error) { return parser.PipeOperators, nil }, nil
	case configPath != "":
		cfg, err := config.Load(configPath)
		if err != nil {
			return nil, usagef("%v", err)
		}
		return func(string) (parser.Mode, error) { return cfg.ParseMode(), nil }, nil
	}
	configs := lintrun.NewConfigCache()
	return func(path string) (parser.Mode, error) {
		cfg, err := configs.ForFile(filepath.Clean(path))
		return cfg.ParseMode(), err
	}, nil
}

type rulesCmd struct{}

func (rulesCmd) Run(e *env) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tGROUP\tSET\tSEVERITY\tFIX\tSUMMARY")
	for _, r := range rules.All() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Code, r.Name, r.Group(), ruleSet(r), r.Severity, fixSafety(r), r.Summary)
	}
	return tw.Flush()
}

// ruleSet says whether r runs by default or only when selected.
func ruleSet(r *rules.Rule) string {
	if r.OptIn {
		return "opt-in"
	}
	return "default"
}

// fixSafety is the safety of r's fix, or "-" if it has none.
func fixSafety(r *rules.Rule) string {
	if r.HasFix {
		return r.Fix.String()
	}
	return "-"
}

type explainCmd struct {
	Rule string `arg:"" help:"Rule code (ND001) or name (missing-ssl-cert-env)."`
}

func (c *explainCmd) Run(e *env) error {
	r := rules.Lookup(c.Rule)
	if r == nil {
		return usagef("unknown rule %q (see nixdock rules)", c.Rule)
	}
	page, ok := docs.RulePage(r.Code)
	if !ok {
		return usagef("rule %s has no page", r.Code)
	}
	_, err := fmt.Fprint(e.stdout, page)
	return err
}

type versionCmd struct{}

func (versionCmd) Run(e *env) error {
	_, err := fmt.Fprintln(e.stdout, stamp())
	return err
}

// unwrapPathError drops the operation and path from an *os.PathError, which
// the caller already prints.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
