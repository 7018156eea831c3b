package rules_test

import (
	"reflect"
	"strings"
	"testing"
)

// renameCheck checks a fix that renames arguments: every change is an
// argument that disappears or one that appears, and each one that appears
// carries the value of one that disappeared from the same set, under a
// name the rule may rename it to.
func renameCheck(code string, allowed func(from, to string) bool) func(t *testing.T, gc goldenCase, d jsonDiff) {
	type change struct {
		parent, name string
		value        any
	}
	pending := map[*testing.T]*[2][]change{}
	return func(t *testing.T, gc goldenCase, d jsonDiff) {
		i := strings.LastIndex(d.path, ".")
		c := change{d.path[:i], d.path[i+1:], nil}
		p := pending[t]
		if p == nil {
			p = &[2][]change{}
			pending[t] = p
			t.Cleanup(func() {
				removed, added := p[0], p[1]
				if len(removed) != len(added) {
					t.Errorf("%s: %d arguments removed, %d added", code, len(removed), len(added))
				}
			next:
				for _, a := range added {
					for _, r := range removed {
						if r.parent == a.parent && reflect.DeepEqual(r.value, a.value) && allowed(r.name, a.name) {
							continue next
						}
					}
					t.Errorf("%s: %s.%s = %v is not a renamed argument", code, a.parent, a.name, a.value)
				}
			})
		}
		switch {
		case d.hadBefore && d.after == nil:
			c.value = d.before
			p[0] = append(p[0], c)
		case !d.hadBefore:
			c.value = d.after
			p[1] = append(p[1], c)
		default:
			t.Errorf("%s: value changed at %s: %v -> %v", code, d.path, d.before, d.after)
		}
	}
}

func init() {
	semanticChecks["ND101"] = renameCheck("ND101", func(from, to string) bool {
		if from == "copyToRoot" && to == "contents" {
			return true
		}
		if from == "content" && to == "copyToRoot" {
			return true
		}
		return strings.EqualFold(from, to) || (len(from) > 3 && strings.HasPrefix(to, from))
	})
}

func init() {
	semanticChecks["ND103"] = renameCheck("ND103", func(from, to string) bool {
		return from == "contents" && to == "copyToRoot"
	})
}
