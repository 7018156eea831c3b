package scope

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/nixdock/nixdock/internal/slab"
	"github.com/nixdock/nixdock/parser"
)

// universe is the scope of Nix's builtins, shared by every file. Builtin
// definitions point at it; each file's Info.Global shares its Defs.
// It is built by the first Resolve, not at start-up, which commands that
// resolve nothing (rules, explain, version) would pay for.
var universe = sync.OnceValue(func() *Scope {
	// One allocation for every definition and a map made at its final
	// size: this runs in every process that lints a file, one-file runs
	// included.
	s := &Scope{Kind: GlobalScope, defs: make([]*Def, 0, len(builtinNames)), index: make(map[string]*Def, len(builtinNames))}
	defs := make([]Def, len(builtinNames))
	for i, n := range builtinNames {
		defs[i] = Def{Name: n, Kind: Builtin, Scope: s}
		s.bind(&defs[i])
	}
	return s
})

// Builtins returns the names Nix binds in every file, sorted.
func Builtins() []string {
	out := append([]string(nil), builtinNames...)
	sort.Strings(out)
	return out
}

// resolver walks the AST once, opening a scope for every construct that
// binds names and binding each variable reference on the way. It holds
// the memory the file's Info is built in: Info.Discard hands it, reset, to
// the next Resolve, so that resolving a tree of files takes the memory one
// large file needs rather than fresh memory for every file.
type resolver struct {
	info    Info
	global  Scope
	dups    dupChecker
	dupErrs []*parser.Error
	unbound []*parser.Error
	// The slabs hand out Uses, Defs, Scopes and the lists they hold in
	// chunks, so a file costs a few allocations rather than one per name.
	useSlab   slab.Slab[Use]
	defSlab   slab.Slab[Def]
	scopeSlab slab.Slab[Scope]
	listSlab  slab.Slab[*Def]
	childSlab slab.Slab[*Scope]
	withSlab  slab.Slab[*parser.With]
	attrSlab  slab.Slab[*parser.Attr]
	uses      []*Use // room for info.Uses, kept from file to file
	merges    mergeState
}

func (r *resolver) newDef(d Def) *Def { return r.defSlab.New(d) }

// spareResolvers holds resolvers given back by Info.Discard.
var spareResolvers = slab.NewSpares[*resolver](8)

func takeResolver() *resolver {
	if r, ok := spareResolvers.Get(); ok {
		return r
	}
	return new(resolver)
}

// reset takes back everything the last file's Info was built from,
// zeroing it so that nothing in it keeps that file alive.
func (r *resolver) reset() {
	r.useSlab.Reset()
	r.defSlab.Reset()
	r.scopeSlab.Reset()
	r.listSlab.Reset()
	r.childSlab.Reset()
	r.withSlab.Reset()
	r.attrSlab.Reset()
	clear(r.info.Uses)
	r.uses = r.info.Uses[:0]
	r.info = Info{}
	r.global = Scope{}
	r.dups.r = nil // its memory was emptied when Resolve returned
	r.dupErrs, r.unbound = nil, nil
	r.merges.reset()
}

// Discard gives the memory of in back for reuse by later calls of
// Resolve. Call it once, when nothing will look at in again, nor at
// anything taken from it (a Scope, Def or Use, the Errors): their memory
// is handed out again. The file and its tree are not affected.
func (in *Info) Discard() {
	r := in.r
	if r == nil {
		return
	}
	r.reset()
	spareResolvers.Put(r)
}

// Resolve binds every variable reference in f. f.Expr must be non-nil.
//
// It follows Nix 2.8's binder: a lexical binding anywhere outside a with
// wins over the with (so "let x = 1; in with { x = 2; }; x" is 1); a name
// that is not lexically bound but sits under a with is left to the with;
// anything else is an undefined variable. Duplicate attributes and formals
// are reported as Nix's parser reports them.
func Resolve(f *parser.File) *Info {
	r := takeResolver()
	u := universe()
	r.global = Scope{Kind: GlobalScope, Pos: 0, End: len(f.Src), defs: u.defs, index: u.index}
	g := &r.global
	r.info = Info{File: f, Global: g, Uses: r.uses, r: r}
	in := &r.info
	r.dups.r = r
	if f.Expr != nil {
		r.expr(f.Expr, g)
	}
	r.dups.mem.reset()
	byPos := func(a, b *Use) int { return cmp.Compare(a.Ident.NamePos, b.Ident.NamePos) }
	if !slices.IsSortedFunc(in.Uses, byPos) {
		slices.SortStableFunc(in.Uses, byPos)
	}
	// Nix reports duplicates while parsing, before it binds any variable,
	// so they come first; within each kind, source order.
	in.Errors = append(in.Errors, r.dupErrs...)
	in.Errors = append(in.Errors, r.unbound...)
	return in
}

func (r *resolver) errorf(list *[]*parser.Error, off int, format string, args ...any) {
	*list = append(*list, &parser.Error{Pos: r.info.File.Position(off), Msg: fmt.Sprintf(format, args...)})
}

func (r *resolver) open(kind ScopeKind, node parser.Node, parent *Scope, pos, end, ndefs int) *Scope {
	s := r.scopeSlab.New(Scope{Kind: kind, Parent: parent, Node: node, Pos: pos, End: end, withs: parent.withs})
	if kind == WithScope {
		s.withs = append(append(r.withSlab.Room(len(parent.withs)+1), node.(*parser.With)), parent.withs...)
	} else if ndefs > 0 {
		s.defs = r.listSlab.Room(ndefs)
	}
	parent.Children = r.childSlab.Append(parent.Children, s)
	return s
}

// use binds the variable reference id, seen in scope s.
func (r *resolver) use(id *parser.Ident, s *Scope) {
	b, d, _ := s.Lookup(id.Name)
	u := r.useSlab.New(Use{Ident: id, Scope: s, Def: d})
	r.info.Uses = append(r.info.Uses, u)
	if b == Unbound {
		r.errorf(&r.unbound, id.NamePos, "undefined variable '%s'", id.Name)
	}
}

// useName binds a name that is not an identifier node (inherit "x").
func (r *resolver) useName(name string, off int, s *Scope) {
	if b, _, _ := s.Lookup(name); b == Unbound {
		r.errorf(&r.unbound, off, "undefined variable '%s'", name)
	}
}

func (r *resolver) exprs(list []parser.Expr, s *Scope) {
	for _, e := range list {
		r.expr(e, s)
	}
}

func (r *resolver) parts(list []parser.StrPart, s *Scope) {
	for _, p := range list {
		if ip, ok := p.(*parser.Interp); ok {
			r.expr(ip.X, s)
		}
	}
}

// attrPath resolves the dynamic parts of an attribute path.
func (r *resolver) attrPath(p *parser.AttrPath, s *Scope) {
	if p == nil {
		return
	}
	for _, n := range p.Names {
		switch n := n.(type) {
		case *parser.Interp:
			r.expr(n.X, s)
		case *parser.String:
			r.parts(n.Parts, s)
		}
	}
}

func (r *resolver) expr(e parser.Expr, s *Scope) {
	switch e := e.(type) {
	case nil:
	case *parser.Ident:
		r.use(e, s)
	case *parser.Int, *parser.Float, *parser.SearchPath, *parser.URI:
	case *parser.String:
		r.parts(e.Parts, s)
	case *parser.Path:
		r.parts(e.Parts, s)
	case *parser.Paren:
		r.expr(e.X, s)
	case *parser.List:
		r.exprs(e.Elems, s)
	case *parser.AttrSet:
		r.mergePlan(e.Bindings, r.dups.setTable(e, false).repeats)
		if !r.merges.isRec(e) {
			r.bindings(e.Bindings, s, s)
			return
		}
		rs := r.open(RecScope, e, s, e.Pos(), e.End(), len(e.Bindings))
		r.define(rs, RecDef, e.Bindings)
		if r.merges.recScope != nil {
			r.merges.recScope[e] = rs
			r.defineExtra(rs, r.merges.extra[e])
		}
		r.bindings(e.Bindings, rs, s)
	case *parser.LetIn:
		r.mergePlan(e.Bindings, r.dups.table(e.Bindings).repeats)
		ls := r.open(LetScope, e, s, e.Pos(), e.End(), len(e.Bindings))
		r.define(ls, LetDef, e.Bindings)
		r.bindings(e.Bindings, ls, s)
		r.expr(e.Body, ls)
	case *parser.LegacyLet:
		r.mergePlan(e.Bindings, r.dups.table(e.Bindings).repeats)
		ls := r.open(LetScope, e, s, e.Pos(), e.End(), len(e.Bindings))
		r.define(ls, LetDef, e.Bindings)
		r.bindings(e.Bindings, ls, s)
	case *parser.Lambda:
		r.lambda(e, s)
	case *parser.Apply:
		r.expr(e.Fun, s)
		r.expr(e.Arg, s)
	case *parser.Select:
		r.expr(e.X, s)
		r.attrPath(e.Path, s)
		r.expr(e.Default, s)
	case *parser.HasAttr:
		r.expr(e.X, s)
		r.attrPath(e.Path, s)
	case *parser.Unary:
		r.expr(e.X, s)
	case *parser.Binary:
		r.expr(e.X, s)
		r.expr(e.Y, s)
	case *parser.If:
		r.expr(e.Cond, s)
		r.expr(e.Then, s)
		r.expr(e.Else, s)
	case *parser.Assert:
		r.expr(e.Cond, s)
		r.expr(e.Body, s)
	case *parser.With:
		r.expr(e.Scope, s)
		ws := r.open(WithScope, e, s, e.Body.Pos(), e.Body.End(), 0)
		r.expr(e.Body, ws)
	default:
		panic(fmt.Sprintf("scope: unexpected expression %T", e))
	}
}

// bindings resolves the names and values of a binding list. Values,
// dynamic names and inherit sources are seen from inner; the names of a
// plain inherit are looked up in outer, the scope around the set or let
// (for a non-rec set, inner and outer are the same).
func (r *resolver) bindings(list []parser.Binding, inner, outer *Scope) {
	for _, b := range list {
		switch b := b.(type) {
		case *parser.Attr:
			r.attrPath(b.Path, inner)
			vs := inner
			if t := r.merges.moved[b]; t != nil && r.merges.recScope[t] != nil {
				// Merged into a rec set: bound among its names.
				vs = r.merges.recScope[t]
			}
			r.expr(b.Value, vs)
		case *parser.Inherit:
			if b.From != nil {
				r.expr(b.From, inner)
				continue
			}
			for _, n := range b.Names {
				switch n := n.(type) {
				case *parser.Ident:
					r.use(n, outer)
				default:
					if name, ok := parser.StaticName(n); ok {
						r.useName(name, n.Pos(), outer)
					}
				}
			}
		}
	}
}

// define records the names a let or rec binding list binds in s.
func (r *resolver) define(s *Scope, kind DefKind, list []parser.Binding) {
	for _, b := range list {
		switch b := b.(type) {
		case *parser.Attr:
			first := b.Path.Names[0]
			name, ok := staticName(first)
			if !ok {
				continue // a dynamic name binds nothing lexically
			}
			d := s.Def(name)
			if d == nil {
				d = r.newDef(Def{Name: name, Kind: kind, Scope: s, Node: first})
				s.bind(d)
			}
			d.Attrs = r.attrSlab.Append(d.Attrs, b)
		case *parser.Inherit:
			for _, n := range b.Names {
				name, ok := staticName(n)
				if !ok {
					continue
				}
				if s.Def(name) == nil {
					s.bind(r.newDef(Def{Name: name, Kind: kind, Scope: s, Node: n, Inherit: b}))
				}
			}
		}
	}
}

// defineExtra records the names a rec set gains from bindings outside its
// braces (see merge.go).
func (r *resolver) defineExtra(s *Scope, list []extraDef) {
	for _, x := range list {
		name, ok := staticName(x.node)
		if !ok {
			continue
		}
		d := s.Def(name)
		if d == nil {
			d = r.newDef(Def{Name: name, Kind: RecDef, Scope: s, Node: x.node, Inherit: x.inh})
			s.bind(d)
		}
		if x.attr != nil {
			d.Attrs = r.attrSlab.Append(d.Attrs, x.attr)
		}
	}
}

func (r *resolver) lambda(e *parser.Lambda, s *Scope) {
	n := 0
	if e.Param != nil {
		n++
	}
	if e.Formals != nil {
		n += len(e.Formals.List)
	}
	ls := r.open(LambdaScope, e, s, e.Pos(), e.End(), n)
	if e.Param != nil {
		ls.bind(r.newDef(Def{Name: e.Param.Name, Kind: ParamDef, Scope: ls, Node: e.Param, Lambda: e}))
	}
	if e.Formals != nil {
		for _, f := range e.Formals.List {
			name := f.Name.Name
			if ls.Def(name) != nil {
				// Nix 2.8 rejects a repeated formal and a formal that
				// repeats the @-bound name alike.
				off := f.Name.NamePos
				if e.Param != nil && name == e.Param.Name && e.Param.NamePos > off {
					off = e.Param.NamePos
				}
				r.errorf(&r.dupErrs, off, "duplicate formal function argument '%s'", name)
				continue
			}
			ls.bind(r.newDef(Def{Name: name, Kind: FormalDef, Scope: ls, Node: f.Name, Formal: f, Lambda: e}))
		}
		for _, f := range e.Formals.List {
			r.expr(f.Default, ls)
		}
	}
	r.expr(e.Body, ls)
}

// staticName is parser.StaticName extended the way Nix's parser reads
// attribute names: ${"a"} with a plain string inside is the static name a.
func staticName(n parser.AttrName) (string, bool) {
	if ip, ok := n.(*parser.Interp); ok {
		if str, ok := parser.Unparen(ip.X).(*parser.String); ok {
			return parser.StaticName(str)
		}
		return "", false
	}
	return parser.StaticName(n)
}

func pathString(p *parser.AttrPath, upto int) string {
	var sb strings.Builder
	for i, n := range p.Names[:upto+1] {
		if i > 0 {
			sb.WriteByte('.')
		}
		if name, ok := staticName(n); ok {
			sb.WriteString(showName(name))
		} else {
			sb.WriteString(`"${...}"`)
		}
	}
	return sb.String()
}

// showName prints an attribute name the way Nix's messages do: bare when it
// could be written as an identifier, quoted otherwise.
func showName(name string) string {
	switch name {
	case "if", "then", "else", "assert", "with", "let", "in", "rec", "inherit":
		return strconv.Quote(name)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		letter := c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
		later := i > 0 && (c == '\'' || c == '-' || ('0' <= c && c <= '9'))
		if !letter && !later {
			return strconv.Quote(name)
		}
	}
	if name == "" {
		return `""`
	}
	return name
}

// ScopeAt returns the innermost scope whose names are visible at offset off.
func (in *Info) ScopeAt(off int) *Scope {
	s := in.Global
	for {
		cs := s.Children
		i := sort.Search(len(cs), func(i int) bool { return cs[i].End > off })
		if i == len(cs) || cs[i].Pos > off {
			return s
		}
		s = cs[i]
	}
}

// Lookup answers whether name is bound at offset off, and by what.
func (in *Info) Lookup(off int, name string) (Binding, *Def, []*parser.With) {
	return in.ScopeAt(off).Lookup(name)
}

// Lookup answers whether name is bound in s, and by what: the lexical
// definition (Bound), or the with expressions that may provide it (ByWith,
// innermost first), or neither (Unbound).
//
// The slice of withs is shared: callers must not modify it.
func (s *Scope) Lookup(name string) (Binding, *Def, []*parser.With) {
	withs := s.withs
	for ; s != nil; s = s.Parent {
		if d := s.Def(name); d != nil {
			return Bound, d, nil
		}
	}
	if len(withs) > 0 {
		return ByWith, nil, withs
	}
	return Unbound, nil, nil
}
