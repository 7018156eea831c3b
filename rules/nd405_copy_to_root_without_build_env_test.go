package rules_test

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// validStoreName is what Nix accepts as the name part of a store path.
var validStoreName = regexp.MustCompile(`^[A-Za-z0-9+\-_?=][A-Za-z0-9+\-._?=]*$`)

// ND405's fix wraps copyToRoot (or contents) in buildEnv: the argument
// becomes a buildEnv whose paths are exactly the packages it held, named
// "<image>-root", linking /bin and only the extra directories ND005 links.
func init() {
	semanticChecks["ND405"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		t.Helper()
		if !strings.HasSuffix(d.path, ".args.copyToRoot") && !strings.HasSuffix(d.path, ".args.contents") {
			t.Errorf("ND405: unexpected change %s: %v -> %v", d.path, d.before, d.after)
			return
		}
		after, _ := d.after.(map[string]any)
		env, _ := after["buildEnv"].(map[string]any)
		if len(after) != 1 || env == nil || len(env) != 3 {
			t.Errorf("ND405: %s became %v, not a buildEnv of name, paths and pathsToLink", d.path, d.after)
			return
		}
		want := d.before
		if _, ok := want.([]any); !ok {
			want = []any{want}
		}
		if !reflect.DeepEqual(env["paths"], want) {
			t.Errorf("ND405: buildEnv paths %v, want the packages that were there, %v", env["paths"], want)
		}
		if name, _ := env["name"].(string); !strings.HasSuffix(name, "-root") {
			t.Errorf("ND405: buildEnv name %v does not end in -root", env["name"])
		} else if !validStoreName.MatchString(name) {
			t.Errorf("ND405: buildEnv name %q cannot name a store path", name)
		}
		links, _ := env["pathsToLink"].([]any)
		if len(links) == 0 || links[0] != "/bin" {
			t.Errorf("ND405: pathsToLink %v does not start with /bin", env["pathsToLink"])
		}
		for _, l := range links {
			switch l {
			case "/bin", "/etc", "/usr", "/share/zoneinfo":
			default:
				t.Errorf("ND405: pathsToLink holds %v", l)
			}
		}
	}
}
