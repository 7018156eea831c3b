// Package config reads nixdock.toml / .nixdock.toml: which rules run, how
// severe they are, their options, which files are excluded, and the
// severity at which findings fail a run.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/pelletier/go-toml/v2"

	"github.com/nixdock/nixdock/internal/readfile"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

// FileNames are the names a config file may have, in order of preference
// within one directory.
var FileNames = []string{"nixdock.toml", ".nixdock.toml"}

// Config is one parsed config file.
type Config struct {
	Path    string // the file it was read from; "" for the default
	Dir     string // exclude globs are relative to this directory
	Exclude []string
	FailOn  rules.Severity
	HasFail bool // fail-on was set
	Rules   rules.Config
	// PipeOperators says whether files may use |> and <| (key
	// pipe-operators, default true). Rules.NoPipeOperators holds the same
	// setting for the linter; ParseMode gives the parser mode, for any
	// command that reads files.
	PipeOperators bool
}

// ParseMode is the parser mode for files this config governs (c may be
// nil: no config file, pipe operators on).
func (c *Config) ParseMode() parser.Mode {
	if c == nil {
		return parser.PipeOperators
	}
	return c.Rules.ParseMode()
}

// Error is a mistake in a config file, with the line it is on.
type Error struct {
	Path      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// file is the TOML shape; unknown keys are errors.
type file struct {
	Select       []string                  `toml:"select"`
	ExtendSelect []string                  `toml:"extend-select"`
	Ignore       []string                  `toml:"ignore"`
	Exclude      []string                  `toml:"exclude"`
	FailOn       *string                   `toml:"fail-on"`
	Pipes        *bool                     `toml:"pipe-operators"`
	Rules        map[string]map[string]any `toml:"rules"`
}

// Load reads and checks the config file at path.
func Load(path string) (*Config, error) {
	// readfile rather than os.ReadFile: the os package registers every
	// file it opens with the network poller, and the first file makes the
	// process set the poller up, which a one-file lint would pay for its
	// config alone.
	data, err := readfile.Read(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse checks a config file's contents.
func Parse(path string, data []byte) (*Config, error) {
	var raw file
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		var strict *toml.StrictMissingError
		if errors.As(err, &strict) && len(strict.Errors) > 0 {
			e := strict.Errors[0]
			row, col := e.Position()
			return nil, &Error{Path: path, Line: row, Col: col, Msg: fmt.Sprintf("unknown key %q", strings.Join(e.Key(), "."))}
		}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, col := de.Position()
			return nil, &Error{Path: path, Line: row, Col: col, Msg: de.Error()}
		}
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	c := &Config{Path: path, Dir: filepath.Dir(abs), Exclude: raw.Exclude, PipeOperators: raw.Pipes == nil || *raw.Pipes}
	c.Rules.NoPipeOperators = !c.PipeOperators
	at := func(key string) *Error { l, col := locate(data, key); return &Error{Path: path, Line: l, Col: col} }
	for _, list := range []struct {
		key  string
		sels []string
	}{{"select", raw.Select}, {"extend-select", raw.ExtendSelect}, {"ignore", raw.Ignore}} {
		for _, sel := range list.sels {
			if !rules.ValidSelector(sel) {
				e := &Error{Path: path, Msg: (&rules.SelectorError{Key: list.key, Selector: sel}).Error()}
				e.Line, e.Col = locateValue(data, list.key, sel)
				return nil, e
			}
		}
	}
	c.Rules.Select, c.Rules.ExtendSelect, c.Rules.Ignore = raw.Select, raw.ExtendSelect, raw.Ignore
	for _, g := range raw.Exclude {
		if !doublestar.ValidatePattern(g) {
			e := at("exclude")
			e.Msg = fmt.Sprintf("exclude: bad glob %q", g)
			return nil, e
		}
	}
	if raw.FailOn != nil {
		s, err := rules.ParseSeverity(*raw.FailOn)
		if err != nil {
			e := at("fail-on")
			e.Msg = "fail-on: " + err.Error()
			return nil, e
		}
		c.FailOn, c.HasFail = s, true
	}
	for key, table := range raw.Rules {
		r := rules.Lookup(key)
		if r == nil {
			e := at(key)
			e.Msg = fmt.Sprintf("rules: unknown rule %q (see nixdock rules)", key)
			return nil, e
		}
		for name, v := range table {
			s, ok := v.(string)
			if !ok {
				e := at(name)
				e.Msg = fmt.Sprintf("rules.%s.%s: want a string, not %v", key, name, v)
				return nil, e
			}
			if name == "severity" {
				sev, err := rules.ParseSeverity(s)
				if err != nil {
					e := at(name)
					e.Msg = fmt.Sprintf("rules.%s.severity: %v", key, err)
					return nil, e
				}
				if c.Rules.Severity == nil {
					c.Rules.Severity = map[string]rules.Severity{}
				}
				c.Rules.Severity[r.Code] = sev
				continue
			}
			if c.Rules.Options == nil {
				c.Rules.Options = map[string]map[string]string{}
			}
			if c.Rules.Options[r.Code] == nil {
				c.Rules.Options[r.Code] = map[string]string{}
			}
			c.Rules.Options[r.Code][name] = s
		}
	}
	if err := c.Rules.Validate(); err != nil {
		// The only mistakes left are options: point at the option.
		e := &Error{Path: path, Msg: err.Error()}
		if m := optionName().FindStringSubmatch(err.Error()); m != nil {
			e.Line, e.Col = locate(data, m[1])
		}
		return nil, e
	}
	return c, nil
}

// optionName is compiled when a config error is explained, not at start-up.
var optionName = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:option "|\.)([A-Za-z0-9_-]+)(?:"| must)`)
})

// locate finds the line and column where key is first written as a key
// (at the start of a line, or as a table name), for error messages; 0, 0
// if it cannot tell.
func locate(data []byte, key string) (int, int) {
	re := regexp.MustCompile(`(?m)^[ \t]*(?:\[[^\]\n]*)?["']?` + regexp.QuoteMeta(key) + `["']?[ \t]*[=\]]`)
	loc := re.FindIndex(data)
	if loc == nil {
		return 0, 0
	}
	line := bytes.Count(data[:loc[0]], []byte("\n")) + 1
	start := bytes.LastIndexByte(data[:loc[0]], '\n') + 1
	col := bytes.Index(data[loc[0]:], []byte(key)) + loc[0] - start + 1
	return line, col
}

// locateValue finds the line and column of the string value in the list
// under key, for error messages; the key's own position if the value
// cannot be found, 0, 0 if neither can.
func locateValue(data []byte, key, value string) (int, int) {
	l, c := locate(data, key)
	if l == 0 {
		return 0, 0
	}
	start := 0
	for i := 1; i < l; i++ {
		start += bytes.IndexByte(data[start:], '\n') + 1
	}
	start += c - 1
	re := regexp.MustCompile(`["']` + regexp.QuoteMeta(value) + `["']`)
	loc := re.FindIndex(data[start:])
	if loc == nil {
		return l, c
	}
	off := start + loc[0]
	line := bytes.Count(data[:off], []byte("\n")) + 1
	return line, off - (bytes.LastIndexByte(data[:off], '\n') + 1) + 1
}

// Find returns the config file that governs dir: the nearest one in dir or
// its parents, stopping at the repository root (a directory holding .git)
// or the filesystem root. It returns "" if there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	return new(Finder).Find(dir), nil
}

// Finder is Find for callers that search for many files: it remembers
// every directory's answer, so that a tree costs one probe per directory,
// and an answer is shared by every directory below that has no config of
// its own. It is safe for concurrent use; the zero Finder is ready.
type Finder struct {
	mu    sync.Mutex
	byDir map[string]*answer // by absolute directory
}

// answer is one directory's governing config file ("" for none), worked
// out once.
type answer struct {
	once sync.Once
	path string
}

// Find is the package's Find for an absolute, clean directory. Each
// directory is probed once: a caller that asks while another is probing
// it waits for that answer rather than probing too (workers linting the
// files of one directory side by side asked for it at the same moment,
// and probed it twice, a tenth of a tree's probes). Probing runs outside
// the lock, so that one directory's system calls do not hold up callers
// asking about others.
func (f *Finder) Find(dir string) string {
	f.mu.Lock()
	if f.byDir == nil {
		f.byDir = map[string]*answer{}
	}
	a := f.byDir[dir]
	if a == nil {
		a = new(answer)
		f.byDir[dir] = a
	}
	f.mu.Unlock()
	a.once.Do(func() {
		if p := configIn(dir); p != "" {
			a.path = p
			return
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return // the filesystem root
		}
		// The search stops at a repository root (a directory holding
		// .git), but whether dir is one only matters when there is a
		// config to stop short of: the parent's answer is asked first,
		// and .git looked for only if it names a config. Most trees
		// have no config at all, which spares one probe in three.
		if p := f.Find(parent); p != "" && !isRepoRoot(dir) {
			a.path = p
		}
	})
	return a.path
}

// configIn returns the config file in the absolute directory dir, or "".
func configIn(dir string) string {
	for _, n := range FileNames {
		p := filepath.Join(dir, n)
		if m, err := readfile.Mode(p); err == nil && m.IsRegular() {
			return p
		}
	}
	return ""
}

// isRepoRoot reports whether dir holds .git (a directory, or a file for a
// worktree or submodule).
func isRepoRoot(dir string) bool {
	_, err := readfile.Mode(filepath.Join(dir, ".git"))
	return err == nil
}

// Excluded reports whether path (a file) matches an exclude glob. Globs are
// relative to the config file's directory and support **.
func (c *Config) Excluded(path string) bool {
	if c == nil || len(c.Exclude) == 0 {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range c.Exclude {
		if ok, _ := doublestar.Match(g, rel); ok {
			return true
		}
		// A glob naming a directory excludes everything under it.
		if ok, _ := doublestar.Match(strings.TrimSuffix(g, "/")+"/**", rel); ok {
			return true
		}
	}
	return false
}
