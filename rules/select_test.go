package rules

import (
	"errors"
	"strings"
	"testing"
)

// selectionRules are rules of every kind a selection meets: default and
// opt-in, in several groups, sharing prefixes of different lengths.
var selectionRules = []*Rule{
	SyntaxError,
	{Code: "ND101", Name: "rule-a"},
	{Code: "ND102", Name: "rule-b", OptIn: true},
	{Code: "ND201", Name: "rule-c", OptIn: true},
	{Code: "ND202", Name: "rule-d"},
	{Code: "ND301", Name: "rule-e"},
}

func selected(c *Config) string {
	var on []string
	for _, r := range selectionRules[1:] {
		if c.enabled(r) {
			on = append(on, r.Code)
		}
	}
	return strings.Join(on, " ")
}

func TestSelectionPrecedence(t *testing.T) {
	cases := []struct {
		name string
		cfg  *Config
		want string
	}{
		{"nil config: the default set", nil, "ND101 ND202 ND301"},
		{"empty config: the default set", &Config{}, "ND101 ND202 ND301"},
		{"ALL turns on opt-in rules", &Config{Select: []string{"ALL"}}, "ND101 ND102 ND201 ND202 ND301"},
		{"a prefix turns on its opt-in rules", &Config{Select: []string{"ND2"}}, "ND201 ND202"},
		{"ND matches every code", &Config{Select: []string{"nd"}}, "ND101 ND102 ND201 ND202 ND301"},
		{"a name selects", &Config{Select: []string{"Rule-C"}}, "ND201"},
		{"code beats prefix (ignore)", &Config{Select: []string{"ND2"}, Ignore: []string{"ND201"}}, "ND202"},
		{"code beats prefix (select)", &Config{Select: []string{"ND201"}, Ignore: []string{"ND2"}}, "ND201"},
		{"name beats prefix", &Config{Select: []string{"rule-c"}, Ignore: []string{"ND20"}}, "ND201"},
		{"longer prefix beats shorter (ignore)", &Config{Select: []string{"ND2"}, Ignore: []string{"ND20"}}, ""},
		{"longer prefix beats shorter (select)", &Config{Select: []string{"ND20"}, Ignore: []string{"ND2"}}, "ND201 ND202"},
		{"prefix beats ALL (ignore)", &Config{Select: []string{"ALL"}, Ignore: []string{"ND2"}}, "ND101 ND102 ND301"},
		{"prefix beats ALL (select)", &Config{Select: []string{"ND2"}, Ignore: []string{"ALL"}}, "ND201 ND202"},
		{"code beats ALL", &Config{Select: []string{"ND102"}, Ignore: []string{"ALL"}}, "ND102"},
		{"same prefix: ignore wins", &Config{Select: []string{"ND2"}, Ignore: []string{"ND2"}}, ""},
		{"same code: ignore wins", &Config{Select: []string{"ND101", "ND202"}, Ignore: []string{"ND101"}}, "ND202"},
		{"code and name are equally specific: ignore wins", &Config{Select: []string{"ND201"}, Ignore: []string{"rule-c"}}, ""},
		{"name and code, the other way round", &Config{Select: []string{"rule-c"}, Ignore: []string{"nd201"}}, ""},
		{"ALL against ALL: ignore wins", &Config{Select: []string{"ALL"}, Ignore: []string{"ALL"}}, ""},
		{"ignore alone leaves the rest of the default set", &Config{Ignore: []string{"ND3"}}, "ND101 ND202"},
		{"ignoring an opt-in rule changes nothing", &Config{Ignore: []string{"ND102"}}, "ND101 ND202 ND301"},
		{"extend-select adds to the default set", &Config{ExtendSelect: []string{"ND1"}}, "ND101 ND102 ND202 ND301"},
		{"extend-select adds to select", &Config{Select: []string{"ND1"}, ExtendSelect: []string{"rule-e"}}, "ND101 ND102 ND301"},
		{"extend-select code beats ignore prefix", &Config{Ignore: []string{"ND1"}, ExtendSelect: []string{"ND102"}}, "ND102 ND202 ND301"},
		{"ignore code beats extend-select prefix", &Config{ExtendSelect: []string{"ND2"}, Ignore: []string{"ND201"}}, "ND101 ND202 ND301"},
		{"extend-select and ignore at the same specificity: ignore wins", &Config{ExtendSelect: []string{"ND2"}, Ignore: []string{"ND2"}}, "ND101 ND301"},

		// The command line's flags apply on top of the config file's.
		{"flag select replaces config select", &Config{Select: []string{"ND2"}, Flags: &Selection{Select: []string{"ND1"}}}, "ND101 ND102"},
		{"flag select drops config ignore", &Config{Ignore: []string{"ND101"}, Flags: &Selection{Select: []string{"ND1"}}}, "ND101 ND102"},
		{"flag select drops config extend-select", &Config{ExtendSelect: []string{"ND201"}, Flags: &Selection{Select: []string{"ND1"}}}, "ND101 ND102"},
		{"flag ignore adds to config select", &Config{Select: []string{"ALL"}, Flags: &Selection{Ignore: []string{"ND2"}}}, "ND101 ND102 ND301"},
		{"flag extend-select adds to config select", &Config{Select: []string{"ND201"}, Flags: &Selection{ExtendSelect: []string{"ND1"}}}, "ND101 ND102 ND201"},
		{"flag extend-select beats config ignore", &Config{Ignore: []string{"ND202"}, Flags: &Selection{ExtendSelect: []string{"ND2"}}}, "ND101 ND201 ND202 ND301"},
		{"flag ignore beats a more specific config select", &Config{ExtendSelect: []string{"ND201"}, Flags: &Selection{Ignore: []string{"ND2"}}}, "ND101 ND301"},
		{"flags: code beats prefix", &Config{Flags: &Selection{Select: []string{"ALL"}, Ignore: []string{"ND1"}, ExtendSelect: []string{"ND102"}}}, "ND102 ND201 ND202 ND301"},
		{"flags: same specificity, ignore wins", &Config{Flags: &Selection{ExtendSelect: []string{"rule-b"}, Ignore: []string{"ND102"}}}, "ND101 ND202 ND301"},
		{"flags leave unmatched rules as the config set them", &Config{Select: []string{"ND201"}, Flags: &Selection{Ignore: []string{"ND1"}}}, "ND201"},
	}
	for _, c := range cases {
		if got := selected(c.cfg); got != c.want {
			t.Errorf("%s: selected %q, want %q", c.name, got, c.want)
		}
	}
}

// ND000 runs whatever is ignored: a file Nix rejects cannot be checked.
func TestSyntaxErrorAlwaysRuns(t *testing.T) {
	for _, c := range []*Config{
		nil,
		{Ignore: []string{"ALL"}},
		{Ignore: []string{"ND000"}},
		{Select: []string{"ND3"}},
		{Flags: &Selection{Ignore: []string{"syntax-error"}}},
	} {
		if !c.enabled(SyntaxError) {
			t.Errorf("%+v turns ND000 off", c)
		}
	}
	_, ds := LintSource("x.nix", []byte("{ a = 1;"), &Config{Ignore: []string{"ALL"}})
	if len(ds) != 1 || ds[0].Code != "ND000" {
		t.Errorf("ignore ALL hides the syntax error: %v", ds)
	}
}

func TestValidSelector(t *testing.T) {
	for _, s := range []string{"ALL", "all", "ND", "nd", "ND0", "ND00", "ND002", "nd002", "created-unset", "ND9", "ND90", "ND900"} {
		if !ValidSelector(s) {
			t.Errorf("ValidSelector(%q) = false", s)
		}
	}
	for _, s := range []string{"", "N", "A", "AL", "ND7", "ND0000", "ND002x", "nd-2", "created", "ALLL", "D0"} {
		if ValidSelector(s) {
			t.Errorf("ValidSelector(%q) = true", s)
		}
	}
}

func TestValidateSelectors(t *testing.T) {
	cases := []struct {
		cfg       *Config
		key, name string
	}{
		{&Config{Select: []string{"ND001", "ND7"}}, "select", "ND7"},
		{&Config{ExtendSelect: []string{"bogus"}}, "extend-select", "bogus"},
		{&Config{Ignore: []string{"ALL", "N"}}, "ignore", "N"},
		{&Config{Flags: &Selection{Select: []string{"x"}}}, "--select", "x"},
		{&Config{Flags: &Selection{ExtendSelect: []string{"ND05"}}}, "--extend-select", "ND05"},
		{&Config{Flags: &Selection{Ignore: []string{"ND0011"}}}, "--ignore", "ND0011"},
	}
	for _, c := range cases {
		err := c.cfg.Validate()
		var se *SelectorError
		if !errors.As(err, &se) || se.Key != c.key || se.Selector != c.name {
			t.Errorf("%+v: error %v, want an unknown %s selector %q", c.cfg, err, c.key, c.name)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, c.key+`: unknown selector "`+c.name+`"`) || strings.Contains(msg, "\n") {
			t.Errorf("message %q", msg)
		}
	}
	ok := &Config{Select: []string{"ALL"}, ExtendSelect: []string{"ND0"}, Ignore: []string{"untagged-image"},
		Flags: &Selection{Select: []string{"nd00"}, Ignore: []string{"ND900"}}}
	if err := ok.Validate(); err != nil {
		t.Errorf("valid selection rejected: %v", err)
	}
}

// A rule can ask whether another rule runs, to stay out of its way.
func TestPassEnabled(t *testing.T) {
	var saw []bool
	probe := &Rule{Code: "ND111", Name: "probe", Run: func(p *Pass) {
		saw = append(saw, p.Enabled(selectionRules[3]))
	}}
	f, info := fakeFile()
	lint(f, info, &Config{Select: []string{"ND111"}}, []*Rule{probe})
	lint(f, info, &Config{Select: []string{"ND111", "ND2"}}, []*Rule{probe})
	lint(f, info, nil, []*Rule{probe})
	if len(saw) != 3 || saw[0] || !saw[1] || saw[2] {
		t.Errorf("Pass.Enabled(opt-in ND201) = %v, want [false true false]", saw)
	}
}
