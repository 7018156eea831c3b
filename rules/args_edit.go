package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
)

// Functions shared by the argument rules (ND1xx): finding the one written
// binding that gives an argument, renaming or removing it, reading
// literals.

// binding finds the written binding "key = …;" that gives v's attribute
// key, in a set the fix may edit: the set is not shared, and the binding
// decides the attribute on its own (not under an optionalAttrs or an if,
// not overridden by a later // operand, not merged with key.x = … lines).
func (m *model) binding(v value, key string) (setLit, *parser.Attr, bool) {
	switch v := v.(type) {
	case setLit:
		if len(v.prefix) > 0 || v.shared {
			return setLit{}, nil, false
		}
		var found *parser.Attr
		for _, b := range v.set.Bindings {
			switch b := b.(type) {
			case *parser.Attr:
				n, ok := parser.StaticName(b.Path.Names[0])
				if !ok {
					return setLit{}, nil, false
				}
				if n != key {
					continue
				}
				if found != nil || len(b.Path.Names) != 1 {
					return setLit{}, nil, false
				}
				found = b
			case *parser.Inherit:
				for _, in := range b.Names {
					if n, _ := parser.StaticName(in); n == key {
						return setLit{}, nil, false
					}
				}
			}
		}
		return v, found, found != nil
	case update:
		if v.deep {
			return setLit{}, nil, false
		}
		switch a, _ := m.lookup(v.r, key); a {
		case Present:
			return m.binding(v.r, key)
		case Absent:
			return m.binding(v.l, key)
		}
	}
	return setLit{}, nil, false
}

// renameKey renames the first name of a binding's attribute path, or fails
// when that would change what some name refers to: in a rec set the
// attributes are in scope for the set's own expressions.
func (m *model) renameKey(s setLit, a *parser.Attr, to string) (TextEdit, bool) {
	if s.set.Rec != parser.NoPos {
		from, _ := parser.StaticName(a.Path.Names[0])
		if m.captures(s, to) || m.usedInside(s.set, from) {
			return TextEdit{}, false
		}
	}
	k := a.Path.Names[0]
	return TextEdit{Pos: k.Pos(), End: k.End(), NewText: to}, true
}

// usedInside reports whether some use of name inside set resolves to one of
// the set's own attributes (a rec set's names are in scope inside it).
func (m *model) usedInside(set *parser.AttrSet, name string) bool {
	for _, u := range m.info.Uses {
		if u.Ident.Name != name || u.Ident.Pos() < set.Pos() || u.Ident.End() > set.End() {
			continue
		}
		if u.Def != nil && u.Def.Scope != nil && u.Def.Scope.Node == parser.Node(set) {
			return true
		}
	}
	return false
}

// removeBinding deletes a binding. On a line of its own the whole line
// goes; followed by a comment on its line, the binding and the blanks
// after it go and the comment stays; inline, the binding and one side's
// blanks go.
func removeBinding(f *parser.File, a *parser.Attr) TextEdit {
	src := f.Src
	start, end := a.Pos(), a.End()
	ls := start
	for ls > 0 && (src[ls-1] == ' ' || src[ls-1] == '\t') {
		ls--
	}
	le := end
	for le < len(src) && (src[le] == ' ' || src[le] == '\t') {
		le++
	}
	lineStart := ls == 0 || src[ls-1] == '\n'
	atEOL := le >= len(src) || src[le] == '\n' || (src[le] == '\r' && le+1 < len(src) && src[le+1] == '\n')
	switch {
	case lineStart && atEOL:
		if le < len(src) && src[le] == '\r' {
			le++
		}
		if le < len(src) {
			le++
		}
		return TextEdit{Pos: ls, End: le}
	case lineStart && le < len(src) && src[le] == '#':
		return TextEdit{Pos: start, End: le}
	case le > end:
		return TextEdit{Pos: start, End: le}
	}
	return TextEdit{Pos: ls, End: end}
}

// stringLit returns the text of a string literal without interpolation.
func stringLit(e parser.Expr) (string, bool) {
	s, ok := parser.Unparen(e).(*parser.String)
	if !ok {
		return "", false
	}
	return parser.StaticName(s)
}

// intLit returns the value of an integer literal, negative ones included.
func intLit(e parser.Expr) (int64, bool) {
	switch x := parser.Unparen(e).(type) {
	case *parser.Int:
		return x.Value, true
	case *parser.Unary:
		if x.Op == parser.TMinus {
			if v, ok := intLit(x.X); ok {
				return -v, true
			}
		}
	}
	return 0, false
}

// literal follows let names and selections from sets written in the file
// (see follow) to the expression they stand for, so that a literal given
// through a name counts as written.
func (m *model) literal(e parser.Expr) parser.Expr {
	v, _ := m.follow(e)
	return v
}

// keyNode finds the attribute name that writes v's attribute key, for
// pointing a finding at it: the binding's first name, or the name in an
// inherit. It is nil when no written set has it.
func (m *model) keyNode(v value, key string) parser.Node {
	switch v := v.(type) {
	case setLit:
		if len(v.prefix) > 0 {
			return nil
		}
		for _, b := range v.set.Bindings {
			switch b := b.(type) {
			case *parser.Attr:
				if n, ok := parser.StaticName(b.Path.Names[0]); ok && n == key {
					return b.Path.Names[0]
				}
			case *parser.Inherit:
				for _, in := range b.Names {
					if n, ok := parser.StaticName(in); ok && n == key {
						return in
					}
				}
			}
		}
	case update:
		if a, _ := m.lookup(v.r, key); a != Absent {
			if n := m.keyNode(v.r, key); n != nil {
				return n
			}
		}
		return m.keyNode(v.l, key)
	case maybeVal:
		return m.keyNode(v.v, key)
	case either:
		if n := m.keyNode(v.a, key); n != nil {
			return n
		}
		return m.keyNode(v.b, key)
	}
	return nil
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// closeName reports whether a looks like a misspelling of b: equal but for
// case, or within one edit for short names and two for longer ones,
// ignoring case.
func closeName(a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	d := editDistance(la, lb)
	if d == 0 {
		return true
	}
	if min(len(la), len(lb)) <= 5 {
		return d <= 1
	}
	return d <= 2
}
