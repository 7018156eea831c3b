package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// Rule is one check, shaped like an analysis.Analyzer: a value with a
// code, a name, its documentation and a Run function.
type Rule struct {
	Code     string   // ND001
	Name     string   // missing-ssl-cert-env (kebab-case)
	Summary  string   // one line
	Severity Severity // default severity
	// OptIn marks a policy rule that a reasonable project may reject: it
	// runs only when selected by code, prefix, name or ALL, never by
	// default.
	OptIn bool
	// Fix is the safety of the rule's fix, if it has one (HasFix).
	HasFix bool
	Fix    Safety
	// NoFix says why a finding of this rule comes without a fix: for a
	// rule with no fix, why no edit of the file can be right; for a rule
	// with one, why it may decline (empty: a general reason is given).
	NoFix   string
	Options []Option
	Run     func(*Pass)
}

// Group is the family a rule's code puts it in, from the code's first
// digit: the seed rules (and ND000, ND900), correctness, reproducibility,
// security, or size and build cost.
func (r *Rule) Group() string {
	if len(r.Code) == 5 {
		switch r.Code[2] {
		case '1':
			return "correctness"
		case '2':
			return "reproducibility"
		case '3':
			return "security"
		case '4':
			return "size"
		}
	}
	return "core"
}

// declinedFix is why a fixable rule's finding may come without a fix, when
// the rule gives no reason of its own.
const declinedFix = "nixdock could not prove an edit right here (the value is shared with other code, inherited, built elsewhere, or a name the edit needs is not bound here)"

// Option is a rule option that a config file may set.
type Option struct {
	Name    string   // e.g. "created"
	Doc     string   // one line
	Values  []string // allowed values; empty means any string
	Default string
}

// Config selects rules and sets their options for one lint run. A nil
// *Config, or one that selects nothing, runs the default set: every rule
// that is not OptIn. See Selection for how selectors are matched.
type Config struct {
	// Select lists the selectors of the rules to run; empty means the
	// default set.
	Select []string
	// ExtendSelect lists selectors of rules to run besides those of
	// Select (or the default set).
	ExtendSelect []string
	// Ignore lists selectors of rules not to run.
	Ignore []string
	// Flags is a second selection applied on top of the first, as the
	// command line's flags are applied on top of a config file's (nil
	// for none).
	Flags *Selection
	// Severity overrides a rule's default severity, keyed by code.
	Severity map[string]Severity
	// Options sets rule options, keyed by code then option name.
	Options map[string]map[string]string
	// NoPipeOperators refuses the pipe operators |> and <| (Nix 2.24's
	// pipe-operators feature, on in Lix too) as Nix 2.8 does: the
	// project's config says pipe-operators = false, or the command line
	// --no-pipe-operators. They are accepted by default.
	NoPipeOperators bool
}

// ParseMode is the parser mode files are read with under c: pipe operators
// on unless c refuses them.
func (c *Config) ParseMode() parser.Mode {
	if c != nil && c.NoPipeOperators {
		return 0
	}
	return parser.PipeOperators
}

// PipeOperatorsKey is the config key that turns the pipe operators off.
const PipeOperatorsKey = "pipe-operators"

// ExplainSyntaxError adds to a parser message what refused a pipe operator
// when mode refuses them: the config key, or the command-line flag.
func ExplainSyntaxError(msg string, mode parser.Mode) string {
	if mode&parser.PipeOperators != 0 || !strings.HasSuffix(msg, parser.PipeOperatorsOff) {
		return msg
	}
	return msg + ", and this project refuses them (" + PipeOperatorsKey + " = false in nixdock.toml, or --no-pipe-operators)"
}

// Selection is one layer of rule selection, such as the command line's
// --select, --extend-select and --ignore.
type Selection struct {
	Select, ExtendSelect, Ignore []string
}

// Pass is what a rule's Run receives for one file.
type Pass struct {
	Rule    *Rule
	File    *parser.File
	Scope   *scope.Info
	Images  []*Image // every dockerTools image build found in the file
	Options map[string]string
	sev     Severity      // the rule's severity under the config
	cfg     *Config       // the run's config, for Enabled
	out     *[]Diagnostic // where findings go

	calls          []*Call // every dockerTools call, found on first use (model_calls.go)
	callsFound     bool
	ownDockerTools bool // the file binds a dockerTools of its own
	// noImage is set when the file surely spells no dockerTools function
	// (mayBuildImage fails): it has no image, call or fetch to find.
	noImage bool
}

// Report records a finding. Code, Name and Severity are filled from the rule
// and the config.
func (p *Pass) Report(d Diagnostic) {
	d.Code, d.Name, d.Severity = p.Rule.Code, p.Rule.Name, p.sev
	if len(d.Fixes) == 0 && d.NoFix == "" {
		d.NoFix = p.Rule.NoFix
		if d.NoFix == "" && p.Rule.HasFix {
			d.NoFix = declinedFix
		}
	}
	*p.out = append(*p.out, d)
}

// Option returns the value of a rule option, or its default.
func (p *Pass) Option(name string) string {
	if v, ok := p.Options[name]; ok {
		return v
	}
	for _, o := range p.Rule.Options {
		if o.Name == name {
			return o.Default
		}
	}
	return ""
}

// Enabled reports whether the run's config selects r, for rules whose
// behaviour depends on another rule's being on.
func (p *Pass) Enabled(r *Rule) bool { return p.cfg.enabled(r) }
