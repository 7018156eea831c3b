package rules

import "sort"

// registry lists every rule in code order. A rule is added by writing its
// file (ndNNN_name.go), whose init registers it; no list elsewhere needs
// editing, so rules written side by side never touch the same lines.
var registry []*Rule

// register adds r to the registry, keeping it in code order. It panics on a
// duplicate code or name: two rules answering to one selector would make
// --select ambiguous.
func register(r *Rule) {
	for _, x := range registry {
		if x.Code == r.Code || x.Name == r.Name {
			panic("rules: " + r.Code + " " + r.Name + " registered twice")
		}
	}
	registry = append(registry, r)
	sort.SliceStable(registry, func(i, j int) bool { return registry[i].Code < registry[j].Code })
}
