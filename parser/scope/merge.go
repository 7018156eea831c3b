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
	id   int32           // the path's number, the parent of the paths below it
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
	plan     planner // kept from list to list for its map's room
}

func (m *mergeState) init() {
	if m.moved == nil {
		m.moved = map[*parser.Attr]*parser.AttrSet{}
		m.extra = map[*parser.AttrSet][]extraDef{}
		m.unrec = map[*parser.AttrSet]bool{}
		m.recScope = map[*parser.AttrSet]*Scope{}
	}
}

// reset empties the maps for the next file (see emptyMap).
func (m *mergeState) reset() {
	if m.moved != nil {
		m.moved = emptyMap(m.moved)
		m.extra = emptyMap(m.extra)
		m.unrec = emptyMap(m.unrec)
		m.recScope = emptyMap(m.recScope)
	}
	m.plan.entries = emptyMap(m.plan.entries)
	m.plan.m = nil
}

// isRec reports whether s is a rec set whose rec survives merging.
func (m *mergeState) isRec(s *parser.AttrSet) bool {
	return s.Rec != parser.NoPos && !m.unrec[s]
}

// mergePlan records the merges of one binding list (of a set or a let).
// repeats says whether two bindings of the list start with the same static
// name (attrTable.repeats), the only way a merge can happen.
func (r *resolver) mergePlan(list []parser.Binding, repeats bool) {
	if !repeats {
		return
	}
	r.merges.init()
	p := &r.merges.plan
	p.entries = emptyMap(p.entries)
	if p.entries == nil {
		p.entries = map[pathKey]mergeEntry{}
	}
	p.m, p.ids = &r.merges, 0
	for _, b := range list {
		p.binding(0, nil, nil, b)
	}
}

// pathKey names an attribute path of the set being built: the path of
// its parent, by number (0 for the top), and its last name. Numbering the
// paths saves building a string for every prefix of every path.
type pathKey struct {
	parent int32
	name   string
}

type planner struct {
	m       *mergeState
	entries map[pathKey]mergeEntry
	ids     int32 // the number of the last path added
}

// add records the path key with e, numbering it, and returns its number.
func (p *planner) add(key pathKey, e mergeEntry) int32 {
	p.ids++
	e.id = p.ids
	p.entries[key] = e
	return e.id
}

// register records the paths a literal set defines inside its own braces,
// so that later insertions from outside know what they meet.
func (p *planner) register(prefix int32, s *parser.AttrSet) {
	for _, b := range s.Bindings {
		switch b := b.(type) {
		case *parser.Attr:
			key := pathKey{parent: prefix}
			for i, n := range b.Path.Names {
				name, ok := staticName(n)
				if !ok {
					break
				}
				key.name = name
				if e, ok := p.entries[key]; ok {
					key.parent = e.id
					continue
				}
				if i < len(b.Path.Names)-1 {
					key.parent = p.add(key, mergeEntry{})
					continue
				}
				if v, ok := parser.Unparen(b.Value).(*parser.AttrSet); ok {
					p.register(p.add(key, mergeEntry{set: v}), v)
				} else {
					p.add(key, mergeEntry{leaf: true})
				}
			}
		case *parser.Inherit:
			for _, n := range b.Names {
				if name, ok := staticName(n); ok {
					key := pathKey{parent: prefix, name: name}
					if _, ok := p.entries[key]; !ok {
						p.add(key, mergeEntry{leaf: true})
					}
				}
			}
		}
	}
}

// binding inserts b at prefix. parent is the literal set the prefix names
// when b comes from outside its braces (nil at the top of the list or in
// an implicit set), and rec the innermost surviving rec set on the way,
// whose scope b's value is bound in.
func (p *planner) binding(prefix int32, parent, rec *parser.AttrSet, b parser.Binding) {
	switch b := b.(type) {
	case *parser.Inherit:
		for _, n := range b.Names {
			name, ok := staticName(n)
			if !ok {
				continue
			}
			key := pathKey{parent: prefix, name: name}
			if _, ok := p.entries[key]; !ok {
				p.add(key, mergeEntry{leaf: true})
				if parent != nil && p.m.isRec(parent) {
					p.m.extra[parent] = append(p.m.extra[parent], extraDef{node: n, inh: b})
				}
			}
		}
	case *parser.Attr:
		key := pathKey{parent: prefix}
		names := b.Path.Names
		for i, n := range names {
			name, ok := staticName(n)
			if !ok {
				break // a dynamic level is a set of its own: nothing merges below it
			}
			key.name = name
			e, found := p.entries[key]
			last := i == len(names)-1
			if !found {
				if parent != nil && p.m.isRec(parent) {
					p.m.extra[parent] = append(p.m.extra[parent], extraDef{node: n, attr: b})
				}
				if !last {
					key.parent = p.add(key, mergeEntry{})
					parent = nil // a new implicit set
				} else if v, ok := parser.Unparen(b.Value).(*parser.AttrSet); ok {
					p.register(p.add(key, mergeEntry{set: v}), v)
				} else {
					p.add(key, mergeEntry{leaf: true})
				}
				continue
			}
			if e.leaf {
				break // a duplicate: reported by the duplicate check
			}
			if !last {
				key.parent = e.id
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
				p.binding(e.id, target, inner, sb)
			}
			return
		}
		if rec != nil {
			p.m.moved[b] = rec
		}
	}
}

// emptyMap returns m emptied for the next file or list. clear keeps a
// map's room, and clearing passes over all of that room however few
// entries the map held: a map that one large file grew made every later
// clear cost as much as that file's, a few per cent of linting a tree. A
// map holding more than a few entries is replaced, so that its room
// follows the latest file rather than the largest.
func emptyMap[K comparable, V any](m map[K]V) map[K]V {
	if len(m) > 64 {
		return make(map[K]V)
	}
	clear(m)
	return m
}
