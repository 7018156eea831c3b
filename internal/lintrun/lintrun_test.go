package lintrun

import (
	"reflect"
	"testing"

	"github.com/nixdock/nixdock/internal/config"
	"github.com/nixdock/nixdock/rules"
)

func TestRulesConfig(t *testing.T) {
	cfg := &config.Config{Rules: rules.Config{Select: []string{"ND001", "ND002"}, Ignore: []string{"ND003"}}}
	got := RulesConfig(cfg, nil, []string{"ND004"})
	if !reflect.DeepEqual(got.Select, []string{"ND001", "ND002"}) || !reflect.DeepEqual(got.Ignore, []string{"ND003", "ND004"}) {
		t.Errorf("config with an added ignore: %+v", got)
	}
	got = RulesConfig(cfg, []string{"ND005"}, nil)
	if !reflect.DeepEqual(got.Select, []string{"ND005"}) || !reflect.DeepEqual(got.Ignore, []string{"ND003"}) {
		t.Errorf("a select replaces the config's: %+v", got)
	}
	if !reflect.DeepEqual(cfg.Rules.Ignore, []string{"ND003"}) || len(cfg.Rules.Select) != 2 {
		t.Errorf("the config changed: %+v", cfg.Rules)
	}
	if got := RulesConfig(nil, nil, nil); len(got.Select) != 0 || len(got.Ignore) != 0 {
		t.Errorf("no config: %+v", got)
	}
}

func TestLintAppliesSuppressions(t *testing.T) {
	src := []byte("{ pkgs }:\n# nixdock: ignore[ND001]\npkgs.dockerTools.buildImage { name = \"a\"; tag = \"1\"; created = \"now\"; config.Cmd = [ \"x\" ]; }\n")
	f, ds := Lint(RulesConfig(nil, nil, nil))("a.nix", src)
	if f == nil || len(ds) != 0 {
		t.Errorf("suppressed ND001 still reported: %+v", ds)
	}
	_, ds = rules.LintSource("a.nix", src, nil)
	if len(ds) != 1 || ds[0].Code != "ND001" {
		t.Errorf("without suppressions: %+v", ds)
	}
}
