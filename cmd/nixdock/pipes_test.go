package main

import (
	"strings"
	"testing"
)

const pipeFile = "{ pkgs }:\n{ name = \"app\"; tag = \"1\"; created = \"now\"; config.Env = [ \"SSL_CERT_FILE=x\" ]; } |> pkgs.dockerTools.buildImage\n"

// Every command reads pipes by default, and refuses them with the flag or
// the config key, naming the key.
func TestPipeOperatorsSetting(t *testing.T) {
	dir := tree(t, map[string]string{
		"p.nix":            pipeFile,
		"old/nixdock.toml": "pipe-operators = false\n",
		"old/p.nix":        pipeFile,
	})
	if r := nixdock(t, dir, "", "lint", "p.nix"); r.code != 0 {
		t.Errorf("lint with pipes: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := nixdock(t, dir, "", "parse", "p.nix"); r.code != 0 {
		t.Errorf("parse with pipes: exit %d\n%s", r.code, r.stderr)
	}
	for _, args := range [][]string{
		{"lint", "--format", "concise", "--no-pipe-operators", "p.nix"},
		{"lint", "--format", "concise", "old/p.nix"},
		{"lint", "--format", "concise", "--config", "old/nixdock.toml", "p.nix"},
	} {
		r := nixdock(t, dir, "", args...)
		if r.code != exitFindings || !strings.Contains(r.stdout, "ND000") || !strings.Contains(r.stdout, "pipe-operators = false") {
			t.Errorf("%v: exit %d\n%s%s", args, r.code, r.stdout, r.stderr)
		}
	}
	for _, args := range [][]string{
		{"parse", "--no-pipe-operators", "p.nix"},
		{"parse", "old/p.nix"},
		{"parse", "--config", "old/nixdock.toml", "p.nix"},
	} {
		r := nixdock(t, dir, "", args...)
		if r.code != exitFindings || !strings.Contains(r.stderr, "p.nix:2:") || !strings.Contains(r.stderr, "pipe-operators = false") {
			t.Errorf("%v: exit %d\n%s", args, r.code, r.stderr)
		}
	}
	if r := nixdock(t, dir, "", "images", "p.nix"); r.code != 0 || !strings.Contains(r.stdout, "1 image build found in 1 file.") {
		t.Errorf("images with pipes: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, args := range [][]string{{"images", "--no-pipe-operators", "p.nix"}, {"images", "old/p.nix"}} {
		r := nixdock(t, dir, "", args...)
		if r.code != exitFindings || !strings.Contains(r.stderr, "pipe-operators = false") || !strings.Contains(r.stdout, "0 image builds found in 0 files.") {
			t.Errorf("%v: exit %d\n%s%s", args, r.code, r.stdout, r.stderr)
		}
	}
	// --no-config ignores the key; --fix reads the file with the same mode.
	if r := nixdock(t, dir, "", "parse", "--no-config", "old/p.nix"); r.code != 0 {
		t.Errorf("parse --no-config: exit %d\n%s", r.code, r.stderr)
	}
	if r := nixdock(t, dir, "", "lint", "--fix", "p.nix"); r.code != 0 {
		t.Errorf("lint --fix with pipes: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}
