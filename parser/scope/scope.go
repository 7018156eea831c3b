// Package scope binds every variable of a parsed Nix file to its
// definition, the way Nix's own binder does, and answers the question a
// fix must ask before it inserts code: is this name bound here?
package scope

import "github.com/nixdock/nixdock/parser"

// DefKind says what kind of construct binds a name.
type DefKind uint8

// Definition kinds.
const (
	Builtin   DefKind = iota // true, builtins, import, map, ...: Nix's global scope
	LetDef                   // let x = ...; in / let { x = ...; }
	RecDef                   // rec { x = ...; }
	FormalDef                // { x, ... }: or { x ? d }:
	ParamDef                 // x: or the x of x@{...}:
)

// Def is one bound name.
type Def struct {
	Name  string
	Kind  DefKind
	Scope *Scope
	// Node is the defining occurrence: the *parser.Ident of a parameter or
	// formal, or the first attribute-path element (an *parser.Ident or
	// *parser.String) of a let/rec binding or inherit. Nil for builtins.
	Node parser.Node
	// Attrs are the bindings that define the name, in source order: one for
	// "x = v;", several for "x.a = 1; x.b = 2;". Empty for inherits,
	// formals, parameters and builtins.
	Attrs []*parser.Attr
	// Inherit is the inherit statement that binds the name, if any.
	Inherit *parser.Inherit
	// Formal is the formal that binds the name, if any.
	Formal *parser.Formal
	// Lambda is the function whose parameter or formal this is, if any.
	Lambda *parser.Lambda
}

// Value returns the expression bound to the name when it is written as a
// single "x = v;" binding, and nil otherwise.
func (d *Def) Value() parser.Expr {
	if len(d.Attrs) == 1 && len(d.Attrs[0].Path.Names) == 1 {
		return d.Attrs[0].Value
	}
	return nil
}

// ScopeKind says what construct opens a scope.
type ScopeKind uint8

// Scope kinds.
const (
	GlobalScope ScopeKind = iota // Nix's builtins; the root
	LetScope                     // let ... in, and legacy let { }
	RecScope                     // rec { }
	LambdaScope                  // a function's parameter and formals
	WithScope                    // with e; body: names from e, unknown statically
)

// Scope is a region of the file in which a set of names is visible.
type Scope struct {
	Kind   ScopeKind
	Parent *Scope
	// Node is the *parser.LetIn, *parser.LegacyLet, *parser.AttrSet,
	// *parser.Lambda or *parser.With that opens the scope; nil for the
	// global scope.
	Node parser.Node
	// Pos and End bound the bytes in which the names are visible.
	Pos, End int
	Children []*Scope

	// defs holds the names the scope binds, in the order they were bound;
	// empty for a with scope. Most scopes bind a handful of names, which
	// a linear search finds faster than a map; index is built for large
	// ones.
	defs  []*Def
	index map[string]*Def
	// withs are the with expressions of this scope and those around it,
	// innermost first: what Lookup answers for a name bound by none.
	withs []*parser.With
}

// indexFrom is the number of names from which a scope keeps an index.
const indexFrom = 12

// Def returns the definition s itself gives name, or nil.
func (s *Scope) Def(name string) *Def {
	if s.index != nil {
		return s.index[name]
	}
	for _, d := range s.defs {
		if d.Name == name {
			return d
		}
	}
	return nil
}

// Defs returns the names s binds, in the order they were bound. The slice
// belongs to s.
func (s *Scope) Defs() []*Def { return s.defs }

// bind adds d to the names of s; s must not bind d.Name already.
func (s *Scope) bind(d *Def) {
	s.defs = append(s.defs, d)
	switch {
	case s.index != nil:
		s.index[d.Name] = d
	case len(s.defs) >= indexFrom:
		s.index = make(map[string]*Def, 2*len(s.defs))
		for _, d := range s.defs {
			s.index[d.Name] = d
		}
	}
}

// Use is one variable reference.
type Use struct {
	Ident *parser.Ident
	Scope *Scope // innermost scope at the reference
	// Def is the lexical definition, or nil.
	Def *Def
}

// Withs returns the enclosing with expressions, innermost first, that may
// provide the name: none when Def is set, since Nix gives lexical bindings
// priority over with. The slice is shared: callers must not modify it.
func (u *Use) Withs() []*parser.With {
	if u.Def != nil {
		return nil
	}
	return u.Scope.withs
}

// Binding is the answer to "is this name bound here?".
type Binding uint8

// Answers to "is this name bound here?".
const (
	Unbound Binding = iota // using it here is an error in Nix
	Bound                  // a definite lexical or builtin binding
	ByWith                 // only an enclosing with may provide it
)
