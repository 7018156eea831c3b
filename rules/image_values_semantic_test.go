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
}
