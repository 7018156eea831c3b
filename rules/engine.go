package rules

import (
	"sort"
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// All returns every registered rule in code order, ND000 included.
func All() []*Rule {
	out := make([]*Rule, len(registry))
	copy(out, registry)
	return out
}

// Lookup finds a rule by code (ND001) or name (missing-ssl-cert-env),
// case-insensitively; nil if there is none.
func Lookup(codeOrName string) *Rule {
	for _, r := range registry {
		if strings.EqualFold(r.Code, codeOrName) || strings.EqualFold(r.Name, codeOrName) {
			return r
		}
	}
	return nil
}

// Lint runs the rules selected by cfg over a parsed, resolved file and
// returns the findings sorted by position. cfg may be nil (the default
// set of rules, default options).
func Lint(f *parser.File, info *scope.Info, cfg *Config) []Diagnostic {
	return lint(f, info, cfg, registry)
}

// lint is Lint over an explicit rule list, so the engine can be tested with
// rules of its own.
func lint(f *parser.File, info *scope.Info, cfg *Config, rules []*Rule) []Diagnostic {
	if f == nil || f.Expr == nil {
		return nil
	}
	var out []Diagnostic
	// One pass serves every rule in turn: a file is linted by every rule,
	// and a pass each was most of what linting a clean file allocated.
	var pass *Pass
	var on []bool // which of the registered rules run, when rules is the registry
	if len(rules) > 0 && len(rules) == len(registry) && &rules[0] == &registry[0] {
		on = cfg.enabledRegistered()
	}
	for i, r := range rules {
		if r.Run == nil || on != nil && !on[i] || on == nil && !cfg.enabled(r) {
			continue
		}
		if pass == nil {
			pass = newPass(f, info, &out)
		}
		pass.Rule, pass.sev, pass.Options, pass.cfg = r, cfg.severity(r), cfg.options(r), cfg
		r.Run(pass)
	}
	sortDiagnostics(out)
	return out
}

// newPass makes the pass the rules share for one file. The raw-source test
// that rules out image builds is made once here: the image model, the
// dockerTools calls and the fetch calls all start from it, and a file that
// fails it (most files) has none of them.
func newPass(f *parser.File, info *scope.Info, out *[]Diagnostic) *Pass {
	p := &Pass{File: f, Scope: info, out: out}
	if info == nil || !mayBuildImage(f.Src) {
		// FindImages and findCalls would find nothing.
		p.noImage, p.callsFound = true, true
		return p
	}
	p.Images = newModel(f, info).images
	return p
}

func sortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Code < b.Code
	})
}

// LintSource parses and resolves src and lints it. A syntax error is
// returned as a single ND000 syntax-error finding, and f.Expr is nil. An
// undefined variable or duplicate attribute (which Nix also rejects) is an
// ND000 finding too, but the tree is whole: the other rules still run, and
// their findings are returned without fixes, since a file Nix rejects
// cannot be proven fixed.
//
// ND000 is reported whatever cfg selects: a file that Nix rejects cannot be
// checked at all, and hiding that would make a clean run meaningless. Its
// severity can still be overridden.
func LintSource(name string, src []byte, cfg *Config) (*parser.File, []Diagnostic) {
	mode := cfg.ParseMode()
	f, err := parser.ParseFile(name, src, mode)
	if err != nil {
		var list parser.ErrorList
		switch e := err.(type) {
		case parser.ErrorList:
			list = e
		case *parser.Error:
			list = parser.ErrorList{e}
		default:
			return f, []Diagnostic{syntaxDiagnostic(f, cfg, 0, err.Error())}
		}
		if len(list) == 0 {
			return f, nil
		}
		list.Sort()
		return f, []Diagnostic{syntaxDiagnostic(f, cfg, list[0].Pos.Offset, ExplainSyntaxError(list[0].Msg, mode))}
	}
	info := scope.Resolve(f)
	// Findings hold offsets and text, nothing of the scopes.
	defer info.Discard()
	if len(info.Errors) > 0 {
		errs := append(parser.ErrorList(nil), info.Errors...)
		errs.Sort()
		ds := Lint(f, info, cfg)
		for i := range ds {
			ds[i].Fixes = nil
		}
		ds = append(ds, syntaxDiagnostic(f, cfg, errs[0].Pos.Offset, errs[0].Msg))
		sortDiagnostics(ds)
		return f, ds
	}
	return f, Lint(f, info, cfg)
}

// syntaxDiagnostic builds the ND000 finding for an error at off, covering
// the token there so that editors underline something visible.
func syntaxDiagnostic(f *parser.File, cfg *Config, off int, msg string) Diagnostic {
	end := off
	if f != nil {
		for _, t := range f.Tokens {
			if int(t.Pos) <= off && off < int(t.End) && !t.Kind.IsTrivia() {
				end = int(t.End)
				break
			}
		}
	}
	return Diagnostic{
		Pos:      off,
		End:      end,
		Code:     SyntaxError.Code,
		Name:     SyntaxError.Name,
		Severity: cfg.severity(SyntaxError),
		Message:  msg,
	}
}

// severity is r's severity under cfg. Overrides may be keyed by code or name.
func (c *Config) severity(r *Rule) Severity {
	if c != nil && len(c.Severity) > 0 {
		for k, s := range c.Severity {
			if strings.EqualFold(k, r.Code) || strings.EqualFold(k, r.Name) {
				return s
			}
		}
	}
	return r.Severity
}

// options returns the options cfg sets for r (keyed by code or name).
func (c *Config) options(r *Rule) map[string]string {
	if c == nil || len(c.Options) == 0 {
		return nil
	}
	for k, o := range c.Options {
		if strings.EqualFold(k, r.Code) || strings.EqualFold(k, r.Name) {
			return o
		}
	}
	return nil
}

// Validate reports the first unknown selector, rule or option value in c,
// so that a typo in a config file is an error rather than a silently
// ignored line. An unknown selector is a *SelectorError.
func (c *Config) Validate() error {
	if c == nil {
		return nil
	}
	if err := validateSelection(Selection{c.Select, c.ExtendSelect, c.Ignore}, ""); err != nil {
		return err
	}
	if c.Flags != nil {
		if err := validateSelection(*c.Flags, "--"); err != nil {
			return err
		}
	}
	for k := range c.Severity {
		if Lookup(k) == nil {
			return &ConfigError{Msg: "severity: unknown rule " + quote(k)}
		}
	}
	for k, opts := range c.Options {
		r := Lookup(k)
		if r == nil {
			return &ConfigError{Msg: "options: unknown rule " + quote(k)}
		}
		for name, val := range opts {
			o := r.option(name)
			if o == nil {
				return &ConfigError{Msg: "options: rule " + r.Code + " has no option " + quote(name)}
			}
			if len(o.Values) > 0 && !contains(o.Values, val) {
				return &ConfigError{Msg: "options: " + r.Code + "." + name + " must be one of " +
					strings.Join(o.Values, ", ") + ", not " + quote(val)}
			}
		}
	}
	return nil
}

// ConfigError is a mistake in a Config.
type ConfigError struct{ Msg string }

func (e *ConfigError) Error() string { return e.Msg }

func (r *Rule) option(name string) *Option {
	for i := range r.Options {
		if r.Options[i].Name == name {
			return &r.Options[i]
		}
	}
	return nil
}

func quote(s string) string { return `"` + s + `"` }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Enabled reports whether cfg selects r.
func (c *Config) Enabled(r *Rule) bool { return c.enabled(r) }

// SeverityOf is r's severity under cfg.
func (c *Config) SeverityOf(r *Rule) Severity { return c.severity(r) }
