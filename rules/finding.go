package rules

import "github.com/nixdock/nixdock/parser"

// diagAt is a finding that spans n.
func diagAt(n parser.Node, msg string) Diagnostic {
	return Diagnostic{Pos: n.Pos(), End: n.End(), Message: msg}
}

// once remembers the places a rule has reported: images that share one set
// of arguments (or one let value) share its findings, which are reported
// once.
type once map[int]bool

// first reports whether nothing was reported at n yet, and marks n.
func (o once) first(n parser.Node) bool {
	if o[n.Pos()] {
		return false
	}
	o[n.Pos()] = true
	return true
}
