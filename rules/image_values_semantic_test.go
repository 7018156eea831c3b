package rules_test

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
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
			if b, a := before[i], after[i]; a != b && (b < 'A' || b > 'Z' || a != b+'a'-'A') {
				t.Errorf("ND105: %q -> %q changes more than letter case at %d", before, after, i)
				return
			}
		}
	}
}

// ociConfigKeys are the canonical image config keys a rename may produce.
var ociConfigKeys = []string{"User", "ExposedPorts", "Env", "Entrypoint", "Cmd", "Volumes",
	"WorkingDir", "Labels", "StopSignal", "ArgsEscaped", "Healthcheck", "OnBuild", "Shell"}

// renames pairs, per test, the config keys a fix removed with those it
// added, so that the check can see a rename as a whole once every change
// has been seen.
var renames sync.Map // *testing.T -> map[string][2]any (path -> removed, added)

func init() {
	// ND106: every change is a config key renamed to its canonical
	// spelling, the same value under the new key.
	semanticChecks["ND106"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		v, loaded := renames.LoadOrStore(t, map[string][2]any{})
		changes := v.(map[string][2]any)
		if !loaded {
			t.Cleanup(func() {
				renames.Delete(t)
				checkRenames(t, changes)
			})
		}
		dot := strings.LastIndex(d.path, ".")
		dir, key := d.path[:dot], d.path[dot+1:]
		if !strings.Contains(dir, ".args.config") {
			t.Errorf("ND106: change outside config at %s", d.path)
			return
		}
		c := changes[dir+"|"+strings.ToLower(key)]
		switch {
		case d.hadBefore && d.after == nil:
			c[0] = []any{key, d.before}
		case !d.hadBefore:
			c[1] = []any{key, d.after}
		default:
			t.Errorf("ND106: value changed at %s: %v -> %v", d.path, d.before, d.after)
		}
		changes[dir+"|"+strings.ToLower(key)] = c
	}
}

// checkRenames asserts that each removed key came back, with the same
// value, under one canonical key that differs from it only in case.
func checkRenames(t *testing.T, changes map[string][2]any) {
	for k, c := range changes {
		removed, _ := c[0].([]any)
		added, _ := c[1].([]any)
		if removed == nil || added == nil {
			t.Errorf("ND106: %s is not a rename: removed %v, added %v", k, removed, added)
			continue
		}
		from, to := removed[0].(string), added[0].(string)
		canonical := false
		for _, o := range ociConfigKeys {
			canonical = canonical || o == to
		}
		if !canonical || from == to || !strings.EqualFold(from, to) || !reflect.DeepEqual(removed[1], added[1]) {
			t.Errorf("ND106: %s renamed to %s with %v -> %v", from, to, removed[1], added[1])
		}
	}
}

func init() {
	// ND107: Cmd, Entrypoint or Shell became a one-element list of the
	// value it had.
	semanticChecks["ND107"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		l, ok := d.after.([]any)
		okPath := strings.HasSuffix(d.path, ".config.Cmd") || strings.HasSuffix(d.path, ".config.Entrypoint") ||
			strings.HasSuffix(d.path, ".config.Shell")
		if _, isStr := d.before.(string); !okPath || !ok || !isStr || len(l) != 1 || l[0] != d.before {
			t.Errorf("ND107: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		}
	}
}

func init() {
	// ND108: an Env set became the list of NAME=value strings of its
	// entries, in name order, with the values unchanged.
	semanticChecks["ND108"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		set, okSet := d.before.(map[string]any)
		list, okList := d.after.([]any)
		if !strings.HasSuffix(d.path, ".config.Env") || !okSet || !okList {
			t.Errorf("ND108: unexpected change %s: %v -> %v", d.path, d.before, d.after)
			return
		}
		names := make([]string, 0, len(set))
		for n := range set {
			names = append(names, n)
		}
		sort.Strings(names)
		want := make([]any, len(names))
		for i, n := range names {
			v, ok := set[n].(string)
			if !ok {
				t.Errorf("ND108: Env value %s = %v is not a string", n, set[n])
			}
			want[i] = n + "=" + v
		}
		if !reflect.DeepEqual(list, want) {
			t.Errorf("ND108: Env %v became %v, want %v", set, list, want)
		}
	}
}

func init() {
	// ND109: a list of ports or paths became the set of the same entries
	// (a port without protocol gaining /tcp), each mapped to { }; an
	// integer label became the same number as a string.
	semanticChecks["ND109"] = func(t *testing.T, gc goldenCase, d jsonDiff) {
		switch {
		case strings.HasSuffix(d.path, ".config.ExposedPorts"), strings.HasSuffix(d.path, ".config.Volumes"):
			list, okList := d.before.([]any)
			set, okSet := d.after.(map[string]any)
			if !okList || !okSet || len(set) != len(list) {
				t.Errorf("ND109: unexpected change %s: %v -> %v", d.path, d.before, d.after)
				return
			}
			for _, e := range list {
				k := fmt.Sprint(e)
				if n, ok := e.(float64); ok {
					k = strconv.FormatFloat(n, 'f', -1, 64)
				}
				if strings.HasSuffix(d.path, ".ExposedPorts") && !strings.Contains(k, "/") {
					k += "/tcp"
				}
				v, ok := set[k]
				if m, isMap := v.(map[string]any); !ok || !isMap || len(m) != 0 {
					t.Errorf("ND109: %v -> %v has no empty entry %q", list, set, k)
				}
			}
		case strings.Contains(d.path, ".config.Labels."):
			n, okNum := d.before.(float64)
			s, okStr := d.after.(string)
			if !okNum || !okStr || s != strconv.FormatFloat(n, 'f', -1, 64) || n != float64(int64(n)) {
				t.Errorf("ND109: label %s: %v -> %v", d.path, d.before, d.after)
			}
		default:
			t.Errorf("ND109: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		}
	}
}
