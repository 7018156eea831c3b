package rules

import (
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
	HasFix  bool
	Fix     Safety
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

// Option is a rule option that a config file may set.
type Option struct {
	Name    string   // e.g. "created"
	Doc     string   // one line
	Values  []string // allowed values; empty means any string
	Default string
}

// Config selects rules and sets their options for one lint run.
type Config struct {
	// Select lists rule codes or names to run; empty means all.
	Select []string
	// Ignore lists rule codes or names not to run.
	Ignore []string
	// Severity overrides a rule's default severity, keyed by code.
	Severity map[string]Severity
	// Options sets rule options, keyed by code then option name.
	Options map[string]map[string]string
}

// Pass is what a rule's Run receives for one file.
type Pass struct {
	Rule    *Rule
	File    *parser.File
	Scope   *scope.Info
	Images  []*Image // every dockerTools image build found in the file
	Options map[string]string
	sev     Severity      // the rule's severity under the config
	out     *[]Diagnostic // where findings go

	calls          []*Call // every dockerTools call, found on first use (model_calls.go)
	callsFound     bool
	ownDockerTools bool // the file binds a dockerTools of its own
}

// Report records a finding. Code, Name and Severity are filled from the rule
// and the config.
func (p *Pass) Report(d Diagnostic) {
	d.Code, d.Name, d.Severity = p.Rule.Code, p.Rule.Name, p.sev
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
