package rules_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/rules"
)

// TestSignatureForwarding checks the wrappers: a function that hands its
// arguments on accepts everything the function it calls accepts.
func TestSignatureForwarding(t *testing.T) {
	for _, b := range rules.Builders() {
		s := rules.Signature(b)
		if s.Forwards == "" {
			continue
		}
		to := rules.Signature(s.Forwards)
		if to == nil {
			t.Fatalf("%s forwards to %s, which the table lacks", b, s.Forwards)
		}
		for _, n := range to.Names() {
			if !rules.Accepts(b, n) {
				t.Errorf("%s forwards to %s but does not accept its argument %s", b, s.Forwards, n)
			}
		}
	}
}

// TestSignatureShape checks each entry: no argument twice, a default for
// every optional one, and a release for every argument.
func TestSignatureShape(t *testing.T) {
	for _, b := range rules.Builders() {
		s := rules.Signature(b)
		if s.Positional != (len(s.Args) == 0) {
			t.Errorf("%s: positional=%v with %d arguments", b, s.Positional, len(s.Args))
		}
		seen := map[string]bool{}
		for _, a := range s.Args {
			if seen[a.Name] {
				t.Errorf("%s: %s listed twice", b, a.Name)
			}
			seen[a.Name] = true
			if a.Added == "" {
				t.Errorf("%s.%s: no release", b, a.Name)
			}
			if a.Required && a.Default != "" {
				t.Errorf("%s.%s: required with a default", b, a.Name)
			}
			if a.ReplacedBy != "" && !rules.Accepts(b, a.ReplacedBy) {
				t.Errorf("%s.%s: replaced by %s, which it does not accept", b, a.Name, a.ReplacedBy)
			}
		}
	}
	for _, c := range []struct {
		b, a string
		want bool
	}{
		{"buildImage", "copyToRoot", true},
		{"buildImage", "maxLayers", false},
		{"buildLayeredImage", "copyToRoot", false},
		{"buildLayeredImage", "compressor", true},
		{"streamLayeredImage", "compressor", false},
		{"pullImage", "hash", true},
		{"exportImage", "tag", false},
		{"noSuchBuilder", "name", false},
	} {
		if got := rules.Accepts(c.b, c.a); got != c.want {
			t.Errorf("Accepts(%s, %s) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}

// TestSignaturesMatchPage checks that ND101's page lists, builder by
// builder, exactly the arguments of the table, with the same releases.
func TestSignaturesMatchPage(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "docs", "rules", "ND101.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(text), "\n## Accepted arguments\n")
	if !ok {
		t.Fatal("ND101.md has no Accepted arguments section")
	}
	type entry struct {
		names    map[string]string // name -> "since" release ("" for none)
		forwards string
	}
	page := map[string]*entry{}
	var cur *entry
	every := regexp.MustCompile("^Takes every argument of `([A-Za-z]+)`")
	bullet := regexp.MustCompile("^- `([A-Za-z0-9]+)`(?: \\((.*)\\))?$")
	since := regexp.MustCompile(`(?:^|; )since (\d\d\.\d\d)`)
	for _, l := range strings.Split(section, "\n") {
		switch {
		case strings.HasPrefix(l, "### "):
			cur = &entry{names: map[string]string{}}
			page[strings.TrimPrefix(l, "### ")] = cur
		case cur == nil:
		case every.MatchString(l):
			cur.forwards = every.FindStringSubmatch(l)[1]
		case bullet.MatchString(l):
			m := bullet.FindStringSubmatch(l)
			rel := ""
			if s := since.FindStringSubmatch(m[2]); s != nil {
				rel = s[1]
			}
			cur.names[m[1]] = rel
		}
	}
	for _, b := range rules.Builders() {
		s := rules.Signature(b)
		e := page[b]
		if s.Positional {
			if e != nil {
				t.Errorf("page lists %s, which takes no attribute set", b)
			}
			continue
		}
		if e == nil {
			t.Errorf("page does not list %s", b)
			continue
		}
		if e.forwards != s.Forwards {
			t.Errorf("%s: page says it passes arguments to %q, table to %q", b, e.forwards, s.Forwards)
		}
		want := map[string]bool{}
		for _, a := range s.Args {
			want[a.Name] = true
			if s.Forwards != "" && rules.Signature(s.Forwards).Arg(a.Name) != nil {
				continue // listed under the function it is passed to
			}
			rel, ok := e.names[a.Name]
			if !ok {
				t.Errorf("%s: page does not list %s", b, a.Name)
				continue
			}
			wantRel := a.Added
			if wantRel == "22.05" || wantRel == s.Added {
				wantRel = ""
			}
			if rel != wantRel {
				t.Errorf("%s.%s: page says since %q, table %q", b, a.Name, rel, wantRel)
			}
		}
		for n := range e.names {
			if !want[n] {
				t.Errorf("%s: page lists %s, which the table does not accept", b, n)
			}
		}
	}
	for b := range page {
		if rules.Signature(b) == nil {
			t.Errorf("page lists %s, which the table lacks", b)
		}
	}
}
