package rules

import "testing"

// TestLazyRegexps compiles every expression the rules hold, which would
// otherwise first fail in the file that uses it.
func TestLazyRegexps(t *testing.T) {
	if len(lazyREs) < 10 {
		t.Fatalf("only %d expressions registered", len(lazyREs))
	}
	for _, l := range lazyREs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: %v", l.pattern, r)
				}
			}()
			if l.get().String() != l.pattern {
				t.Errorf("compiled %q, want %q", l.get(), l.pattern)
			}
		}()
	}
}
