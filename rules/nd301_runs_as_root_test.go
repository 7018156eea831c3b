package rules_test

import (
	"reflect"
	"strings"
	"testing"
)

// ND301's fix sets config.User to nobody's uid:gid: either User changes
// (from absent or root) to "65534:65534", or a config holding only that
// User appears.
func init() {
	semanticChecks["ND301"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		t.Helper()
		const nobody = "65534:65534"
		switch {
		case strings.HasSuffix(d.path, ".args.config.User"):
			if d.after != nobody {
				t.Errorf("ND301: User became %v, want %q", d.after, nobody)
			}
			if d.hadBefore {
				s, _ := d.before.(string)
				if u, _, _ := strings.Cut(s, ":"); u != "root" && u != "0" {
					t.Errorf("ND301: the fix replaced User %v, which is not root", d.before)
				}
			}
		case strings.HasSuffix(d.path, ".args.config") && !d.hadBefore:
			if !reflect.DeepEqual(d.after, map[string]any{"User": nobody}) {
				t.Errorf("ND301: new config is %v, want only User = %q", d.after, nobody)
			}
		default:
			t.Errorf("ND301: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		}
	}
}
