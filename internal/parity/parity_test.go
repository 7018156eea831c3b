package parity_test

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/internal/nixtest"
	"github.com/nixdock/nixdock/internal/parity"
	"github.com/nixdock/nixdock/parser"
)

// gen writes random expressions over the operators and forms NixForm
// covers (operators that could start a path or a search path, such as
// / and <, are spaced), leaving out parentheses at random so that the parsers, not the
// generator, decide the grouping.
type gen struct{ r *rand.Rand }

var (
	vars    = []string{"a", "b", "c", "d", "f", "g"}
	binOps  = []string{"+", " - ", "*", " / ", "==", "!=", " < ", " > ", "<=", ">=", "&&", "||", " -> ", " // ", "++"}
	atoms   = []string{"a", "b", "c", "1", "2", "f", "g"}
	selects = []string{"x", "y", "or", "z"}
)

func (g gen) expr(depth int) string {
	if depth <= 0 {
		return atoms[g.r.Intn(len(atoms))]
	}
	wrap := func(s string) string {
		if g.r.Intn(3) == 0 {
			return "(" + s + ")"
		}
		return s
	}
	switch g.r.Intn(12) {
	case 0, 1, 2, 3:
		return wrap(g.expr(depth-1)) + binOps[g.r.Intn(len(binOps))] + wrap(g.expr(depth-1))
	case 4:
		return []string{"-", "!", "- "}[g.r.Intn(3)] + wrap(g.expr(depth-1))
	case 5:
		return vars[g.r.Intn(len(vars))] + " " + wrap(g.expr(depth-1)) + " " + vars[g.r.Intn(len(vars))]
	case 6:
		x := wrap(g.expr(depth - 1))
		if last := x[len(x)-1]; last >= '0' && last <= '9' {
			x = "(" + x + ")" // 2.x would be the float 2. applied to x
		}
		s := x + "." + selects[g.r.Intn(len(selects))]
		if g.r.Intn(2) == 0 {
			s += " or " + wrap(g.expr(depth-1))
		}
		return s
	case 7:
		return wrap(g.expr(depth-1)) + " ? " + selects[g.r.Intn(len(selects))]
	case 8:
		return "if " + g.expr(depth-1) + " then " + g.expr(depth-1) + " else " + g.expr(depth-1)
	case 9:
		return []string{"assert ", "with "}[g.r.Intn(2)] + g.expr(depth-1) + "; " + g.expr(depth-1)
	case 10:
		return vars[g.r.Intn(len(vars))] + ": " + g.expr(depth-1)
	default:
		return "[ " + wrap(g.expr(depth-1)) + " " + atoms[g.r.Intn(len(atoms))] + " ]"
	}
}

// splitList splits Nix's print of a list of parenthesised forms, "[ (x)
// (y) ]", into the forms. The corpus holds no strings, so parentheses
// balance.
func splitList(s string) ([]string, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(with { }; [ ") || !strings.HasSuffix(s, " ])") {
		return nil, fmt.Errorf("unexpected Nix output %.80q", s)
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "(with { }; [ "), " ])")
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			if depth == 0 {
				start = i + 1
			}
			depth++
		case ')':
			depth--
			if depth == 0 {
				out = append(out, s[start:i])
			}
		}
	}
	return out, nil
}

// TestGeneratedGrouping parses generated expressions with both parsers and
// requires the same verdict and, where both accept, the same grouping.
// NIXDOCK_PARITY_N sets how many (default 600).
func TestGeneratedGrouping(t *testing.T) {
	nixtest.Require(t)
	n := 600
	if v, err := strconv.Atoi(os.Getenv("NIXDOCK_PARITY_N")); err == nil && v > 0 {
		n = v
	}
	g := gen{rand.New(rand.NewSource(int64(n)))}
	var accepted, ours []string
	var rejected []string
	for len(accepted)+len(rejected) < n {
		src := g.expr(1 + g.r.Intn(4))
		// Every generated name is free: bind them all through a with.
		f, err := parser.ParseFile("g.nix", []byte("with {}; ("+src+")"), 0)
		if err != nil {
			rejected = append(rejected, src)
			continue
		}
		body := f.Expr.(*parser.With).Body
		form, ok := parity.NixForm(body)
		if !ok {
			t.Fatalf("NixForm does not cover %q", src)
		}
		accepted = append(accepted, src)
		ours = append(ours, form)
	}
	// Nix parses the accepted ones as one list, element by element.
	var file strings.Builder
	file.WriteString("with {}; [\n")
	for _, s := range accepted {
		file.WriteString("(" + s + ")\n")
	}
	file.WriteString("]\n")
	r := nixtest.ParseSource(t, []byte(file.String()))
	if !r.OK {
		// Find the first expression Nix rejects.
		for _, s := range accepted {
			if rr := nixtest.ParseSource(t, []byte("with {}; ("+s+")\n")); !rr.OK {
				t.Fatalf("we accept %q, Nix rejects it: %s", s, rr.Stderr)
			}
		}
		t.Fatalf("Nix rejects the batch: %s", r.Stderr)
	}
	theirs, err := splitList(r.Stdout)
	if err != nil {
		t.Fatal(err)
	}
	if len(theirs) != len(ours) {
		t.Fatalf("Nix printed %d forms for %d expressions", len(theirs), len(ours))
	}
	for i := range ours {
		if ours[i] != theirs[i] {
			t.Errorf("%s\n\tNix: %s\n\tus:  %s", accepted[i], theirs[i], ours[i])
		}
	}
	// Whatever we reject, Nix must reject too (checked one by one, since
	// Nix stops at the first error; bounded to keep the test fast).
	for i, s := range rejected {
		if i == 40 {
			break
		}
		if rr := nixtest.ParseSource(t, []byte("with {}; ("+s+")\n")); rr.OK {
			t.Errorf("we reject %q, Nix accepts it as %s", s, strings.TrimSpace(rr.Stdout))
		}
	}
	t.Logf("%d generated: %d accepted by both with the same grouping, %d rejected (%d checked against Nix)",
		n, len(accepted), len(rejected), min(len(rejected), 40))
}

// TestMutatedFiles deletes, duplicates and swaps tokens of valid files and
// requires that we accept a mutant exactly when Nix does.
func TestMutatedFiles(t *testing.T) {
	nixtest.Require(t)
	seeds := []string{
		"{ pkgs, self }:\npkgs.dockerTools.buildImage {\n  name = \"app\";\n  config.Env = [ \"A=${pkgs.hello}\" ];\n  tag = self.rev or \"dev\";\n}\n",
		"let a = x: x + 1; b = rec { c = a 2; d = c; }; in with b; if d > 1 then [ c ] else { inherit a; }.a or null\n",
		"{ a ? 1, ... }@args: assert a != 2; args // { b = a.c or -a; e = ''x ${a}''; p = ./x/${a}; }\n",
	}
	r := rand.New(rand.NewSource(7))
	n := 60
	if v, err := strconv.Atoi(os.Getenv("NIXDOCK_PARITY_N")); err == nil && v > 0 {
		n = v / 5
	}
	agree := 0
	for i := 0; i < n; i++ {
		seed := []byte(seeds[i%len(seeds)])
		f, _ := parser.ParseFile("m.nix", seed, 0)
		var toks []parser.Token
		for _, tk := range f.Tokens {
			if !tk.Kind.IsTrivia() {
				toks = append(toks, tk)
			}
		}
		a := toks[r.Intn(len(toks))]
		b := toks[r.Intn(len(toks))]
		var mutant string
		switch r.Intn(3) {
		case 0: // delete a token
			mutant = string(seed[:a.Pos]) + string(seed[a.End:])
		case 1: // duplicate a token
			mutant = string(seed[:a.End]) + " " + string(seed[a.Pos:])
		default: // swap two tokens
			if a.Pos > b.Pos {
				a, b = b, a
			}
			if a.End > b.Pos {
				continue
			}
			mutant = string(seed[:a.Pos]) + string(seed[b.Pos:b.End]) + string(seed[a.End:b.Pos]) + string(seed[a.Pos:a.End]) + string(seed[b.End:])
		}
		mf, err := parser.ParseFile("m.nix", []byte(mutant), 0)
		weAccept := err == nil
		if weAccept {
			// Nix also rejects unbound names and duplicates at parse time.
			weAccept = len(resolveErrors(mf)) == 0
		}
		res := nixtest.ParseSource(t, []byte(mutant))
		if weAccept != res.OK {
			t.Errorf("mutant %q: we accept=%v, Nix accept=%v (%s)", mutant, weAccept, res.OK, firstLine(res.Stderr))
			continue
		}
		agree++
	}
	t.Logf("%d mutants agree with Nix", agree)
}

func firstLine(s string) string { return strings.SplitN(s, "\n", 2)[0] }
