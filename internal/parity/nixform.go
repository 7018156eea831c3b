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

// form writes items in order: a string as it is, an expression in Nix's
// form. It reports whether every expression could be written.
func form(b *strings.Builder, items ...any) bool {
	ok := true
	for _, it := range items {
		switch it := it.(type) {
		case string:
			b.WriteString(it)
		case parser.Expr:
			ok = write(b, it) && ok
		default:
			panic(fmt.Sprintf("parity: form item %T", it))
		}
	}
	return ok
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
			return form(b, "(__sub 0 ", e.X, ")")
		}
		return form(b, "(! ", e.X, ")")
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
		ok := form(b, "(", e.X, ")")
		ok = path(b, e.Path) && ok
		if e.Default != nil {
			ok = form(b, " or (", e.Default, ")") && ok
		}
		return ok
	case *parser.HasAttr:
		ok := form(b, "((", e.X, ") ? ")
		var pb strings.Builder
		ok = path(&pb, e.Path) && ok
		b.WriteString(strings.TrimPrefix(pb.String(), "."))
		b.WriteString(")")
		return ok
	case *parser.If:
		return form(b, "(if ", e.Cond, " then ", e.Then, " else ", e.Else, ")")
	case *parser.Assert:
		return form(b, "assert ", e.Cond, "; ", e.Body)
	case *parser.With:
		return form(b, "(with ", e.Scope, "; ", e.Body, ")")
	case *parser.Lambda:
		if e.Formals != nil || e.Param == nil {
			return false
		}
		return form(b, "("+e.Param.Name+": ", e.Body, ")")
	case *parser.List:
		b.WriteString("[ ")
		ok := true
		for _, x := range e.Elems {
			ok = form(b, "(", x, ") ") && ok
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
	switch e.Op {
	case parser.TMinus, parser.TStar, parser.TSlash:
		return form(b, "("+desugared[e.Op]+" ", x, " ", y, ")")
	case parser.TLt, parser.TGt, parser.TLeq, parser.TGeq:
		// a < b is __lessThan a b; a > b swaps; <= and >= negate.
		if e.Op == parser.TGt || e.Op == parser.TLeq {
			x, y = y, x
		}
		if e.Op == parser.TLeq || e.Op == parser.TGeq {
			return form(b, "(! (__lessThan ", x, " ", y, "))")
		}
		return form(b, "(__lessThan ", x, " ", y, ")")
	}
	op, known := infix[e.Op]
	if !known {
		return false
	}
	return form(b, "(", x, " "+op+" ", y, ")")
}

// infix holds the operators Nix prints between their operands.
var infix = map[parser.Kind]string{
	parser.TEq: "==", parser.TNeq: "!=", parser.TAnd: "&&", parser.TOr: "||",
	parser.TImpl: "->", parser.TUpdate: "//", parser.TConcat: "++", parser.TPlus: "+",
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
