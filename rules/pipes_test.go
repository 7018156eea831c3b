package rules

import (
	"strings"
	"testing"
)

const pipeImage = "{ pkgs }:\n{ name = \"app\"; tag = \"1\"; } |> pkgs.dockerTools.buildImage\n"

// Pipe operators are accepted by default; a config that refuses them gets
// ND000 naming the key that does.
func TestPipeOperators(t *testing.T) {
	_, ds := LintSource("p.nix", []byte(pipeImage), nil)
	for _, d := range ds {
		if d.Code == "ND000" {
			t.Fatalf("pipes refused by default: %s", d.Message)
		}
	}
	_, ds = LintSource("p.nix", []byte(pipeImage), &Config{Select: []string{"ND003"}})
	if len(ds) != 0 {
		t.Errorf("with pipes on, ND003 reports a tagged file: %+v", ds)
	}
	_, ds = LintSource("p.nix", []byte(pipeImage), &Config{NoPipeOperators: true})
	if len(ds) != 1 || ds[0].Code != "ND000" {
		t.Fatalf("pipes refused: %+v", ds)
	}
	for _, want := range []string{"'|>'", "not part of Nix 2.8", "pipe-operators = false", "--no-pipe-operators"} {
		if !strings.Contains(ds[0].Message, want) {
			t.Errorf("ND000 message %q lacks %q", ds[0].Message, want)
		}
	}
	src := "{ f, x }: f <| x\n"
	if _, ds := LintSource("p.nix", []byte(src), &Config{NoPipeOperators: true}); len(ds) != 1 || !strings.Contains(ds[0].Message, "pipe-operators = false") {
		t.Errorf("<| refused: %+v", ds)
	}
	// Other syntax errors are not explained as pipes.
	if _, ds := LintSource("p.nix", []byte("{ a = ; }"), &Config{NoPipeOperators: true}); len(ds) != 1 || strings.Contains(ds[0].Message, "pipe") {
		t.Errorf("other syntax error: %+v", ds)
	}
}

// An image built through a pipe is an image build like a call.
func TestPipedImages(t *testing.T) {
	for _, src := range []string{
		"{ pkgs }:\n{ name = \"app\"; } |> pkgs.dockerTools.buildImage\n",
		"{ pkgs }:\npkgs.dockerTools.buildImage <| { name = \"app\"; }\n",
	} {
		_, ds := LintSource("p.nix", []byte(src), &Config{Select: []string{"ND002"}})
		if len(ds) != 1 || ds[0].Code != "ND002" || len(ds[0].Fixes) != 1 {
			t.Errorf("%s: %+v", src, ds)
		}
	}
}
