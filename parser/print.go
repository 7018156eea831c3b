package parser

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Fprint writes an indented dump of the AST rooted at n to w: one line per
// node with its type, its span as line:col-line:col (byte offsets in
// brackets) and its key fields. f supplies the positions; n may be any
// node of f, or nil for f.Expr.
func Fprint(w io.Writer, f *File, n Node) error {
	if n == nil {
		if f.Expr == nil {
			_, err := io.WriteString(w, "(no expression)\n")
			return err
		}
		n = f.Expr
	}
	bw := bufio.NewWriter(w)
	depth := 0
	Inspect(n, func(n Node) bool {
		if n == nil {
			depth--
			return false
		}
		start, end := f.Position(n.Pos()), f.Position(n.End())
		fmt.Fprintf(bw, "%s%s %d:%d-%d:%d [%d,%d)%s\n", strings.Repeat("  ", depth), nodeName(n),
			start.Line, start.Column, end.Line, end.Column, n.Pos(), n.End(), nodeFields(n))
		depth++
		return true
	})
	return bw.Flush()
}

func nodeName(n Node) string {
	return strings.TrimPrefix(fmt.Sprintf("%T", n), "*parser.")
}

// nodeFields describes the fields of n that its children do not show.
func nodeFields(n Node) string {
	switch n := n.(type) {
	case *Ident:
		return " " + n.Name
	case *Int:
		return " " + n.Raw
	case *Float:
		return " " + n.Raw
	case *StrText:
		if v := n.Value(); v != n.Raw {
			return " " + strconv.Quote(n.Raw) + " value=" + strconv.Quote(v)
		}
		return " " + strconv.Quote(n.Raw)
	case *String:
		if n.Indented {
			return " indented"
		}
	case *Path:
		return " " + [...]string{"relative", "absolute", "home"}[n.Kind]
	case *SearchPath:
		return " <" + n.Path + ">"
	case *URI:
		return " " + n.Value
	case *AttrSet:
		if n.Rec != NoPos {
			return " rec"
		}
	case *Inherit:
		if n.From != nil {
			return " from"
		}
	case *Formals:
		if n.Ellipsis != NoPos {
			return " ..."
		}
	case *Lambda:
		switch {
		case n.Param != nil && n.Formals != nil && n.ParamFirst:
			return " param@formals"
		case n.Param != nil && n.Formals != nil:
			return " formals@param"
		}
	case *Select:
		if n.Default != nil {
			return " or"
		}
	case *Unary:
		return " " + strings.Trim(n.Op.String(), "'")
	case *Binary:
		return " " + strings.Trim(n.Op.String(), "'")
	}
	return ""
}
