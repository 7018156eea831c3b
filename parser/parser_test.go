package parser

import (
	"strings"
	"testing"
)

// shape renders an expression as a fully parenthesised string so that
// tests can state the tree they expect compactly.
func shape(n Node) string {
	var b strings.Builder
	writeShape(&b, n)
	return b.String()
}

func writeShape(b *strings.Builder, n Node) {
	switch n := n.(type) {
	case nil:
		b.WriteString("<nil>")
	case *Ident:
		b.WriteString(n.Name)
	case *Int:
		b.WriteString(n.Raw)
	case *Float:
		b.WriteString(n.Raw)
	case *StrText:
		b.WriteString(n.Value())
	case *Interp:
		b.WriteString("${")
		writeShape(b, n.X)
		b.WriteString("}")
	case *String:
		q := `"`
		if n.Indented {
			q = "''"
		}
		b.WriteString(q)
		for _, p := range n.Parts {
			writeShape(b, p)
		}
		b.WriteString(q)
	case *Path:
		b.WriteString("path(")
		for _, p := range n.Parts {
			writeShape(b, p)
		}
		b.WriteString(")")
	case *SearchPath:
		b.WriteString("<" + n.Path + ">")
	case *URI:
		b.WriteString("uri(" + n.Value + ")")
	case *Paren:
		writeShape(b, n.X)
	case *List:
		b.WriteString("[")
		for i, e := range n.Elems {
			if i > 0 {
				b.WriteString(" ")
			}
			writeShape(b, e)
		}
		b.WriteString("]")
	case *AttrSet:
		if n.Rec != NoPos {
			b.WriteString("rec ")
		}
		b.WriteString("{")
		writeBindings(b, n.Bindings)
		b.WriteString("}")
	case *LegacyLet:
		b.WriteString("let {")
		writeBindings(b, n.Bindings)
		b.WriteString("}")
	case *LetIn:
		b.WriteString("(let")
		writeBindings(b, n.Bindings)
		if len(n.Bindings) == 0 {
			b.WriteString(" ")
		}
		b.WriteString("in ")
		writeShape(b, n.Body)
		b.WriteString(")")
	case *AttrPath:
		for i, a := range n.Names {
			if i > 0 {
				b.WriteString(".")
			}
			writeShape(b, a)
		}
	case *Lambda:
		b.WriteString("(")
		if n.Param != nil && (n.Formals == nil || n.ParamFirst) {
			b.WriteString(n.Param.Name)
			if n.Formals != nil {
				b.WriteString("@")
			}
		}
		if n.Formals != nil {
			b.WriteString("{")
			for i, f := range n.Formals.List {
				if i > 0 {
					b.WriteString(",")
				}
				b.WriteString(f.Name.Name)
				if f.Default != nil {
					b.WriteString("?")
					writeShape(b, f.Default)
				}
			}
			if n.Formals.Ellipsis != NoPos {
				if len(n.Formals.List) > 0 {
					b.WriteString(",")
				}
				b.WriteString("...")
			}
			b.WriteString("}")
			if n.Param != nil && !n.ParamFirst {
				b.WriteString("@" + n.Param.Name)
			}
		}
		b.WriteString(": ")
		writeShape(b, n.Body)
		b.WriteString(")")
	case *Apply:
		b.WriteString("(")
		writeShape(b, n.Fun)
		b.WriteString(" ")
		writeShape(b, n.Arg)
		b.WriteString(")")
	case *Select:
		b.WriteString("(")
		writeShape(b, n.X)
		b.WriteString(".")
		writeShape(b, n.Path)
		if n.Default != nil {
			b.WriteString(" or ")
			writeShape(b, n.Default)
		}
		b.WriteString(")")
	case *HasAttr:
		b.WriteString("(")
		writeShape(b, n.X)
		b.WriteString(" ? ")
		writeShape(b, n.Path)
		b.WriteString(")")
	case *Unary:
		b.WriteString("(")
		b.WriteString(strings.Trim(n.Op.String(), "'"))
		writeShape(b, n.X)
		b.WriteString(")")
	case *Binary:
		b.WriteString("(")
		writeShape(b, n.X)
		b.WriteString(" " + strings.Trim(n.Op.String(), "'") + " ")
		writeShape(b, n.Y)
		b.WriteString(")")
	case *If:
		b.WriteString("(if ")
		writeShape(b, n.Cond)
		b.WriteString(" then ")
		writeShape(b, n.Then)
		b.WriteString(" else ")
		writeShape(b, n.Else)
		b.WriteString(")")
	case *Assert:
		b.WriteString("(assert ")
		writeShape(b, n.Cond)
		b.WriteString("; ")
		writeShape(b, n.Body)
		b.WriteString(")")
	case *With:
		b.WriteString("(with ")
		writeShape(b, n.Scope)
		b.WriteString("; ")
		writeShape(b, n.Body)
		b.WriteString(")")
	default:
		b.WriteString("?" + nodeName(n))
	}
}

func writeBindings(b *strings.Builder, bs []Binding) {
	for _, x := range bs {
		b.WriteString(" ")
		switch x := x.(type) {
		case *Attr:
			writeShape(b, x.Path)
			b.WriteString(" = ")
			writeShape(b, x.Value)
			b.WriteString(";")
		case *Inherit:
			b.WriteString("inherit")
			if x.From != nil {
				b.WriteString(" (")
				writeShape(b, x.From)
				b.WriteString(")")
			}
			for _, n := range x.Names {
				b.WriteString(" ")
				writeShape(b, n)
			}
			b.WriteString(";")
		}
	}
	if len(bs) > 0 {
		b.WriteString(" ")
	}
}

func TestParseForms(t *testing.T) {
	tests := []struct{ src, want string }{
		// Atoms.
		{"x", "x"},
		{"42", "42"},
		{"1.5", "1.5"},
		{"1.", "1."},
		{".5", ".5"},
		{"1.5e3", "1.5e3"},
		{"1e3", "(1 e3)"}, // no dot: an int applied to the variable e3
		{"01.5", "(01 .5)"},
		{"a.5", "(a .5)"},
		{"__curPos", "__curPos"},
		{`"a\nb"`, "\"a\nb\""},
		{`"a${b}c"`, `"a${b}c"`},
		{`"$${x}"`, `"$${x}"`},
		{`"\${x}"`, `"${x}"`},
		{`"a$"`, `"a$"`},
		{"\"a\r\nb\"", "\"a\nb\""},
		{"''\n  a\n    b\n''", "''a\n  b\n''"},
		{"''a''$b''", "''a$b''"},
		{"''a'''b''", "''a''b''"},
		{"''a''\\nb''", "''a\nb''"},
		{"''  ${x}\n  a''", "''${x}\na''"},
		{"./a", "path(./a)"},
		{"./a/${b}.nix", "path(./a/${b}.nix)"},
		{"/${x}", "path(/${x})"},
		{"~/a", "path(~/a)"},
		{"a/b", "path(a/b)"},
		{"1/2", "path(1/2)"},
		{"1 / 2", "(1 / 2)"},
		{"<nixpkgs>", "<nixpkgs>"},
		{"<a/b>", "<a/b>"},
		{"https://example.org/x?y=1", "uri(https://example.org/x?y=1)"},
		// Compound forms.
		{"(a)", "a"},
		{"[ 1 a.b (f x) ]", "[1 (a.b) (f x)]"},
		{"{ a = 1; b.c = 2; }", "{ a = 1; b.c = 2; }"},
		{"rec { a = 1; }", "rec { a = 1; }"},
		{`{ "a b" = 1; ${c} = 2; }`, `{ "a b" = 1; ${c} = 2; }`},
		{"{ inherit a or; inherit (x) b; }", "{ inherit a or; inherit (x) b; }"},
		{"let a = 1; in a", "(let a = 1; in a)"},
		{"let in 1", "(let in 1)"},
		{"let { body = 1; }", "let { body = 1; }"},
		{"x: y: x", "(x: (y: x))"},
		{"{ a, b ? 1, ... }: a", "({a,b?1,...}: a)"},
		{"{ a, }: a", "({a}: a)"},
		{"{}: 1", "({}: 1)"},
		{"{ }@x: x", "({}@x: x)"},
		{"x@{ a }: x", "(x@{a}: x)"},
		{"f a b", "((f a) b)"},
		{"a.b.c", "(a.b.c)"},
		{"a.b or c", "(a.b or c)"},
		{"a.b or c.d or e", "(a.b or (c.d or e))"},
		{"a.or", "(a.or)"},
		{"f or", "(f or)"},
		{"a ? b.c", "(a ? b.c)"},
		{"a ? b ? c", "((a ? b) ? c)"},
		{"if a then b else c", "(if a then b else c)"},
		{"assert a; b", "(assert a; b)"},
		{"with a; b", "(with a; b)"},
		// Precedence and associativity.
		{"a + b * c", "(a + (b * c))"},
		{"a - b - c", "((a - b) - c)"},
		{"a ++ b ++ c", "(a ++ (b ++ c))"},
		{"a // b // c", "(a // (b // c))"},
		{"a -> b -> c", "(a -> (b -> c))"},
		{"a || b && c", "(a || (b && c))"},
		{"a == b && c < d", "((a == b) && (c < d))"},
		{"a == b < c", "(a == (b < c))"},
		{"!a + b", "(!(a + b))"},
		{"!a == b", "((!a) == b)"},
		{"-a + b", "((-a) + b)"},
		{"-a ? b", "((-a) ? b)"},
		{"a + b ? c", "(a + (b ? c))"},
		{"a * !b + c", "(a * (!(b + c)))"},
		{"- !a + b", "(-(!(a + b)))"},
		{"f -1", "(f - 1)"},
		{"a ++b/c", "(a path(++b/c))"},
		{"a // b == c", "((a // b) == c)"},
		{"a + b // c", "((a + b) // c)"},
	}
	for _, tt := range tests {
		f, err := ParseFile("t.nix", []byte(tt.src), 0)
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := shape(f.Expr); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a < b < c", "t.nix:1:7: syntax error: unexpected '<'"},
		{"a == b == c", "t.nix:1:8: syntax error: unexpected '=='"},
		{"f x: x", "t.nix:1:4: syntax error: unexpected ':', expecting end of file"},
		{"1 + if a then b else c", "unexpected 'if', expecting expression"},
		{"{ a }", "unexpected end of file, expecting ':' or '@'"},
		{"{ ..., }: 1", "unexpected ',', expecting '}'"},
		{"or", "unexpected 'or', expecting expression"},
		{"./a/", "path has a trailing slash"},
		{"./a/${b}/", "path has a trailing slash"},
		{"/a//b", "expecting '${'"},
		{"let ${x} = 1; in 1", "dynamic attributes not allowed in let"},
		{"{ inherit ${x}; }", "t.nix:1:11: dynamic attributes not allowed in inherit"},
		{"9223372036854775808", "invalid integer '9223372036854775808'"},
		{"1.0e400", "invalid float"},
		{"1.0e-310", "invalid float"},
		{"a |> b", "pipe operators are not part of Nix 2.8"},
		{"\xef\xbb\xbf1", "t.nix:1:1: syntax error: unexpected byte-order mark"},
		{"1 \x00 2", "t.nix:1:3: binary file"},
		{`"abc`, "unexpected end of file, expecting '\"'"},
		{"a /* b", "unexpected '*', expecting expression"},
		{"\xff", "unexpected invalid byte 0xff"},
		{"[ -1 ]", "unexpected '-'"},
		{"{ a = 1 }", "unexpected '}', expecting ';'"},
		{"a.b or", "unexpected end of file, expecting expression"},
	}
	for _, tt := range tests {
		f, err := ParseFile("t.nix", []byte(tt.src), 0)
		if err == nil {
			t.Errorf("%q: no error, parsed as %s", tt.src, shape(f.Expr))
			continue
		}
		if f.Expr != nil {
			t.Errorf("%q: Expr set despite error", tt.src)
		}
		if _, ok := err.(ErrorList); !ok {
			t.Errorf("%q: error is %T, want ErrorList", tt.src, err)
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q:\n got %v\nwant it to contain %q", tt.src, err, tt.want)
		}
	}
}

func TestPipeMode(t *testing.T) {
	for src, want := range map[string]string{
		"a |> f |> g": "((a |> f) |> g)",
		"g <| f <| a": "(g <| (f <| a))",
		"a + 1 |> f":  "((a + 1) |> f)",
	} {
		f, err := ParseFile("t.nix", []byte(src), PipeOperators)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if got := shape(f.Expr); got != want {
			t.Errorf("%q: got %s, want %s", src, got, want)
		}
	}
	if _, err := ParseFile("t.nix", []byte("a |> f <| b"), PipeOperators); err == nil {
		t.Errorf("mixed pipes accepted")
	}
}

func TestRoundTripTokens(t *testing.T) {
	for _, src := range []string{
		"", " ", "x", "{ a = 1; /* c */ b = ''\n  x ${y}\n''; } # end",
		"\xef\xbb\xbf1", "a\r\nb", "\"\xff\"", "./a/${b}c", "1 \x00 2", `"unterminated`,
	} {
		f, _ := ParseFile("t.nix", []byte(src), 0)
		var b strings.Builder
		for i, tok := range f.Tokens {
			if i > 0 && tok.Pos != f.Tokens[i-1].End {
				t.Errorf("%q: gap before token %d", src, i)
			}
			b.Write(f.Src[tok.Pos:tok.End])
		}
		if b.String() != src {
			t.Errorf("%q: tokens give back %q", src, b.String())
		}
		if last := f.Tokens[len(f.Tokens)-1]; last.Kind != TEOF || int(last.Pos) != len(src) {
			t.Errorf("%q: last token %v", src, last)
		}
	}
}
