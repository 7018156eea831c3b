package rules

import (
	"strings"
	"testing"
)

// A file whose only errors are binding errors (undefined variable,
// duplicate attribute) is whole: the rules still look at it, but offer no
// fix, since the fixed file could not be proven.
func TestLintSourceBindingErrorsKeepFindings(t *testing.T) {
	for name, src := range map[string]string{
		"undefined": "{ pkgs }:\npkgs.dockerTools.buildImage {\n  name = nope;\n  created = \"now\";\n}\n",
		"duplicate": "{ pkgs }:\npkgs.dockerTools.buildImage {\n  name = \"a\";\n  name = \"b\";\n  created = \"now\";\n}\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, ds := LintSource("t.nix", []byte(src), nil)
			codes := map[string]int{}
			for _, d := range ds {
				codes[d.Code]++
				if len(d.Fixes) > 0 {
					t.Errorf("%s offers a fix in a file Nix rejects: %+v", d.Code, d.Fixes)
				}
			}
			if codes["ND000"] != 1 || codes["ND001"] != 1 || codes["ND003"] != 1 || codes["ND002"] != 0 {
				t.Errorf("findings %v, want one ND000, ND001 and ND003", codes)
			}
			for i := 1; i < len(ds); i++ {
				if ds[i].Pos < ds[i-1].Pos {
					t.Errorf("findings not in position order: %+v", ds)
				}
			}
			// The same file without the error has fixes: the fixes were
			// withheld, not missing.
			fixedSrc := strings.Replace(strings.Replace(src, "nope", `"a"`, 1), "  name = \"b\";\n", "", 1)
			_, clean := LintSource("t.nix", []byte(fixedSrc), nil)
			withFix := 0
			for _, d := range clean {
				if d.Code == "ND000" {
					t.Fatalf("repaired source still rejected: %s", d.Message)
				}
				if len(d.Fixes) > 0 {
					withFix++
				}
			}
			if withFix == 0 {
				t.Errorf("repaired source has no fixes: %+v", clean)
			}
		})
	}
	// A syntax error still stops everything else.
	_, ds := LintSource("t.nix", []byte("{ pkgs }: pkgs.dockerTools.buildImage { name = ; }"), nil)
	if len(ds) != 1 || ds[0].Code != "ND000" {
		t.Errorf("syntax error: %+v", ds)
	}
}

// The examples of ND001's page about function arguments given as contents
// tell what the rule does.
func TestND001PageContentsArguments(t *testing.T) {
	cfg := &Config{Select: []string{"ND001"}}
	for src, want := range map[string]int{
		"{ pkgs, app }:\npkgs.dockerTools.buildLayeredImage {\n  name = \"app\";\n  contents = app;\n}\n":                                       1,
		"{ pkgs, extraContents }:\npkgs.dockerTools.buildLayeredImage {\n  name = \"app\";\n  contents = [ pkgs.hello ] ++ extraContents;\n}\n": 0,
	} {
		if _, ds := LintSource("t.nix", []byte(src), cfg); len(ds) != want {
			t.Errorf("%s: %d findings, want %d: %+v", src, len(ds), want, ds)
		}
	}
}
