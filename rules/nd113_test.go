package rules_test

import (
	"strings"
	"testing"
)

func init() {
	semanticChecks["ND113"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		if !strings.HasSuffix(d.path, ".args.enableFakechroot") || d.after != true || (d.hadBefore && d.before != false) {
			t.Errorf("ND113: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		}
	}
	semanticChecks["ND115"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		vm := strings.HasSuffix(d.path, ".args.diskSize") || strings.HasSuffix(d.path, ".args.buildVMMemorySize")
		if !vm || !d.hadBefore || d.after != nil {
			t.Errorf("ND115: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		}
	}
}

func init() {
	semanticChecks["ND119"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		s, ok := d.after.(string)
		if !strings.HasSuffix(d.path, ".args.name") || d.hadBefore || !ok || s == "" || strings.Contains(s, "/") {
			t.Errorf("ND119: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		}
	}
}
