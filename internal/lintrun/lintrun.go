// Package lintrun is the part of a lint run that the command line and the
// language server share: which rules run for a file, the lint function the
// fixer and the report see (rules, then suppression comments), and finding
// each file's config once.
package lintrun

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/nixdock/nixdock/fixer"
	"github.com/nixdock/nixdock/internal/config"
	"github.com/nixdock/nixdock/internal/discover"
	"github.com/nixdock/nixdock/internal/suppress"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

// RulesConfig is the rules configuration for a file that cfg governs (nil:
// no config file) with the caller's selection on top (nil: none), applied
// as the command line's flags are (see rules.Selection); noPipes refuses
// the pipe operators whatever the config says. cfg is not changed.
func RulesConfig(cfg *config.Config, flags *rules.Selection, noPipes bool) *rules.Config {
	rcfg := &rules.Config{}
	if cfg != nil {
		copyRules := cfg.Rules
		rcfg = &copyRules
	}
	rcfg.Flags = flags
	if noPipes {
		rcfg.NoPipeOperators = true
	}
	return rcfg
}

// Lint returns the lint function for rcfg: the rules over the parsed file,
// then the file's suppression comments. The fixer is given the same
// function, so that it sees exactly the findings the user sees.
func Lint(rcfg *rules.Config) fixer.LintFunc {
	return func(name string, src []byte) (*parser.File, []rules.Diagnostic) {
		f, ds := rules.LintSource(name, src, rcfg)
		if f != nil && f.Expr != nil {
			ds = suppress.Apply(f, ds, rcfg)
		}
		return f, ds
	}
}

// ConfigCache finds and loads each directory's config once. It is safe for
// concurrent use.
type ConfigCache struct {
	// wd is the working directory, asked once: filepath.Abs asks for each
	// path, which costs two stat calls every time.
	wd     string
	wdErr  error
	finder config.Finder
	mu     sync.Mutex
	byPath map[string]*config.Config
	errs   map[string]error
}

// NewConfigCache returns an empty cache for paths relative to the current
// working directory.
func NewConfigCache() *ConfigCache {
	wd, err := os.Getwd()
	return &ConfigCache{wd: wd, wdErr: err, byPath: map[string]*config.Config{}, errs: map[string]error{}}
}

// ForFile returns the config that governs the file at path (nil if there
// is none), or the error loading it.
func (cc *ConfigCache) ForFile(path string) (*config.Config, error) {
	dir := discover.Dir(path) // clean already
	if !filepath.IsAbs(dir) {
		if cc.wdErr != nil {
			return nil, cc.wdErr
		}
		dir = filepath.Join(cc.wd, dir)
	}
	p := cc.finder.Find(dir)
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if p == "" {
		return nil, nil
	}
	if cfg, ok := cc.byPath[p]; ok {
		return cfg, nil
	}
	if err := cc.errs[p]; err != nil {
		return nil, err
	}
	cfg, err := config.Load(cc.display(p))
	if err != nil {
		cc.errs[p] = err
		return nil, err
	}
	cc.byPath[p] = cfg
	return cfg, nil
}

// display shortens an absolute path to one relative to the working
// directory when it lies below it, as users expect in messages.
func (cc *ConfigCache) display(p string) string {
	if cc.wdErr != nil {
		return p
	}
	if rel, err := filepath.Rel(cc.wd, p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}
