package scope

import (
	"sort"

	"github.com/nixdock/nixdock/parser"
)

// Info is the result of resolving a file.
type Info struct {
	File   *parser.File
	Global *Scope
	// Uses lists every variable reference in source order.
	Uses []*Use
	// Errors holds undefined variables and duplicate attributes and
	// formals, reported as Nix reports them.
	Errors parser.ErrorList
	// r holds the memory Info is built in, until Discard.
	r *resolver
}

// UseOf returns the Use of a variable-reference identifier, or nil when id
// is not one (an attribute name, a parameter). Uses are in source order, so
// this is a binary search rather than a map that every file would pay for.
func (in *Info) UseOf(id *parser.Ident) *Use {
	if in == nil || id == nil {
		return nil
	}
	i := sort.Search(len(in.Uses), func(i int) bool { return in.Uses[i].Ident.NamePos >= id.NamePos })
	if i < len(in.Uses) && in.Uses[i].Ident == id {
		return in.Uses[i]
	}
	return nil
}
