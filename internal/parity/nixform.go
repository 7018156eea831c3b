// Package parity compares how nixdock's parser groups expressions with how
// Nix's own parser does, through the fully parenthesised form that
// nix-instantiate --parse prints.
package parity

import (
	"fmt"
	"strings"

	"github.com/nixdock/nixdock/parser"
)

// NixForm renders e the way Nix 2.8's nix-instantiate --parse prints it,
// for the expression forms the generated corpus uses: variables, integers,
// every unary and binary operator (desugared as Nix desugars them),
// application, selection with static names and "or" defaults, "?", if,
// assert, with, simple lambdas and lists. It reports false for any other
// form, which the comparison then leaves out.
func NixForm(e parser.Expr) (string, bool) {
	var b strings.Builder
	ok := write(&b, e)
	return b.String(), ok
}

var desugared = map[parser.Kind]string{
	parser.TMinus: "__sub", parser.TStar: "__mul", parser.TSlash: "__div",
}

func write(b *strings.Builder, e parser.Expr) bool {
	switch e := e.(type) {
	case *parser.Paren:
		return write(b, e.X)
	case *parser.Ident:
		b.WriteString(e.Name)
	case *parser.Int:
		fmt.Fprint(b, e.Value)
	case *parser.Unary:
		if e.Op == parser.TMinus {
			b.WriteString("(__sub 0 ")
		} else {
			b.WriteString("(! ")
		}
		ok := write(b, e.X)
		b.WriteString(")")
		return ok
	case *parser.Binary:
		return binary(b, e)
	case *parser.Apply:
		// Nix collects curried arguments into one call.
		var args []parser.Expr
		fun := parser.Expr(e)
		for {
			a, isApply := parser.Unparen(fun).(*parser.Apply)
			if !isApply {
				break
			}
			args = append([]parser.Expr{a.Arg}, args...)
			fun = a.Fun
		}
		// Nix 2.8 appends arguments to any call node, including the calls
		// it makes of -, *, /, < and > ("(a * b) c" prints as
		// "(__mul a b c)"); reproduce that so only grouping is compared.
		var head string
		var pre []parser.Expr
		switch f := parser.Unparen(fun).(type) {
		case *parser.Binary:
			switch f.Op {
			case parser.TMinus, parser.TStar, parser.TSlash:
				head, pre = desugared[f.Op], []parser.Expr{f.X, f.Y}
			case parser.TLt:
				head, pre = "__lessThan", []parser.Expr{f.X, f.Y}
			case parser.TGt:
				head, pre = "__lessThan", []parser.Expr{f.Y, f.X}
			}
		case *parser.Unary:
			if f.Op == parser.TMinus {
				head, pre = "__sub", []parser.Expr{&parser.Int{Raw: "0"}, f.X}
			}
		}
		if head != "" {
			args = append(pre, args...)
		}
		b.WriteString("(")
		ok := true
		if head != "" {
			b.WriteString(head)
		} else {
			ok = write(b, fun)
		}
		for _, a := range args {
			b.WriteString(" ")
			ok = write(b, a) && ok
		}
		b.WriteString(")")
		return ok
	case *parser.Select:
		b.WriteString("(")
		ok := write(b, e.X)
		b.WriteString(")")
		ok = path(b, e.Path) && ok
		if e.Default != nil {
			b.WriteString(" or (")
			ok = write(b, e.Default) && ok
			b.WriteString(")")
		}
		return ok
	case *parser.HasAttr:
		b.WriteString("((")
		ok := write(b, e.X)
		b.WriteString(") ? ")
		var pb strings.Builder
		ok = path(&pb, e.Path) && ok
		b.WriteString(strings.TrimPrefix(pb.String(), "."))
		b.WriteString(")")
		return ok
	case *parser.If:
		b.WriteString("(if ")
		ok := write(b, e.Cond)
		b.WriteString(" then ")
		ok = write(b, e.Then) && ok
		b.WriteString(" else ")
		ok = write(b, e.Else) && ok
		b.WriteString(")")
		return ok
	case *parser.Assert:
		b.WriteString("assert ")
		ok := write(b, e.Cond)
		b.WriteString("; ")
		return write(b, e.Body) && ok
	case *parser.With:
		b.WriteString("(with ")
		ok := write(b, e.Scope)
		b.WriteString("; ")
		ok = write(b, e.Body) && ok
		b.WriteString(")")
		return ok
	case *parser.Lambda:
		if e.Formals != nil || e.Param == nil {
			return false
		}
		b.WriteString("(" + e.Param.Name + ": ")
		ok := write(b, e.Body)
		b.WriteString(")")
		return ok
	case *parser.List:
		b.WriteString("[ ")
		ok := true
		for _, x := range e.Elems {
			b.WriteString("(")
			ok = write(b, x) && ok
			b.WriteString(") ")
		}
		b.WriteString("]")
		return ok
	default:
		return false
	}
	return true
}

func binary(b *strings.Builder, e *parser.Binary) bool {
	x, y := e.X, e.Y
	var ok bool
	switch e.Op {
	case parser.TMinus, parser.TStar, parser.TSlash:
		b.WriteString("(" + desugared[e.Op] + " ")
		ok = write(b, x)
		b.WriteString(" ")
		ok = write(b, y) && ok
		b.WriteString(")")
	case parser.TLt, parser.TGt, parser.TLeq, parser.TGeq:
		// a < b is __lessThan a b; a > b swaps; <= and >= negate.
		if e.Op == parser.TGt || e.Op == parser.TLeq {
			x, y = y, x
		}
		neg := e.Op == parser.TLeq || e.Op == parser.TGeq
		if neg {
			b.WriteString("(! ")
		}
		b.WriteString("(__lessThan ")
		ok = write(b, x)
		b.WriteString(" ")
		ok = write(b, y) && ok
		b.WriteString(")")
		if neg {
			b.WriteString(")")
		}
	default:
		op, known := map[parser.Kind]string{
			parser.TEq: "==", parser.TNeq: "!=", parser.TAnd: "&&", parser.TOr: "||",
			parser.TImpl: "->", parser.TUpdate: "//", parser.TConcat: "++", parser.TPlus: "+",
		}[e.Op]
		if !known {
			return false
		}
		b.WriteString("(")
		ok = write(b, x)
		b.WriteString(" " + op + " ")
		ok = write(b, y) && ok
		b.WriteString(")")
	}
	return ok
}

func path(b *strings.Builder, p *parser.AttrPath) bool {
	for _, n := range p.Names {
		id, isIdent := n.(*parser.Ident)
		if !isIdent {
			return false
		}
		b.WriteString("." + id.Name)
	}
	return true
}
