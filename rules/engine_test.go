package rules

import (
	"reflect"
	"regexp"
	"sort"
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

func TestRegistry(t *testing.T) {
	var codes []string
	seen := map[string]bool{}
	code := regexp.MustCompile(`^ND\d{3}$`)
	name := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	for _, r := range All() {
		codes = append(codes, r.Code)
		if !code.MatchString(r.Code) || !name.MatchString(r.Name) || r.Summary == "" {
			t.Errorf("bad metadata: %+v", r)
		}
		if seen[r.Code] || seen[r.Name] {
			t.Errorf("duplicate %s/%s", r.Code, r.Name)
		}
		seen[r.Code], seen[r.Name] = true, true
		for _, o := range r.Options {
			if len(o.Values) > 0 && !contains(o.Values, o.Default) {
				t.Errorf("%s option %s: default %q not among %v", r.Code, o.Name, o.Default, o.Values)
			}
		}
	}
	// The seed rules come first and ND900 last; rules added by their own
	// files fall in between, in code order.
	want := []string{"ND000", "ND001", "ND002", "ND003", "ND004", "ND005"}
	if len(codes) < len(want)+1 || !reflect.DeepEqual(codes[:len(want)], want) || codes[len(codes)-1] != "ND900" ||
		!sort.StringsAreSorted(codes) {
		t.Errorf("All() codes = %v, want %v, then the others in order, then ND900", codes, want)
	}
	for _, r := range All()[1:6] {
		if r.Run == nil || !r.HasFix {
			t.Errorf("%s: image rules must run and have a fix", r.Code)
		}
	}
	if r := Lookup("ND900"); r == nil || r.Severity != Warning || !r.HasFix || r.Fix != Safe {
		t.Errorf("ND900 metadata: %+v", r)
	}
	if Lookup("ND004").Fix != Unsafe || Lookup("ND005").Fix != Unsafe || Lookup("ND001").Fix != Safe {
		t.Error("fix safeties differ from the rule catalogue")
	}
	// All returns a copy: callers cannot reorder the registry.
	a := All()
	a[0] = nil
	if All()[0] == nil {
		t.Error("All() exposes the registry")
	}
}

func TestLookup(t *testing.T) {
	for _, q := range []string{"ND002", "nd002", "created-unset", "Created-Unset"} {
		if r := Lookup(q); r == nil || r.Code != "ND002" {
			t.Errorf("Lookup(%q) = %v", q, r)
		}
	}
	if Lookup("ND999") != nil || Lookup("") != nil {
		t.Error("Lookup found a rule that does not exist")
	}
}

// fakeFile is a parsed file whose contents do not matter to the fake rules.
func fakeFile() (*parser.File, *scope.Info) {
	f := parser.NewFile("x.nix", []byte("x\ny\n"))
	f.Expr = &parser.Ident{Name: "x"}
	return f, &scope.Info{File: f}
}

func TestLintEngine(t *testing.T) {
	var gotOpt string
	a := &Rule{Code: "ND101", Name: "rule-a", Severity: Warning, Run: func(p *Pass) {
		p.Report(Diagnostic{Pos: 3, End: 4, Message: "a late"})
		p.Report(Diagnostic{Pos: 0, End: 1, Message: "a early"})
	}}
	b := &Rule{Code: "ND102", Name: "rule-b", Severity: Info,
		Options: []Option{{Name: "mode", Default: "x"}},
		Run: func(p *Pass) {
			gotOpt = p.Option("mode")
			p.Report(Diagnostic{Pos: 0, End: 1, Message: "b"})
		}}
	meta := &Rule{Code: "ND103", Name: "meta-only"}
	rules := []*Rule{a, b, meta}
	f, info := fakeFile()

	ds := lint(f, info, nil, rules)
	var got []string
	for _, d := range ds {
		got = append(got, d.Code+" "+d.Name+" "+d.Severity.String()+" "+d.Message)
	}
	want := []string{"ND101 rule-a warning a early", "ND102 rule-b info b", "ND101 rule-a warning a late"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lint = %q, want %q", got, want)
	}
	if gotOpt != "x" {
		t.Errorf("default option = %q", gotOpt)
	}

	cfg := &Config{
		Select:   []string{"rule-a", "nd102"},
		Ignore:   []string{"ND101"},
		Severity: map[string]Severity{"rule-b": Error},
		Options:  map[string]map[string]string{"ND102": {"mode": "y"}},
	}
	ds = lint(f, info, cfg, rules)
	if len(ds) != 1 || ds[0].Code != "ND102" || ds[0].Severity != Error || gotOpt != "y" {
		t.Errorf("with config: %+v (option %q)", ds, gotOpt)
	}
	if ds := lint(f, info, &Config{Select: []string{"ND103"}}, rules); len(ds) != 0 {
		t.Errorf("metadata-only rule produced %v", ds)
	}
	if ds := lint(&parser.File{}, nil, nil, rules); ds != nil {
		t.Errorf("unparsed file produced %v", ds)
	}
}

func TestConfigValidate(t *testing.T) {
	good := &Config{Select: []string{"ND001", "created-unset"}, Options: map[string]map[string]string{"ND002": {"created": "commit-date"}}}
	if err := good.Validate(); err != nil {
		t.Errorf("valid config: %v", err)
	}
	for _, bad := range []*Config{
		{Select: []string{"ND042"}},
		{Ignore: []string{"no-such-rule"}},
		{Severity: map[string]Severity{"X": Error}},
		{Options: map[string]map[string]string{"ND002": {"created": "yesterday"}}},
		{Options: map[string]map[string]string{"ND002": {"when": "now"}}},
	} {
		if bad.Validate() == nil {
			t.Errorf("Validate accepted %+v", bad)
		}
	}
}

// TestOptInNotByDefault checks that an opt-in rule runs only when a
// selection names it.
func TestOptInNotByDefault(t *testing.T) {
	r := &Rule{Code: "ND999", Name: "opt-in-test", OptIn: true}
	for _, tc := range []struct {
		cfg  *Config
		want bool
	}{
		{nil, false},
		{&Config{}, false},
		{&Config{Ignore: []string{"ND001"}}, false},
		{&Config{Select: []string{"ND999"}}, true},
		{&Config{Select: []string{"opt-in-test"}}, true},
		{&Config{Select: []string{"ND001"}}, false},
	} {
		if got := tc.cfg.enabled(r); got != tc.want {
			t.Errorf("enabled(%+v) = %v, want %v", tc.cfg, got, tc.want)
		}
	}
	r.OptIn = false
	if !(*Config)(nil).enabled(r) || !(&Config{}).enabled(r) {
		t.Errorf("a default rule is not enabled by default")
	}
}

// TestNoFixSaysWhy checks that every rule without a fix says why, and that
// a finding without a fix carries a reason: the rule's own, or the general
// one for a fixable rule that declined.
func TestNoFixSaysWhy(t *testing.T) {
	for _, r := range All() {
		if !r.HasFix && r.Code != "ND000" && r.NoFix == "" {
			t.Errorf("%s has no fix and does not say why (Rule.NoFix)", r.Code)
		}
	}
	var out []Diagnostic
	p := &Pass{out: &out}
	p.Rule = &Rule{Code: "ND998", Name: "no-fix", NoFix: "because"}
	p.Report(Diagnostic{})
	p.Rule = &Rule{Code: "ND997", Name: "declines", HasFix: true}
	p.Report(Diagnostic{})
	p.Report(Diagnostic{Fixes: []Fix{{Message: "fix"}}})
	if out[0].NoFix != "because" || out[1].NoFix != declinedFix || out[2].NoFix != "" {
		t.Errorf("reasons: %q, %q, %q", out[0].NoFix, out[1].NoFix, out[2].NoFix)
	}
}

// TestRegisterRejectsDuplicates: a second rule with a registered code, or
// with a registered name, is refused, and a new rule lands in code order.
func TestRegisterRejectsDuplicates(t *testing.T) {
	saved := registry
	defer func() { registry = saved }()
	registry = append([]*Rule(nil), saved...)
	for _, r := range []*Rule{
		{Code: "ND001", Name: "some-new-name"},
		{Code: "ND899", Name: All()[3].Name},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("register(%s %s) did not panic", r.Code, r.Name)
				}
			}()
			register(r)
		}()
	}
	register(&Rule{Code: "ND899", Name: "a-new-rule"})
	codes := make([]string, len(registry))
	for i, r := range registry {
		codes[i] = r.Code
	}
	if len(registry) != len(saved)+1 || !sort.StringsAreSorted(codes) || Lookup("ND899") == nil {
		t.Errorf("after registering ND899: %v", codes)
	}
}
