package scope

import "github.com/nixdock/nixdock/parser"

// Nix merges the bindings of one attribute set into another while it
// parses, before it binds any variable, and the merge ignores "rec"
// (NixOS/nix#9020, kept for compatibility):
//
//	{ a = rec { b = c; }; a.c = 1; }     c joins the rec set: b = c is bound,
//	                                     and a.c's value sees the rec names
//	{ a = rec { x = 1; }; a = { y = x; }; }  the same for a later literal set
//	{ a.b = 1; a = rec { c = d; d = 1; }; }  a later rec set merged into an
//	                                     earlier one loses its rec: d is
//	                                     undefined
//
// mergePlan works this out for one binding list before the list is
// resolved, by replaying Nix's attribute insertion over static attribute
// paths. Lists where no name repeats, nearly all of them, are skipped.

// mergeEntry is an attribute path of the set being built.
type mergeEntry struct {
	set  *parser.AttrSet // the literal set first given for the path; nil if implicit (a.b = …) or not a set
	leaf bool            // a value that is not a set: nothing merges into it
}

// extraDef is a name inserted into a rec set from outside its braces.
type extraDef struct {
	node parser.AttrName
	attr *parser.Attr
	inh  *parser.Inherit
}

// mergeState is what the plans of a file found.
type mergeState struct {
	moved    map[*parser.Attr]*parser.AttrSet // attr whose value is bound in this rec set's scope
	extra    map[*parser.AttrSet][]extraDef   // names a rec set gains from outside
	unrec    map[*parser.AttrSet]bool         // rec sets merged into another: not recursive
	recScope map[*parser.AttrSet]*Scope
}

func (m *mergeState) init() {
	if m.moved == nil {
		m.moved = map[*parser.Attr]*parser.AttrSet{}
		m.extra = map[*parser.AttrSet][]extraDef{}
		m.unrec = map[*parser.AttrSet]bool{}
		m.recScope = map[*parser.AttrSet]*Scope{}
	}
}

// reset empties the maps, keeping their room for the next file.
func (m *mergeState) reset() {
	clear(m.moved)
	clear(m.extra)
	clear(m.unrec)
	clear(m.recScope)
}

// isRec reports whether s is a rec set whose rec survives merging.
func (m *mergeState) isRec(s *parser.AttrSet) bool {
	return s.Rec != parser.NoPos && !m.unrec[s]
}

// repeatsName reports whether two bindings of list start with the same
// static name, the only way a merge can happen.
func repeatsName(list []parser.Binding) bool {
	var small [16]string
	seen := small[:0]
	var big map[string]bool
	check := func(n parser.AttrName) bool {
		name, ok := staticName(n)
		if !ok {
			return false
		}
		if big != nil {
			if big[name] {
				return true
			}
			big[name] = true
			return false
		}
		for _, s := range seen {
			if s == name {
				return true
			}
		}
		seen = append(seen, name)
		if len(seen) == cap(small) {
			big = make(map[string]bool, 2*len(seen))
			for _, s := range seen {
				big[s] = true
			}
		}
		return false
	}
	for _, b := range list {
		switch b := b.(type) {
		case *parser.Attr:
			if check(b.Path.Names[0]) {
				return true
			}
		case *parser.Inherit:
			for _, n := range b.Names {
				if check(n) {
					return true
				}
			}
		}
	}
	return false
}

// mergePlan records the merges of one binding list (of a set or a let).
func (r *resolver) mergePlan(list []parser.Binding) {
	if !repeatsName(list) {
		return
	}
	r.merges.init()
	p := planner{m: &r.merges, entries: map[string]*mergeEntry{}}
	for _, b := range list {
		p.binding("", nil, nil, b)
	}
}

type planner struct {
	m       *mergeState
	entries map[string]*mergeEntry
}

// register records the paths a literal set defines inside its own braces,
// so that later insertions from outside know what they meet.
func (p *planner) register(prefix string, s *parser.AttrSet) {
	for _, b := range s.Bindings {
		switch b := b.(type) {
		case *parser.Attr:
			key := prefix
			for i, n := range b.Path.Names {
				name, ok := staticName(n)
				if !ok {
					break
				}
				key += "\x00" + name
				if p.entries[key] != nil {
					continue
				}
				if i < len(b.Path.Names)-1 {
					p.entries[key] = &mergeEntry{}
					continue
				}
				if v, ok := parser.Unparen(b.Value).(*parser.AttrSet); ok {
					p.entries[key] = &mergeEntry{set: v}
					p.register(key, v)
				} else {
					p.entries[key] = &mergeEntry{leaf: true}
				}
			}
		case *parser.Inherit:
			for _, n := range b.Names {
				if name, ok := staticName(n); ok && p.entries[prefix+"\x00"+name] == nil {
					p.entries[prefix+"\x00"+name] = &mergeEntry{leaf: true}
				}
			}
		}
	}
}

// binding inserts b at prefix. parent is the literal set the prefix names
// when b comes from outside its braces (nil at the top of the list or in
// an implicit set), and rec the innermost surviving rec set on the way,
// whose scope b's value is bound in.
func (p *planner) binding(prefix string, parent, rec *parser.AttrSet, b parser.Binding) {
	switch b := b.(type) {
	case *parser.Inherit:
		for _, n := range b.Names {
			name, ok := staticName(n)
			if !ok {
				continue
			}
			key := prefix + "\x00" + name
			if p.entries[key] == nil {
				p.entries[key] = &mergeEntry{leaf: true}
				if parent != nil && p.m.isRec(parent) {
					p.m.extra[parent] = append(p.m.extra[parent], extraDef{node: n, inh: b})
				}
			}
		}
	case *parser.Attr:
		key := prefix
		names := b.Path.Names
		for i, n := range names {
			name, ok := staticName(n)
			if !ok {
				break // a dynamic level is a set of its own: nothing merges below it
			}
			key += "\x00" + name
			e := p.entries[key]
			last := i == len(names)-1
			if e == nil {
				if parent != nil && p.m.isRec(parent) {
					p.m.extra[parent] = append(p.m.extra[parent], extraDef{node: n, attr: b})
				}
				if !last {
					e = &mergeEntry{}
				} else if v, ok := parser.Unparen(b.Value).(*parser.AttrSet); ok {
					e = &mergeEntry{set: v}
					p.register(key, v)
				} else {
					e = &mergeEntry{leaf: true}
				}
				p.entries[key] = e
				if !last {
					parent = nil // a new implicit set
				}
				continue
			}
			if e.leaf {
				break // a duplicate: reported by the duplicate check
			}
			if !last {
				parent = e.set
				if e.set != nil && p.m.isRec(e.set) {
					rec = e.set
				}
				continue
			}
			// The path exists and is a set: a literal set value merges
			// into it, its own rec marker dropped.
			v, ok := parser.Unparen(b.Value).(*parser.AttrSet)
			if !ok {
				break // a duplicate
			}
			p.m.unrec[v] = true
			target := e.set
			inner := rec
			if target != nil && p.m.isRec(target) {
				inner = target
			}
			if rec != nil {
				p.m.moved[b] = rec
			}
			for _, sb := range v.Bindings {
				p.binding(key, target, inner, sb)
			}
			return
		}
		if rec != nil {
			p.m.moved[b] = rec
		}
	}
}
