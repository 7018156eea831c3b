package scope

import (
	"github.com/nixdock/nixdock/internal/slab"
	"github.com/nixdock/nixdock/parser"
)

// Duplicate attributes, found the way Nix 2.8's parser finds them while it
// builds attribute sets:
//
//   - a.b = 1; a.c = 2;          one implicit set a, no error
//   - a = { b = 1; }; a.c = 2;   a literal set is extended, no error
//   - a = { b = 1; }; a = { c = 2; };  two literal sets merge, no error
//   - a = 1; a.b = 2;            error: 'a.b' already defined
//   - a = { b = 1; }; a.b = 2;   error: 'a.b' already defined
//   - a = { b = 1; }; a = { b = 2; };  error: 'b' already defined
//   - inherit a; a = 1;          error, and an inherited a is never extended
//
// ${"a"} is the static name a; any other dynamic name is never a duplicate.

// attrEntry is one statically named attribute of a set being built.
type attrEntry struct {
	name string
	pos  int        // offset of the name where it was first defined
	set  *attrTable // non-nil when the value is an attribute set
}

// attrTable holds a set's static attributes in definition order. Small
// tables, the common case, are searched linearly.
type attrTable struct {
	entries []attrEntry // by value: a pointer from get lives only until the next add
	index   map[string]int
	// repeats is set when two bindings of the table's own list start with
	// the same static name: the only way a merge can happen (see
	// mergePlan), found here at no cost while the names are looked up.
	repeats bool
}

// newTable returns an empty table with room for size entries, both taken
// from the checker's scratch memory; a table that outgrows its room moves
// out.
func (c *dupChecker) newTable(size int) *attrTable {
	t := &c.mem.tables.Take(1)[0]
	if size > 0 {
		t.entries = c.mem.entries.Take(size)[:0]
	}
	return t
}

// dupMemory is the scratch memory of duplicate checking. Nothing keeps
// it once Resolve returns; it stays with its resolver, which goes from
// file to file (see Info.Discard), instead of being allocated afresh for
// each.
type dupMemory struct {
	tables  slab.Arena[attrTable]
	entries slab.Arena[attrEntry]
	// sets holds the literal sets already checked because they are the
	// value of an attribute of an enclosing set, which needs their names.
	sets map[*parser.AttrSet]*attrTable
}

// reset empties m, keeping its room for the next file.
func (m *dupMemory) reset() {
	m.tables.Reset()
	m.entries.Reset()
	m.sets = emptyMap(m.sets)
}

func (t *attrTable) get(name string) *attrEntry {
	if t.index != nil {
		if i, ok := t.index[name]; ok {
			return &t.entries[i]
		}
		return nil
	}
	for i := range t.entries {
		if t.entries[i].name == name {
			return &t.entries[i]
		}
	}
	return nil
}

func (t *attrTable) add(e attrEntry) {
	t.entries = append(t.entries, e)
	switch {
	case t.index != nil:
		t.index[e.name] = len(t.entries) - 1
	case len(t.entries) > 16:
		t.index = make(map[string]int, 2*len(t.entries))
		for i := range t.entries {
			t.index[t.entries[i].name] = i
		}
	}
}

// dupChecker finds duplicates as the resolver meets each set and let.
type dupChecker struct {
	r   *resolver
	mem dupMemory
}

// setTable builds the table of a literal attribute set, once: a set that
// is an attribute's value is checked with its parent (its names are needed
// for merging) and remembered, so the walk does not check it again.
func (c *dupChecker) setTable(s *parser.AttrSet, remember bool) *attrTable {
	if t, ok := c.mem.sets[s]; ok {
		return t
	}
	t := c.table(s.Bindings)
	if remember {
		if c.mem.sets == nil {
			c.mem.sets = map[*parser.AttrSet]*attrTable{}
		}
		c.mem.sets[s] = t
	}
	return t
}

func (c *dupChecker) dup(off int, name string, first int) {
	c.r.errorf(&c.r.dupErrs, off, "attribute '%s' already defined at %s", name, c.r.info.File.Position(first))
}

func (c *dupChecker) table(list []parser.Binding) *attrTable {
	t := c.newTable(len(list))
	for _, b := range list {
		switch b := b.(type) {
		case *parser.Attr:
			c.attr(t, b)
		case *parser.Inherit:
			for _, n := range b.Names {
				name, ok := staticName(n)
				if !ok {
					continue
				}
				if e := t.get(name); e != nil {
					t.repeats = true
					c.dup(n.Pos(), showName(name), e.pos)
					continue
				}
				t.add(attrEntry{name: name, pos: n.Pos()})
			}
		}
	}
	return t
}

func (c *dupChecker) attr(t *attrTable, b *parser.Attr) {
	names := b.Path.Names
	pos := b.Path.Pos()
	cur := t
	for _, n := range names[:len(names)-1] {
		name, ok := staticName(n)
		if !ok {
			cur = c.newTable(0) // a dynamic level: nothing below it can clash
			continue
		}
		e := cur.get(name)
		if e != nil && cur == t {
			t.repeats = true
		}
		if e == nil {
			cur.add(attrEntry{name: name, pos: pos, set: c.newTable(2)})
			e = &cur.entries[len(cur.entries)-1]
		} else if e.set == nil {
			c.dup(pos, pathString(b.Path, len(names)-1), e.pos)
			return
		}
		cur = e.set
	}
	var value *attrTable
	if s, ok := parser.Unparen(b.Value).(*parser.AttrSet); ok {
		value = c.setTable(s, true)
	}
	name, ok := staticName(names[len(names)-1])
	if !ok {
		return
	}
	e := cur.get(name)
	if e == nil {
		cur.add(attrEntry{name: name, pos: pos, set: value})
		return
	}
	if cur == t {
		t.repeats = true
	}
	if e.set == nil || value == nil {
		c.dup(pos, pathString(b.Path, len(names)-1), e.pos)
		return
	}
	// Two attribute sets for the same name merge, attribute by attribute.
	for _, v := range value.entries {
		if old := e.set.get(v.name); old != nil {
			c.dup(v.pos, showName(v.name), old.pos)
			continue
		}
		e.set.add(v)
	}
}
