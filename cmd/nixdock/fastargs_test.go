package main

import (
	"io"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/alecthomas/kong"
)

// kongLint parses args with kong, as run does, and returns the lint
// command it filled, or false when kong fails or chooses another command.
func kongLint(t *testing.T, args []string) (*lintCmd, bool) {
	t.Helper()
	var c cli
	exited := false
	p, err := kong.New(&c, kong.Name("nixdock"), kong.Writers(io.Discard, io.Discard),
		kong.Exit(func(int) { exited = true }), kong.Bind(&env{}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, err := p.Parse(args)
	if err != nil || exited || !strings.HasPrefix(ctx.Command(), "lint") {
		return nil, false
	}
	return &c.Lint, true
}

// Every command line the fast reader accepts, kong reads the same way.
func TestFastLintAgreesWithKong(t *testing.T) {
	must := [][]string{
		{"f.nix"}, {"lint", "f.nix"}, {"lint", "--exit-zero", "--quiet", "f.nix"}, {},
		{"--format", "json", "a.nix", "b.nix"}, {"--format=concise", "-q", "-j", "1", "a.nix"},
		{"--fix", "--unsafe-fixes", "a.nix"}, {"--select", "ND001,ND003", "--ignore=ND002", "."},
		{"--stdin", "--stdin-filename", "x.nix"}, {"--fail-on", "warning", "--color=never", "a.nix"},
	}
	pool := []string{
		"lint", "f.nix", "dir/", "-", "", "--fix", "--unsafe-fixes", "--diff", "--select", "ND001",
		"--select=ND001,ND003", "--ignore=ND002", "--ignore", "ND001, ND002", "--fail-on", "warning",
		"--fail-on=", "--fail-on=bogus", "--exit-zero", "--format", "json", "--format=sarif", "--format=xml",
		"--output", "out.txt", "--stdin", "--stdin-filename", "x.nix", "--config", "c.toml", "--no-config",
		"--color=never", "--color", "always", "-q", "--quiet", "-j", "1", "-j4", "--jobs=2", "--jobs=x",
		"--", "--help", "-h", "rules", "parse", "version", "explain", "a.nix", "b.nix", "--quiet=true", "-x",
		"--select=", "--select=ND001,", "--jobs=-1", "-j=2", "--output=o.txt", "--stdin-filename=", "--format=", "--color=",
	}
	rng := rand.New(rand.NewSource(3))
	cases := append([][]string(nil), must...)
	for i := 0; i < 4000; i++ {
		args := make([]string, rng.Intn(7))
		for j := range args {
			args[j] = pool[rng.Intn(len(pool))]
		}
		cases = append(cases, args)
	}
	accepted := 0
	for i, args := range cases {
		fast, ok := fastLint(args)
		if !ok {
			if i < len(must) {
				t.Errorf("%q: the fast reader declines a plain lint command line", args)
			}
			continue
		}
		accepted++
		slow, ok := kongLint(t, args)
		if !ok {
			t.Errorf("%q: the fast reader accepts what kong rejects or reads as another command", args)
			continue
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Errorf("%q: fast reader gives\n%+v\nkong gives\n%+v", args, *fast, *slow)
		}
	}
	t.Logf("%d of %d command lines took the fast path", accepted, len(cases))
	if accepted < 400 {
		t.Errorf("only %d of %d command lines took the fast path", accepted, len(cases))
	}
}
