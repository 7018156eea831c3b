package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/fatih/color"

	"github.com/nixdock/nixdock/fixer"
	"github.com/nixdock/nixdock/internal/config"
	"github.com/nixdock/nixdock/internal/discover"
	"github.com/nixdock/nixdock/internal/lintrun"
	"github.com/nixdock/nixdock/internal/readfile"
	"github.com/nixdock/nixdock/internal/report"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

type lintCmd struct {
	Paths         pathList `arg:"" optional:"" name:"path" help:"Files or directories to lint (default: the current directory)."`
	Fix           bool     `help:"Apply safe fixes."`
	UnsafeFixes   bool     `help:"Apply unsafe fixes too (with --fix or --diff)."`
	Diff          bool     `help:"Print the fixes as a unified diff; write nothing."`
	Select        []string `help:"Run only these rules: codes, code prefixes (ND2), names or ALL, comma-separated; replaces the config file's selection." sep:","`
	ExtendSelect  []string `help:"Run these rules too (codes, prefixes, names or ALL, comma-separated)." sep:","`
	Ignore        []string `help:"Do not run these rules (codes, prefixes, names or ALL, comma-separated)." sep:","`
	FailOn        string   `help:"Lowest severity that fails the run: error, warning or info." enum:"error,warning,info," default:""`
	ExitZero      bool     `help:"Exit 0 even when findings remain."`
	Format        string   `help:"Output format: text, concise, json, sarif, github or gitlab." enum:"text,concise,json,sarif,github,gitlab" default:"text"`
	Output        string   `help:"Write the report to this file instead of standard output." type:"path"`
	Stdin         bool     `help:"Lint standard input."`
	StdinFilename string   `help:"File name to use for standard input (config and suppressions apply as for it)." default:"stdin.nix"`
	Config        string   `help:"Use this config file instead of searching for one." type:"path"`
	NoConfig      bool     `help:"Ignore config files."`
	Color         string   `help:"Colour: auto, always or never (NO_COLOR is honoured)." enum:"auto,always,never" default:"auto"`
	Quiet         bool     `short:"q" help:"Print findings only, no summary."`
	Jobs          int      `short:"j" help:"Files linted in parallel (default: all cores)." default:"0"`
	NoPipes       bool     `name:"no-pipe-operators" help:"Refuse the pipe operators |> and <|, as Nix before 2.24 does (config: pipe-operators = false)."`
}

// fileResult is what linting one file produced.
type fileResult struct {
	path    string
	file    *parser.File
	diags   []rules.Diagnostic
	fixed   int
	diff    string
	newSrc  []byte // the fixed source, for --stdin --fix
	refused []fixer.Refusal
	err     error // unreadable file, bad config: exit 2
}

func (c *lintCmd) Run(e *env) error {
	if c.Config != "" && c.NoConfig {
		return usagef("--config and --no-config cannot be used together")
	}
	// --unsafe-fixes alone writes nothing: as with ruff, it only makes the
	// unsafe fixes count as available in the report (and the json fix
	// field); --fix or --diff applies or shows them.
	if err := (&rules.Config{Flags: c.flags()}).Validate(); err != nil {
		return usagef("%v", err)
	}
	var fixed *config.Config
	if c.Config != "" {
		cfg, err := config.Load(c.Config)
		if err != nil {
			return usagef("%v", err)
		}
		fixed = cfg
	}
	configs := lintrun.NewConfigCache()
	configFor := func(path string) (*config.Config, error) {
		switch {
		case c.NoConfig:
			return nil, nil
		case fixed != nil:
			return fixed, nil
		}
		return configs.ForFile(path)
	}

	out := e.stdout
	if c.Output != "" {
		f, err := os.Create(c.Output)
		if err != nil {
			return usagef("%s: %v", c.Output, unwrapPathError(err))
		}
		defer f.Close()
		out = f
	}
	switch c.Color {
	case "always":
		color.NoColor = false
	case "never":
		color.NoColor = true
	default:
		if c.Output != "" || os.Getenv("NO_COLOR") != "" {
			color.NoColor = true
		} else if f, ok := e.stdout.(*os.File); !ok || f != os.Stdout {
			color.NoColor = true
		}
	}

	var results []*fileResult
	var readErrs []error
	if c.Stdin {
		src, err := io.ReadAll(e.stdin)
		if err != nil {
			return usagef("reading standard input: %v", err)
		}
		results = []*fileResult{c.lintOne(c.StdinFilename, src, configFor, true)}
	} else {
		paths := c.Paths
		if len(paths) == 0 {
			paths = []string{"."}
		}
		jobs := c.Jobs
		if jobs <= 0 {
			jobs = runtime.NumCPU()
		}
		if r, ok := c.lintSingle(paths, configFor); ok {
			results = []*fileResult{r}
			goto report
		}
		results, readErrs = c.lintPaths(paths, jobs, configFor)
	}
report:

	code := exitClean
	for _, err := range readErrs {
		fmt.Fprintf(e.stderr, "nixdock: %v\n", err)
		code = exitUsage
	}
	var files []report.File
	var diffs strings.Builder
	fixedTotal := 0
	for _, r := range results {
		if r == nil {
			continue
		}
		if r.err != nil {
			fmt.Fprintf(e.stderr, "nixdock: %v\n", r.err)
			code = exitUsage
			continue
		}
		for _, rf := range r.refused {
			p := r.file.Position(rf.Diagnostic.Pos)
			fmt.Fprintf(e.stderr, "nixdock: %s:%d:%d: fix for %s not applied: %s\n", r.path, p.Line, p.Column, rf.Diagnostic.Code, rf.Reason)
		}
		diffs.WriteString(r.diff)
		fixedTotal += r.fixed
		if len(r.diags) > 0 {
			files = append(files, report.File{Path: r.path, File: r.file, Diags: r.diags})
		}
	}

	if c.Diff {
		if _, err := io.WriteString(out, diffs.String()); err != nil {
			return err
		}
		if code == exitClean && diffs.Len() > 0 && !c.ExitZero {
			code = exitFindings
		}
		return codeErr(code)
	}
	reportOut := out
	if c.Stdin && c.Fix {
		// The fixed buffer goes to standard output; findings to stderr.
		if r := results[0]; r.err == nil {
			if _, err := out.Write(r.newSrc); err != nil {
				return err
			}
		}
		reportOut = e.stderr
	}
	if err := report.Write(reportOut, c.Format, files, report.Summary{Fixed: fixedTotal, Failed: code != exitClean, Quiet: c.Quiet || (c.Stdin && c.Fix && len(files) == 0)}); err != nil {
		return err
	}

	failOn := rules.Info
	failOnSet := false
	if c.FailOn != "" {
		failOn, _ = rules.ParseSeverity(c.FailOn)
		failOnSet = true
	}
	if code == exitClean && !c.ExitZero {
		for _, f := range files {
			threshold := failOn
			if !failOnSet {
				if cfg, _ := configFor(f.Path); cfg != nil && cfg.HasFail {
					threshold = cfg.FailOn
				}
			}
			for _, d := range f.Diags {
				if d.Severity >= threshold {
					code = exitFindings
				}
			}
		}
	}
	return codeErr(code)
}

func codeErr(code int) error {
	if code == exitClean {
		return nil
	}
	return &exitError{code: code}
}

// compact drops what the report will not need, so that memory follows the
// largest file rather than the tree: a clean file keeps nothing, a file with
// findings keeps its source (for positions and excerpts) but not its tokens
// and syntax tree.
func (r *fileResult) compact() *fileResult {
	if r.file == nil || r.err != nil {
		return r
	}
	full := r.file
	defer full.Discard()
	if len(r.diags) == 0 && len(r.refused) == 0 {
		r.file = nil
		r.newSrc = nil
		return r
	}
	r.file = parser.NewFile(full.Name, full.Src)
	r.newSrc = nil
	return r
}

// lintOne lints (and with --fix or --diff, fixes) one file.
func (c *lintCmd) lintOne(path string, src []byte, configFor func(string) (*config.Config, error), stdin bool) *fileResult {
	res := &fileResult{path: path, newSrc: src}
	cfg, err := configFor(path)
	if err != nil {
		res.err = err
		return res
	}
	if cfg != nil && cfg.Excluded(path) && !stdin && !c.explicit(path, cfg) {
		res.file = parser.NewFile(path, src)
		return res
	}
	rcfg := lintrun.RulesConfig(cfg, c.flags(), c.NoPipes)
	mode := rcfg.ParseMode()
	lint := lintrun.Lint(rcfg)
	if c.Fix || c.Diff {
		fr, err := fixer.Apply(path, src, lint, fixer.Options{Unsafe: c.UnsafeFixes, Mode: mode})
		if err == nil {
			res.refused = fr.Refused
			res.diags = fr.Remaining
			res.file, _ = parser.ParseFile(path, fr.Src, mode)
			res.newSrc = fr.Src
			if fr.Changed {
				res.fixed = len(fr.Applied)
				switch {
				case c.Diff:
					res.diff = fixer.Diff(filepath.ToSlash(path), src, fr.Src)
					res.file, _ = parser.ParseFile(path, src, mode)
					res.diags = nil
				case !stdin:
					if err := fixer.WriteFile(path, fr.Src); err != nil {
						res.err = fmt.Errorf("%s: writing the fixed file: %v", path, err)
					}
				}
			}
			return res
		}
		// The file does not parse: nothing to fix, report the error.
	}
	res.file, res.diags = lint(path, src)
	if res.file == nil {
		res.file = parser.NewFile(path, src)
	}
	return res
}

// flags is the rule selection of the command line, which applies on top
// of the config file's (see rules.Selection); nil when it selects nothing.
func (c *lintCmd) flags() *rules.Selection {
	if len(c.Select) == 0 && len(c.ExtendSelect) == 0 && len(c.Ignore) == 0 {
		return nil
	}
	return &rules.Selection{Select: c.Select, ExtendSelect: c.ExtendSelect, Ignore: c.Ignore}
}

// explicit reports whether the excluded file path was named on the
// command line, or found in a named directory below which no exclude glob
// matches it (see config.ExcludedBelow).
func (c *lintCmd) explicit(path string, cfg *config.Config) bool {
	path = filepath.Clean(path)
	root := ""
	named := c.Paths
	if len(named) == 0 {
		named = []string{"."}
	}
	for _, p := range named {
		p = filepath.Clean(p)
		if p == path {
			return true
		}
		// The innermost named directory holding the file.
		if len(p) > len(root) && (p == "." && !filepath.IsAbs(path) && !strings.HasPrefix(path, "..") || strings.HasPrefix(path, strings.TrimSuffix(p, string(filepath.Separator))+string(filepath.Separator))) {
			root = p
		}
	}
	return root != "" && !cfg.ExcludedBelow(path, root)
}

// lintSingle lints the one regular file a run names, as an editor's
// on-save hook or a per-file pre-commit wrapper does, on this goroutine:
// the search's goroutines, its channel and the workers would cost such a
// run more than the file. It gives the result the search and a worker
// would, and false for anything else (several paths, a directory, a path
// that cannot be read), which the search handles.
func (c *lintCmd) lintSingle(paths []string, configFor func(string) (*config.Config, error)) (*fileResult, bool) {
	if len(paths) != 1 {
		return nil, false
	}
	mode, err := readfile.Mode(paths[0])
	if err != nil || !mode.IsRegular() {
		return nil, false
	}
	path := discover.Clean(paths[0])
	src, err := readfile.ReadRegular(path)
	if err != nil {
		return &fileResult{path: path, err: fmt.Errorf("%s: %v", path, unwrapPathError(err))}, true
	}
	return c.lintOne(path, src, configFor, false).compact(), true
}

// lintPaths lints every file that paths name or hold, with jobs workers,
// and returns the results in path order and the errors of paths that
// could not be read.
//
// A pre-commit hook or xargs names thousands of files and no directory,
// so the workers first take the named paths themselves, each opening the
// next one and linting it if it is a regular file: no goroutine finds
// files for them and no channel hands files over, which cost such a run
// a tenth of its time in wake-ups. The paths that are not regular files
// (directories, special files, paths that cannot be opened) then go to
// the search, as they always did, and a file it finds that was named too
// is linted once.
func (c *lintCmd) lintPaths(paths []string, jobs int, configFor func(string) (*config.Config, error)) (results []*fileResult, readErrs []error) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	linted := make(map[string]bool, len(paths))
	var rest []int // indexes of the paths left to the search
	var next atomic.Int64
	for range min(jobs, len(paths)) {
		wg.Go(func() {
			var mine []*fileResult
			var buf readfile.Buffer
			for {
				i := int(next.Add(1)) - 1
				if i >= len(paths) {
					break
				}
				o, isDir, ok := readfile.Open(paths[i])
				if !ok || isDir {
					o.Close()
					mu.Lock()
					rest = append(rest, i)
					mu.Unlock()
					continue
				}
				path := discover.Clean(paths[i])
				mu.Lock()
				dup := linted[path]
				linted[path] = true
				mu.Unlock()
				if dup {
					o.Close()
					continue
				}
				src, err := buf.ReadOpened(o, path)
				r := c.lintRead(path, src, err, configFor)
				if c.keepsSource(r) {
					buf.Keep()
				}
				mine = append(mine, r)
			}
			mu.Lock()
			results = append(results, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	if len(rest) > 0 {
		sort.Ints(rest)
		left := make([]string, len(rest))
		for k, i := range rest {
			left[k] = paths[i]
		}
		// Files are linted as the search finds them, so that reading
		// directories and linting overlap. A fixed set of workers takes
		// files in turn: a goroutine per file would grow a fresh stack
		// to the parser's depth for every file.
		todo := make(chan discover.File, 256)
		go func() {
			readErrs = discover.Walk(left, func(f discover.File) {
				if !linted[f.Path] { // written before the search began
					todo <- f
				}
			})
			close(todo)
		}()
		for range jobs {
			wg.Go(func() {
				var mine []*fileResult
				for f := range todo {
					read := readfile.Read
					if f.Regular {
						read = readfile.ReadRegular
					}
					src, err := read(f.Path)
					mine = append(mine, c.lintRead(f.Path, src, err, configFor))
				}
				mu.Lock()
				results = append(results, mine...)
				mu.Unlock()
			})
		}
		wg.Wait() // after the last file, so after the search has returned
	}
	sort.Slice(results, func(i, j int) bool { return results[i].path < results[j].path })
	return results, readErrs
}

// lintRead lints one file as read (or reports why it could not be read).
func (c *lintCmd) lintRead(path string, src []byte, err error, configFor func(string) (*config.Config, error)) *fileResult {
	if err != nil {
		return &fileResult{path: path, err: fmt.Errorf("%s: %v", path, unwrapPathError(err))}
	}
	return c.lintOne(path, src, configFor, false).compact()
}

// keepsSource reports whether the report (or the fixer) holds on to the
// source r was linted from, so that its memory cannot serve the next read.
func (c *lintCmd) keepsSource(r *fileResult) bool {
	return r.file != nil || r.newSrc != nil || c.Fix || c.Diff
}
