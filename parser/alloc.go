package parser

// Allocation helpers. A parse creates one small object per token or so;
// taking them from slabs, and building slices on a scratch stack before
// copying them out at their final length, cuts the allocation count (and
// with it the garbage collector's work) several times over. Slabs keep
// their chunk alive while any node in it is, which costs nothing here: an
// AST is kept or dropped as a whole.

const slabChunk = 32

// slab hands out pointers into chunks of T.
type slab[T any] []T

func (s *slab[T]) alloc() *T {
	if len(*s) == 0 {
		*s = make([]T, slabChunk)
	}
	x := &(*s)[0]
	*s = (*s)[1:]
	return x
}

// carve returns a copy of items in a slice cut from *buf, with its
// capacity capped so that appending to it can never overwrite a neighbour.
func carve[T any](buf *[]T, items []T) []T {
	n := len(items)
	if n == 0 {
		return nil
	}
	if len(*buf) < n {
		if n > 64 {
			out := make([]T, n)
			copy(out, items)
			return out
		}
		*buf = make([]T, 64)
	}
	out := (*buf)[:n:n]
	*buf = (*buf)[n:]
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

	nameBuf []AttrName
	bindBuf []Binding
	exprBuf []Expr
	partBuf []StrPart
	intBuf  []int

	pieces []indPiece // reused by stripIndentation
	bytes  []byte     // reused by stripIndentation
}
