package scope

import "github.com/nixdock/nixdock/parser"

// Info is the result of resolving a file.
type Info struct {
	File   *parser.File
	Global *Scope
	// Uses lists every variable reference in source order.
	Uses []*Use
	// UseOf finds the Use of a variable-reference identifier.
	UseOf map[*parser.Ident]*Use
	// Errors holds undefined variables and duplicate attributes and
	// formals, reported as Nix reports them.
	Errors parser.ErrorList
}

// Resolve binds every variable reference in f. f.Expr must be non-nil.
func Resolve(f *parser.File) *Info {
	panic("scope.Resolve: not written yet")
}

// ScopeAt returns the innermost scope whose names are visible at offset off.
func (in *Info) ScopeAt(off int) *Scope {
	panic("scope.ScopeAt: not written yet")
}

// Lookup answers whether name is bound at offset off, and by what.
func (in *Info) Lookup(off int, name string) (Binding, *Def, []*parser.With) {
	return in.ScopeAt(off).Lookup(name)
}

// Lookup answers whether name is bound in s, and by what: the lexical
// definition (Bound), or the with expressions that may provide it (ByWith,
// innermost first), or neither (Unbound).
func (s *Scope) Lookup(name string) (Binding, *Def, []*parser.With) {
	panic("Scope.Lookup: not written yet")
}
