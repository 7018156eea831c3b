package parser

import "github.com/nixdock/nixdock/internal/slab"

// Allocation helpers. A parse creates one small object per token or so;
// taking them from slabs, and building slices on a scratch stack before
// copying them out at their final length, cuts the allocation count (and
// with it the garbage collector's work) several times over. Slabs keep
// their chunk alive while any node in it is, which costs nothing here: an
// AST is kept or dropped as a whole. Slabs start afresh with each parse:
// had two files' nodes shared a chunk, each tree would keep the other
// alive, and through it every file parsed before. The scratch stacks are
// kept from parse to parse (see parserPool).

// nodeAlloc holds the slabs and scratch stacks of one parse. Scratch
// stacks are used in LIFO order: a construct notes the length on entry,
// pushes its items (nested constructs push and pop above them) and pops
// back to that length when it copies its items out.
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

	names []AttrName // scratch
	binds []Binding  // scratch
	exprs []Expr     // scratch
	parts []StrPart  // scratch
	fms   []*Formal  // scratch

	nameBuf slab.Slab[AttrName]
	bindBuf slab.Slab[Binding]
	exprBuf slab.Slab[Expr]
	partBuf slab.Slab[StrPart]
	fmBuf   slab.Slab[*Formal]
}
