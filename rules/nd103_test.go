package rules_test

import (
	"testing"

	"github.com/nixdock/nixdock/fixer"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

// TestContentsFixesAgree runs ND101's and ND103's fixes together through
// the fixer: they must settle (no pass undoes another) with no fixable
// finding left and no duplicate argument made.
func TestContentsFixesAgree(t *testing.T) {
	cfg := &rules.Config{Select: []string{"ND101", "ND102", "ND103"}}
	lint := func(name string, src []byte) (*parser.File, []rules.Diagnostic) {
		return rules.LintSource(name, src, cfg)
	}
	for _, c := range []struct{ name, src, want string }{
		{"deprecated", `{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; contents = pkgs.hello; }`,
			`{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; copyToRoot = pkgs.hello; }`},
		{"layered", `{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "a"; copyToRoot = pkgs.hello; }`,
			`{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "a"; contents = pkgs.hello; }`},
		{"typo", `{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; content = pkgs.hello; }`,
			`{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; copyToRoot = pkgs.hello; }`},
		// content could become copyToRoot and contents too: only one may.
		{"typo-and-deprecated", `{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; content = pkgs.hello; contents = pkgs.bash; }`,
			`{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; content = pkgs.hello; copyToRoot = pkgs.bash; }`},
		{"copy-to-rot-and-contents", `{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; copyToRot = pkgs.hello; contents = pkgs.bash; }`,
			`{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; copyToRot = pkgs.hello; copyToRoot = pkgs.bash; }`},
		{"both-layered", `{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "a"; copyToRoot = pkgs.hello; contents = [ ]; }`,
			`{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "a"; copyToRoot = pkgs.hello; contents = [ ]; }`},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := fixer.Apply("t.nix", []byte(c.src), lint, fixer.Options{Unsafe: true})
			if err != nil {
				t.Fatal(err)
			}
			if string(res.Src) != c.want {
				t.Errorf("fixed to\n%s\nwant\n%s", res.Src, c.want)
			}
			if res.Passes >= fixer.DefaultMaxPasses || len(res.Refused) > 0 {
				t.Errorf("fixes did not settle: %d passes, refused %v", res.Passes, res.Refused)
			}
			for _, d := range res.Remaining {
				if len(d.Fixes) > 0 {
					t.Errorf("a fixable finding remains: %s %s", d.Code, d.Message)
				}
			}
		})
	}
}
