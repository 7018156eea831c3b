package rules_test

import (
	"reflect"
	"strings"
	"testing"
)

// deepDiffs lists where two evaluated values differ, descending into
// objects and into lists of the same length, so that a change deep inside
// a contents list is seen where it is.
func deepDiffs(path string, a, b any, hadA bool, out *[]jsonDiff) {
	walkDiffs(path, a, b, hadA, true, out)
}

// checkLinkAdded accepts only one change: a written pathsToLink list that
// gained one directory at its end, where dir says which (nil: any literal
// absolute directory).
func checkLinkAdded(t *testing.T, code string, d jsonDiff, dir func(string) bool) {
	t.Helper()
	var diffs []jsonDiff
	deepDiffs(d.path, d.before, d.after, d.hadBefore, &diffs)
	if len(diffs) != 1 {
		t.Errorf("%s: %d changes inside %s, want 1: %+v", code, len(diffs), d.path, diffs)
		return
	}
	c := diffs[0]
	old, okOld := c.before.([]any)
	now, okNow := c.after.([]any)
	if !strings.HasSuffix(c.path, ".pathsToLink") || !okOld || !okNow || len(now) != len(old)+1 ||
		!reflect.DeepEqual(now[:len(old)], old) {
		t.Errorf("%s: unexpected change %s: %v -> %v", code, c.path, c.before, c.after)
		return
	}
	added, _ := now[len(old)].(string)
	if !strings.HasPrefix(added, "/") || strings.Count(added, "/") != 1 || (dir != nil && !dir(added)) {
		t.Errorf("%s: added %q to pathsToLink", code, added)
	}
}

func init() {
	semanticChecks["ND111"] = func(t *testing.T, _ goldenCase, d jsonDiff) {
		checkLinkAdded(t, "ND111", d, func(s string) bool { return s == "/etc" })
	}
	semanticChecks["ND112"] = func(t *testing.T, _ goldenCase, d jsonDiff) {
		checkLinkAdded(t, "ND112", d, func(s string) bool { return s != "/bin" && s != "/etc" })
	}
}

const caCertificatesPath = "/nix/store/0000-ca-certificates"

// checkCARootDiff accepts only dockerTools.caCertificates appended to the
// image root (contents, copyToRoot, or the paths of its buildEnv, a single
// package becoming a list of it and the certificates), and "/etc" appended
// to that buildEnv's pathsToLink.
func checkCARootDiff(t *testing.T, d jsonDiff) {
	t.Helper()
	var diffs []jsonDiff
	deepDiffs(d.path, d.before, d.after, d.hadBefore, &diffs)
	sawCA := false
	for _, c := range diffs {
		var old []any
		switch b := c.before.(type) {
		case nil:
		case []any:
			old = b
		default:
			old = []any{b}
		}
		now, ok := c.after.([]any)
		if !ok || len(now) != len(old)+1 || (len(old) > 0 && !reflect.DeepEqual(now[:len(old)], old)) {
			t.Errorf("ND001: unexpected change %s: %v -> %v", c.path, c.before, c.after)
			continue
		}
		added := now[len(old)]
		switch {
		case strings.HasSuffix(c.path, ".pathsToLink") && added == "/etc":
			// Goes with certificates added to the same buildEnv's
			// paths, which the check of that change sees.
			sawCA = sawCA || len(diffs) == 1
		case (strings.HasSuffix(c.path, ".args.contents") || strings.HasSuffix(c.path, ".args.copyToRoot") ||
			strings.HasSuffix(c.path, ".buildEnv.paths")) && added == caCertificatesPath:
			sawCA = true
		default:
			t.Errorf("ND001: unexpected change %s: %v -> %v", c.path, c.before, c.after)
		}
	}
	if !sawCA {
		t.Errorf("ND001: caCertificates not added to the image root: %+v", diffs)
	}
}
