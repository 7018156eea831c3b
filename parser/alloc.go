package parser

import "github.com/nixdock/nixdock/internal/slab"

// Allocation helpers. A parse creates one small object per token or so;
// taking them from slabs, and building slices on a scratch stack before
// copying them out at their final length, cuts the allocation count (and
// with it the garbage collector's work) several times over.
//
// A file's nodes come from a nodeAlloc of its own: had two live files'
// nodes shared a chunk, each tree would keep the other alive, and through
// it every file parsed before. File.Discard hands the nodeAlloc back, and
// the next parse takes its nodes from the same chunks, so that a tree of
// files is parsed with the memory one large file needs rather than fresh
// memory for every file. The scratch stacks belong to the parser and are
// kept from parse to parse (see parserPool).

// nodeAlloc holds the slabs one file's tree is built from.
type nodeAlloc struct {
	idents   slab.Slab[Ident]
	texts    slab.Slab[StrText]
	strs     slab.Slab[String]
	interps  slab.Slab[Interp]
	selects  slab.Slab[Select]
	applies  slab.Slab[Apply]
	attrs    slab.Slab[Attr]
	paths    slab.Slab[AttrPath]
	binaries slab.Slab[Binary]
	lambdas  slab.Slab[Lambda]
	formalss slab.Slab[Formals]
	formals  slab.Slab[Formal]
	sets     slab.Slab[AttrSet]
	lets     slab.Slab[LetIn]
	lists    slab.Slab[List]
	parens   slab.Slab[Paren]
	ints     slab.Slab[Int]
	pathLits slab.Slab[Path]
	inherits slab.Slab[Inherit]
	ifs      slab.Slab[If]
	withs    slab.Slab[With]
	unaries  slab.Slab[Unary]
	hasAttrs slab.Slab[HasAttr]

	nameBuf slab.Slab[AttrName]
	bindBuf slab.Slab[Binding]
	exprBuf slab.Slab[Expr]
	partBuf slab.Slab[StrPart]
	fmBuf   slab.Slab[*Formal]
}

// reset takes back every node, zeroing them (see slab.Slab.Reset).
func (a *nodeAlloc) reset() {
	a.idents.Reset()
	a.texts.Reset()
	a.strs.Reset()
	a.interps.Reset()
	a.selects.Reset()
	a.applies.Reset()
	a.attrs.Reset()
	a.paths.Reset()
	a.binaries.Reset()
	a.lambdas.Reset()
	a.formalss.Reset()
	a.formals.Reset()
	a.sets.Reset()
	a.lets.Reset()
	a.lists.Reset()
	a.parens.Reset()
	a.ints.Reset()
	a.pathLits.Reset()
	a.inherits.Reset()
	a.ifs.Reset()
	a.withs.Reset()
	a.unaries.Reset()
	a.hasAttrs.Reset()
	a.nameBuf.Reset()
	a.bindBuf.Reset()
	a.exprBuf.Reset()
	a.partBuf.Reset()
	a.fmBuf.Reset()
}

// spareNodes holds nodeAllocs given back by File.Discard.
var spareNodes = slab.NewSpares[*nodeAlloc](8)

// takeNodes returns a nodeAlloc for a new file: a discarded one if there
// is one, a new one otherwise.
func takeNodes() *nodeAlloc {
	if a, ok := spareNodes.Get(); ok {
		return a
	}
	return new(nodeAlloc)
}

// scratch holds the parser's scratch stacks. They are used in LIFO order:
// a construct notes the length on entry, pushes its items (nested
// constructs push and pop above them) and pops back to that length when it
// copies its items out.
type scratch struct {
	names []AttrName
	binds []Binding
	exprs []Expr
	parts []StrPart
	fms   []*Formal
}
