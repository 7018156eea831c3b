package rules

import (
	"slices"
	"strings"
)

// registry lists every rule in code order. A rule is added by writing its
// file (ndNNN_name.go), whose init registers it; no list elsewhere needs
// editing, so rules written side by side never touch the same lines.
var registry []*Rule

// register adds r to the registry, keeping it in code order. It panics on a
// duplicate code or name: two rules answering to one selector would make
// --select ambiguous. Every process registers every rule before main, so
// this is a binary search and one insertion, not a sort per rule.
func register(r *Rule) {
	i, found := slices.BinarySearchFunc(registry, r.Code, func(x *Rule, code string) int { return strings.Compare(x.Code, code) })
	if found || slices.ContainsFunc(registry, func(x *Rule) bool { return x.Name == r.Name }) {
		panic("rules: " + r.Code + " " + r.Name + " registered twice")
	}
	registry = slices.Insert(registry, i, r)
}
