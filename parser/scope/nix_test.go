package scope_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/nixdock/nixdock/internal/nixtest"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// errorKind reduces a message to what both Nix and we must agree on: the
// kind of error and the name it is about (positions and Nix's wording of
// the first definition's position are left out).
var errorKind = regexp.MustCompile(`(undefined variable '[^']*'|attribute '[^\n]*?' already defined|duplicate formal function argument '[^']*')`)

func readSnippets(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile("testdata/snippets.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// ours parses and resolves src and returns the first error's kind, or "".
func ours(t *testing.T, src string) string {
	t.Helper()
	f, err := parser.ParseFile("default.nix", []byte(src), 0)
	if err != nil {
		return "syntax error"
	}
	info := scope.Resolve(f)
	if len(info.Errors) == 0 {
		return ""
	}
	return errorKind.FindString(info.Errors[0].Msg)
}

func TestSnippetsAgreeWithNix(t *testing.T) {
	nixtest.Require(t)
	snippets := readSnippets(t)
	if len(snippets) < 150 {
		t.Fatalf("only %d snippets", len(snippets))
	}
	type verdict struct{ nix string }
	verdicts := make([]verdict, len(snippets))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, s := range snippets {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			r := nixtest.ParseSource(t, []byte(s+"\n"))
			if r.OK {
				return
			}
			k := errorKind.FindString(r.Stderr)
			if strings.Contains(r.Stderr, "syntax error") {
				k = "syntax error"
			}
			if k == "" {
				k = "other: " + strings.SplitN(r.Stderr, "\n", 2)[0]
			}
			verdicts[i].nix = k
		}()
	}
	wg.Wait()
	accepted, rejected := 0, 0
	for i, s := range snippets {
		got, want := ours(t, s), verdicts[i].nix
		if got != want {
			t.Errorf("%s\n\tNix: %q\n\tus:  %q", s, want, got)
		}
		if want == "" {
			accepted++
		} else {
			rejected++
		}
	}
	t.Logf("%d snippets: %d accepted and %d rejected by Nix", len(snippets), accepted, rejected)
	if accepted == 0 || rejected == 0 {
		t.Fatalf("the corpus must hold both accepted and rejected snippets")
	}
}

// TestBuiltinsAgreeWithNix checks the global scope against Nix: every name
// we bind parses alone, and every builtin Nix lists that we do not bind,
// with or without the "__" prefix, is rejected by Nix.
func TestBuiltinsAgreeWithNix(t *testing.T) {
	nixtest.Require(t)
	names := scope.Builtins()
	if r := nixtest.ParseSource(t, []byte("[ "+strings.Join(names, " ")+" ]\n")); !r.OK {
		t.Fatalf("Nix rejects a name we bind: %s", r.Stderr)
	}
	r := nixtest.EvalJSON(t, "builtins.attrNames builtins")
	if !r.OK {
		t.Fatalf("listing builtins: %s", r.Stderr)
	}
	var all []string
	if err := json.Unmarshal([]byte(r.Stdout), &all); err != nil {
		t.Fatal(err)
	}
	bound := map[string]bool{}
	for _, n := range names {
		bound[n] = true
	}
	var candidates []string
	for _, n := range all {
		for _, c := range []string{n, "__" + n} {
			if !bound[c] {
				candidates = append(candidates, c)
			}
		}
	}
	// One rejected candidate per Nix run: Nix stops at the first error.
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for _, c := range candidates {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			if r := nixtest.ParseSource(t, []byte(c+"\n")); r.OK {
				mu.Lock()
				t.Errorf("Nix binds %s but our global scope does not", c)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}
