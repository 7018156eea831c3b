package rules_test

import (
	"strings"
	"testing"
)

// Semantic checks for the fixes of the image-value rules: each compares one
// change in the evaluated image arguments with what the fix promises.

func init() {
	// ND104: the tag is the same text with every + made a -.
	semanticChecks["ND104"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		before, _ := d.before.(string)
		after, _ := d.after.(string)
		if !strings.HasSuffix(d.path, ".args.tag") || !strings.Contains(before, "+") ||
			after != strings.ReplaceAll(before, "+", "-") {
			t.Errorf("ND104: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		}
	}
	// ND105: the name is the same text with some uppercase letters made
	// lowercase, and nothing else changed.
	semanticChecks["ND105"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		before, _ := d.before.(string)
		after, _ := d.after.(string)
		if !strings.HasSuffix(d.path, ".args.name") || len(before) != len(after) || before == after {
			t.Errorf("ND105: unexpected change %s: %v -> %v", d.path, d.before, d.after)
			return
		}
		for i := 0; i < len(before); i++ {
			if b, a := before[i], after[i]; a != b && !('A' <= b && b <= 'Z' && a == b+'a'-'A') {
				t.Errorf("ND105: %q -> %q changes more than letter case at %d", before, after, i)
				return
			}
		}
	}
}
