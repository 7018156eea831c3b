package parser

// Allocation helpers. A parse creates one small object per token or so;
// taking them from slabs, and building slices on a scratch stack before
// copying them out at their final length, cuts the allocation count (and
// with it the garbage collector's work) several times over. Slabs keep
// their chunk alive while any node in it is, which costs nothing here: an
// AST is kept or dropped as a whole. Slabs start afresh with each parse:
// had two files' nodes shared a chunk, each tree would keep the other
// alive, and through it every file parsed before. The scratch stacks are
// kept from parse to parse (see parserPool).

// nextChunk is the size of a slab's next chunk: small at first, so that
// parsing one small file does not pay for room it never uses, then
// doubling, so that a large file or a tree needs few allocations.
func nextChunk(n int) int {
	if n == 0 {
		return 8
	}
	return min(2*n, 256)
}

// slab hands out pointers into chunks of T.
type slab[T any] struct {
	free []T
	n    int // size of the last chunk
}

func (s *slab[T]) alloc() *T {
	if len(s.free) == 0 {
		s.n = nextChunk(s.n)
		s.free = make([]T, s.n)
	}
	x := &s.free[0]
	s.free = s.free[1:]
	return x
}

// new returns a pointer to a copy of v taken from the slab.
func (s *slab[T]) new(v T) *T {
	x := s.alloc()
	*x = v
	return x
}

// carve returns a copy of items in a slice cut from buf, with its capacity
// capped so that appending to it can never overwrite a neighbour.
func carve[T any](buf *slab[T], items []T) []T {
	n := len(items)
	if n == 0 {
		return nil
	}
	if len(buf.free) < n {
		if n > 64 {
			out := make([]T, n)
			copy(out, items)
			return out
		}
		buf.n = max(nextChunk(buf.n), n)
		buf.free = make([]T, buf.n)
	}
	out := buf.free[:n:n]
	buf.free = buf.free[n:]
	copy(out, items)
	return out
}

// nodeAlloc holds the slabs and scratch stacks of one parse. Scratch
// stacks are used in LIFO order: a construct notes the length on entry,
// pushes its items (nested constructs push and pop above them) and pops
// back to that length when it copies its items out.
type nodeAlloc struct {
	idents   slab[Ident]
	texts    slab[StrText]
	strs     slab[String]
	interps  slab[Interp]
	selects  slab[Select]
	applies  slab[Apply]
	attrs    slab[Attr]
	paths    slab[AttrPath]
	binaries slab[Binary]
	lambdas  slab[Lambda]
	formalss slab[Formals]
	formals  slab[Formal]
	sets     slab[AttrSet]
	lets     slab[LetIn]
	lists    slab[List]
	parens   slab[Paren]
	ints     slab[Int]
	pathLits slab[Path]
	inherits slab[Inherit]
	ifs      slab[If]
	withs    slab[With]
	unaries  slab[Unary]
	hasAttrs slab[HasAttr]

	names []AttrName // scratch
	binds []Binding  // scratch
	exprs []Expr     // scratch
	parts []StrPart  // scratch
	offs  []int      // scratch
	fms   []*Formal  // scratch

	nameBuf slab[AttrName]
	bindBuf slab[Binding]
	exprBuf slab[Expr]
	partBuf slab[StrPart]
	intBuf  slab[int]
	fmBuf   slab[*Formal]
}
