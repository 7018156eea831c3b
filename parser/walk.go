package parser

// Inspect traverses the AST rooted at n in depth-first order. It calls f(n);
// if f returns true, Inspect visits each child of n, then calls f(nil).
func Inspect(n Node, f func(Node) bool) {
	if n == nil || isNilNode(n) || !f(n) {
		return
	}
	eachChild(n, func(c Node) { Inspect(c, f) })
	f(nil)
}

func isNilNode(n Node) bool {
	switch n := n.(type) {
	case *Ident:
		return n == nil
	case *AttrPath:
		return n == nil
	case *Formals:
		return n == nil
	}
	return false
}

// Children returns the direct children of n in source order.
func Children(n Node) []Node {
	var out []Node
	eachChild(n, func(c Node) { out = append(out, c) })
	return out
}

// eachChild calls visit on each direct child of n in source order, without
// building a slice: Inspect runs over every node of every file linted.
func eachChild(n Node, visit func(Node)) {
	add := func(c Node) {
		if c != nil && !isNilNode(c) {
			visit(c)
		}
	}
	addExpr := func(e Expr) {
		if e != nil {
			visit(e)
		}
	}
	switch n := n.(type) {
	case *String:
		for _, p := range n.Parts {
			add(p)
		}
	case *Path:
		for _, p := range n.Parts {
			add(p)
		}
	case *Interp:
		addExpr(n.X)
	case *Paren:
		addExpr(n.X)
	case *List:
		for _, e := range n.Elems {
			addExpr(e)
		}
	case *AttrSet:
		for _, b := range n.Bindings {
			add(b)
		}
	case *AttrPath:
		for _, a := range n.Names {
			add(a)
		}
	case *Attr:
		add(n.Path)
		addExpr(n.Value)
	case *Inherit:
		addExpr(n.From)
		for _, a := range n.Names {
			add(a)
		}
	case *LetIn:
		for _, b := range n.Bindings {
			add(b)
		}
		addExpr(n.Body)
	case *LegacyLet:
		for _, b := range n.Bindings {
			add(b)
		}
	case *Formal:
		add(n.Name)
		addExpr(n.Default)
	case *Formals:
		for _, f := range n.List {
			add(f)
		}
	case *Lambda:
		if n.ParamFirst || n.Formals == nil {
			add(n.Param)
			add(n.Formals)
		} else {
			add(n.Formals)
			add(n.Param)
		}
		addExpr(n.Body)
	case *Apply:
		addExpr(n.Fun)
		addExpr(n.Arg)
	case *Select:
		addExpr(n.X)
		add(n.Path)
		addExpr(n.Default)
	case *HasAttr:
		addExpr(n.X)
		add(n.Path)
	case *Unary:
		addExpr(n.X)
	case *Binary:
		addExpr(n.X)
		addExpr(n.Y)
	case *If:
		addExpr(n.Cond)
		addExpr(n.Then)
		addExpr(n.Else)
	case *Assert:
		addExpr(n.Cond)
		addExpr(n.Body)
	case *With:
		addExpr(n.Scope)
		addExpr(n.Body)
	}
}
