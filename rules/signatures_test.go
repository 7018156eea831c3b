package rules_test

import (
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
