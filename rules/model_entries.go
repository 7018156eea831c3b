package rules

import "github.com/nixdock/nixdock/parser"

// someEntry answers whether a list surely has an entry that is answers
// Present for: Present when such an entry is surely in the list, Absent
// when the list is known whole and is answers Absent for every entry, and
// Unknown otherwise (an entry that may be missing, an answer not known, or
// entries the model cannot list).
func someEntry(elems []elem, complete bool, is func(parser.Expr) Answer) Answer {
	ans := Absent
	if !complete {
		ans = Unknown
	}
	for _, el := range elems {
		a := is(el.expr)
		if a == Present && !el.maybe {
			return Present
		}
		if a != Absent {
			ans = Unknown
		}
	}
	return ans
}

// listHas is someEntry over the entries of a list expression (listElems).
func (m *model) listHas(e parser.Expr, is func(parser.Expr) Answer) Answer {
	elems, complete := m.listElems(e)
	return someEntry(elems, complete, is)
}
