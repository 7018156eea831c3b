package lintrun

import (
	"reflect"
	"testing"

	"github.com/nixdock/nixdock/internal/config"
	"github.com/nixdock/nixdock/rules"
)

func TestRulesConfig(t *testing.T) {
	cfg := &config.Config{Rules: rules.Config{Select: []string{"ND001", "ND002"}, Ignore: []string{"ND003"}}}
	flags := &rules.Selection{Ignore: []string{"ND002"}}
	got := RulesConfig(cfg, flags, false)
	if !reflect.DeepEqual(got.Select, []string{"ND001", "ND002"}) || got.Flags != flags || got.NoPipeOperators {
		t.Errorf("config with flags on top: %+v", got)
	}
	if !got.Enabled(rules.Lookup("ND001")) || got.Enabled(rules.Lookup("ND002")) || got.Enabled(rules.Lookup("ND003")) {
		t.Errorf("flags' ignore does not apply on top of the config's select")
	}
	if got := RulesConfig(cfg, nil, true); !got.NoPipeOperators {
		t.Errorf("noPipes is not kept: %+v", got)
	}
	if cfg.Rules.Flags != nil || cfg.Rules.NoPipeOperators || len(cfg.Rules.Select) != 2 {
		t.Errorf("the config changed: %+v", cfg.Rules)
	}
	if got := RulesConfig(nil, nil, false); len(got.Select) != 0 || len(got.Ignore) != 0 || got.Flags != nil {
		t.Errorf("no config: %+v", got)
	}
}

func TestLintAppliesSuppressions(t *testing.T) {
	src := []byte("{ pkgs }:\n# nixdock: ignore[ND001]\npkgs.dockerTools.buildImage { name = \"a\"; tag = \"1\"; created = \"now\"; config.Cmd = [ \"x\" ]; }\n")
	f, ds := Lint(RulesConfig(nil, nil, false))("a.nix", src)
	if f == nil || len(ds) != 0 {
		t.Errorf("suppressed ND001 still reported: %+v", ds)
	}
	_, ds = rules.LintSource("a.nix", src, nil)
	if len(ds) != 1 || ds[0].Code != "ND001" {
		t.Errorf("without suppressions: %+v", ds)
	}
}
