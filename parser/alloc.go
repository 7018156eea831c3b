package parser

// Allocation helpers. A parse creates one small object per token or so;
// taking them from slabs, and building slices on a scratch stack before
// copying them out at their final length, cuts the allocation count (and
// with it the garbage collector's work) several times over. Slabs keep
// their chunk alive while any node in it is, which costs nothing here: an
// AST is kept or dropped as a whole.

// nextChunk is the size of a slab's next chunk: small at first, so that
// the many small files of a tree do not each pay for room they never use,
// then doubling, so that a large file needs few allocations.
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

	names []AttrName // scratch
	binds []Binding  // scratch
	exprs []Expr     // scratch
	parts []StrPart  // scratch
	ints  []int      // scratch

	nameBuf slab[AttrName]
	bindBuf slab[Binding]
	exprBuf slab[Expr]
	partBuf slab[StrPart]
	intBuf  slab[int]
}
