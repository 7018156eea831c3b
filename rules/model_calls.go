package rules

import (
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// Every dockerTools call. FindImages lists the calls that build an image;
// the rules about arguments (ND101, ND114, ND117, ND118, ND119) and about
// pulled images (ND205, ND303) also need pullImage and exportImage, which
// fetch or unpack one. Calls lists every call of a
// function in the signature table whose argument is an attribute set, with
// the same three-valued view of its arguments as an Image, and leaves
// FindImages and Pass.Images as they are, so that the image rules keep
// their meaning.

// Call is one call of a dockerTools function taking an attribute set.
type Call struct {
	// Call is the application node of the function to its argument.
	Call *parser.Apply
	// Func is the dockerTools function called, e.g. "pullImage". When the
	// function is chosen by an if (if stream then streamLayeredImage else
	// buildLayeredImage), Func is the first and Alts lists every one.
	Func string
	Alts []string
	// Fun is the function expression as written; Arg the argument.
	Fun parser.Expr
	Arg parser.Expr

	m    *model
	args value
}

// Attr answers whether the call's argument sets the attribute at path, and
// returns the expression that gives its value when that is one written
// expression.
func (c *Call) Attr(path ...string) (Answer, parser.Expr) {
	a, v := c.m.lookupPath(c.args, path)
	return a, leafExpr(v)
}

// Is reports whether the call is surely one of fn: fn is the only
// function it may call.
func (c *Call) Is(fn string) bool {
	return len(c.Alts) == 1 && c.Func == fn
}

// attrExpr is the single expression the argument name is written as (see
// writtenArg).
func (c *Call) attrExpr(name string) (e parser.Expr, shared, ok bool) {
	return c.m.writtenArg(c.args, name)
}

// IsImageBuild reports whether the call builds an image (is one of the
// calls FindImages returns).
func (c *Call) IsImageBuild() bool {
	_, ok := imageFuncs[c.Func]
	return ok
}

// FindCalls returns every dockerTools call of a function in the signature
// table whose argument is an attribute set (or a name or expression that
// may be one), in source order.
func FindCalls(f *parser.File, info *scope.Info) []*Call {
	calls, _ := findCalls(f, info, nil)
	return calls
}

// findCalls is FindCalls, reusing m when given (the model FindImages
// built), and also reports RedefinesDockerTools from the same walk.
func findCalls(f *parser.File, info *scope.Info, m *model) (out []*Call, redefined bool) {
	if f == nil || f.Expr == nil || info == nil || !mayBuildImage(f.Src) {
		return nil, false
	}
	if m == nil {
		m = emptyModel(f, info)
	}
	parser.Inspect(f.Expr, func(n parser.Node) bool {
		switch n := n.(type) {
		case *parser.Attr:
			redefined = redefined || bindsDockerTools(n)
		case *parser.Apply:
			if !m.mayCall(n.Fun) {
				return true
			}
			fns := m.callFuncs(n.Fun)
			if len(fns) == 0 {
				return true
			}
			out = append(out, &Call{
				Call: n,
				Func: fns[0],
				Alts: fns,
				Fun:  n.Fun,
				Arg:  n.Arg,
				m:    m,
				args: m.eval(n.Arg, false),
			})
		}
		return true
	})
	return out, redefined
}

// mayCall is a cheap test that rules out most function expressions before
// callFuncs follows names: the expression must end in a table function's
// name, or be an if, or a name bound by a let to an if.
func (m *model) mayCall(e parser.Expr) bool {
	switch x := parser.Unparen(e).(type) {
	case *parser.Select:
		last, ok := parser.StaticName(x.Path.Names[len(x.Path.Names)-1])
		return ok && signatures[last] != nil
	case *parser.Ident:
		if signatures[x.Name] != nil {
			return true
		}
		_, isIf := m.letIf(x)
		return isIf
	case *parser.If:
		return true
	}
	return false
}

// Calls returns every dockerTools call in the pass's file (FindCalls),
// computed once per file and shared by the rules that ask.
func (p *Pass) Calls() []*Call {
	if !p.callsFound {
		var m *model
		if len(p.Images) > 0 {
			m = p.Images[0].m
		}
		p.calls, p.ownDockerTools = findCalls(p.File, p.Scope, m)
		p.ownDockerTools = p.ownDockerTools && len(p.calls) > 0
		p.callsFound = true
	}
	return p.calls
}

// ownDockerToolsFile reports whether the pass's file builds images and
// binds a dockerTools of its own (see RedefinesDockerTools): the argument
// rules then stay silent, as its functions may take other arguments.
func (p *Pass) ownDockerToolsFile() bool {
	p.Calls()
	return p.ownDockerTools
}

// RedefinesDockerTools reports whether a file binds an attribute named
// dockerTools, or one under it (an overlay's dockerTools = prev.dockerTools
// // { buildImage = …; }, or dockerTools.buildImage = …), to anything but
// a plain reference to a dockerTools. Calls of pkgs.dockerTools in such a
// file may reach the file's own functions, whose arguments the signature
// table does not describe.
func RedefinesDockerTools(f *parser.File) bool {
	if f == nil || f.Expr == nil {
		return false
	}
	found := false
	parser.Inspect(f.Expr, func(n parser.Node) bool {
		if a, ok := n.(*parser.Attr); ok && bindsDockerTools(a) {
			found = true
		}
		return !found
	})
	return found
}

// bindsDockerTools reports whether a binding defines dockerTools, or
// something under it, as anything but a plain reference to one.
func bindsDockerTools(a *parser.Attr) bool {
	for i, name := range a.Path.Names {
		if s, _ := parser.StaticName(name); s != "dockerTools" {
			continue
		}
		if i < len(a.Path.Names)-1 || !plainDockerTools(a.Value) {
			return true
		}
	}
	return false
}

// plainDockerTools reports whether e is just a name or attribute path that
// ends in dockerTools (pkgs.dockerTools, prev.dockerTools), or such a path
// overridden (prev.dockerTools.override { … }), which changes the packages
// it is built with but not its functions.
func plainDockerTools(e parser.Expr) bool {
	switch x := parser.Unparen(e).(type) {
	case *parser.Ident:
		return x.Name == "dockerTools"
	case *parser.Select:
		last, _ := parser.StaticName(x.Path.Names[len(x.Path.Names)-1])
		return last == "dockerTools" && x.Default == nil
	case *parser.Apply:
		fn, args := callee(x)
		sel, ok := fn.(*parser.Select)
		if !ok || len(args) != 1 || sel.Default != nil {
			return false
		}
		n := len(sel.Path.Names)
		last, _ := parser.StaticName(sel.Path.Names[n-1])
		if last != "override" {
			return false
		}
		if n == 1 {
			return plainDockerTools(sel.X)
		}
		prev, _ := parser.StaticName(sel.Path.Names[n-2])
		return prev == "dockerTools"
	}
	return false
}

// letIf is the if a let (or rec) name stands for (see letValue), when it
// stands for one: mk = if stream then streamLayeredImage else
// buildLayeredImage.
func (m *model) letIf(id *parser.Ident) (*parser.If, bool) {
	v, _ := m.letValue(m.def(id))
	x, ok := parser.Unparen(v).(*parser.If)
	return x, ok
}

// callFuncs names the table functions e may denote: one, or one per branch
// of an if whose branches are all such functions; nil otherwise.
func (m *model) callFuncs(e parser.Expr) []string {
	if m.depth > maxDepth {
		return nil
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.If:
		a, b := m.callFuncs(x.Then), m.callFuncs(x.Else)
		if a == nil || b == nil {
			return nil
		}
		out := append([]string(nil), a...)
		for _, n := range b {
			if !contains(out, n) {
				out = append(out, n)
			}
		}
		return out
	case *parser.Ident:
		if v, ok := m.letIf(x); ok {
			return m.callFuncs(v)
		}
	}
	if fn := m.imageFunc(e); fn != "" {
		return []string{fn}
	}
	if fn := m.overriddenFunc(e); fn != "" {
		return []string{fn}
	}
	p := m.pathOf(e)
	if len(p) >= 2 && p[len(p)-2] == "dockerTools" {
		if s := signatures[p[len(p)-1]]; s != nil && !s.Positional {
			return []string{s.Builder}
		}
	}
	return nil
}

// overriddenFunc recognises a table function taken from an overridden
// dockerTools: (pkgs.dockerTools.override { … }).pullImage. Overriding
// changes the packages dockerTools is built with, not its functions'
// arguments.
func (m *model) overriddenFunc(e parser.Expr) string {
	sel, ok := parser.Unparen(e).(*parser.Select)
	if !ok || len(sel.Path.Names) != 1 {
		return ""
	}
	name, _ := parser.StaticName(sel.Path.Names[0])
	if s := signatures[name]; s == nil || s.Positional {
		return ""
	}
	fn, args := callee(sel.X)
	if len(args) != 1 {
		return ""
	}
	p := m.pathOf(fn)
	if len(p) >= 2 && p[len(p)-1] == "override" && p[len(p)-2] == "dockerTools" {
		return name
	}
	return ""
}
