package rules_test

import (
	"testing"

	"github.com/nixdock/nixdock/rules"
)

// TestMaxLayersSeverity checks that ND116 is an error for a value nixpkgs
// rejects and a warning for one a runtime may reject, and that a configured
// severity still wins.
func TestMaxLayersSeverity(t *testing.T) {
	src := func(n string) []byte {
		return []byte(`{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "a"; maxLayers = ` + n + `; }`)
	}
	for _, c := range []struct {
		n        string
		override bool
		want     rules.Severity
	}{
		{"0", false, rules.Error},
		{"-3", false, rules.Error},
		{"126", false, rules.Warning},
		{"126", true, rules.Info},
		{"1", true, rules.Info},
	} {
		cfg := &rules.Config{Select: []string{"ND116"}}
		if c.override {
			cfg.Severity = map[string]rules.Severity{"ND116": rules.Info}
		}
		_, ds := rules.LintSource("t.nix", src(c.n), cfg)
		if len(ds) != 1 || ds[0].Severity != c.want {
			t.Errorf("maxLayers = %s (override %v): got %v, want one finding of severity %v", c.n, c.override, ds, c.want)
		}
	}
}
