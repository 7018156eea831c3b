package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// TestSelectionMemo checks that the selection kept between files answers
// as enabled does, whatever the order configs come in: the same one
// twice, a copy, one whose selectors were changed in place, and flags
// added on top.
func TestSelectionMemo(t *testing.T) {
	flags := &Config{Select: []string{"ND1"}, Flags: &Selection{Select: []string{"ALL"}}}
	changed := &Config{Select: []string{"ND2"}}
	configs := []*Config{
		nil,
		{},
		{Select: []string{"ALL"}},
		{Select: []string{"ALL"}},
		{Select: []string{"ALL"}, Ignore: []string{"ND3"}},
		{ExtendSelect: []string{"ND201"}},
		{Ignore: []string{"created-unset"}},
		{Flags: &Selection{}},
		flags,
		{Select: []string{"ND1"}, Flags: &Selection{Select: []string{"ALL"}, Ignore: []string{"ND10"}}},
		changed,
	}
	check := func(c *Config) {
		t.Helper()
		var want []bool
		for _, r := range registry {
			want = append(want, c.enabled(r))
		}
		if got := c.enabledRegistered(); !slices.Equal(got, want) {
			t.Errorf("enabledRegistered(%+v) = %v, want %v", c, got, want)
		}
	}
	for range 2 {
		for _, c := range configs {
			check(c)
			check(c)
		}
	}
	// The same Config, its selectors changed after use.
	changed.Select[0] = "ND3"
	check(changed)
	changed.Select = append(changed.Select, "ND1")
	check(changed)
	// A copy whose flags differ.
	cp := *flags
	cp.Flags = &Selection{Ignore: []string{"ALL"}}
	check(flags)
	check(&cp)
	flags.Flags.Select[0] = "ND2"
	check(flags)
}

// TestLintFollowsSelection lints one file under one Config whose selection
// changes between runs: each run reports what the selection of the moment
// selects.
func TestLintFollowsSelection(t *testing.T) {
	src := []byte(`{ pkgs }: pkgs.dockerTools.buildImage { name = "x"; config.Cmd = [ "x" ]; }`)
	f, err := parser.ParseFile("x.nix", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := scope.Resolve(f)
	codes := func(cfg *Config) string {
		var out []string
		for _, d := range Lint(f, info, cfg) {
			out = append(out, d.Code)
		}
		return strings.Join(out, " ")
	}
	cfg := &Config{Select: []string{"ND003"}}
	if got := codes(cfg); got != "ND003" {
		t.Fatalf("select ND003: got %q", got)
	}
	cfg.Select[0] = "ND002"
	if got := codes(cfg); got != "ND002" {
		t.Errorf("select changed to ND002: got %q", got)
	}
	cfg.Flags = &Selection{Select: []string{"ND003"}}
	if got := codes(cfg); got != "ND003" {
		t.Errorf("flags select ND003: got %q", got)
	}
	cfg.Flags.Ignore = []string{"ND003"}
	if got := codes(cfg); got != "" {
		t.Errorf("flags select and ignore ND003: got %q", got)
	}
}
