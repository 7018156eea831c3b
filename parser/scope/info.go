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
