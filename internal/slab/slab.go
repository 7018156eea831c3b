// Package slab hands out values from chunks, so that building a syntax tree
// or a scope table costs a few allocations rather than one per node. A
// chunk stays alive while any value in it is, which suits data that is
// kept or dropped as a whole: one file's tree, one file's scopes. A slab
// must not serve two files' data at once, or each file would keep the
// other alive through shared chunks; once a file's data is dropped, Reset
// lets the slab serve the next file from the same chunks.
package slab

// nextChunk is the size of the next chunk: small at first, so that one
// small file does not pay for room it never uses, then doubling, so that a
// large one needs few allocations.
func nextChunk(n int) int {
	if n == 0 {
		return 8
	}
	return min(2*n, 256)
}

// Slab hands out pointers to zeroed T. The zero Slab is ready to use.
type Slab[T any] struct {
	free []T
	n    int // size of the last chunk made
	// chunks are every chunk made, kept so that Reset can hand them out
	// again; chunks[next:] are waiting to be reused.
	chunks [][]T
	next   int
}

// Alloc returns a pointer to a zeroed T.
func (s *Slab[T]) Alloc() *T {
	if len(s.free) == 0 {
		s.grow(1)
	}
	x := &s.free[0]
	s.free = s.free[1:]
	return x
}

// grow makes free a zeroed chunk of at least n values: the next kept one
// if it is large enough, a new one otherwise.
func (s *Slab[T]) grow(n int) {
	for s.next < len(s.chunks) {
		c := s.chunks[s.next]
		s.next++
		if len(c) >= n {
			s.free = c
			return
		}
	}
	s.n = max(nextChunk(s.n), n)
	s.free = make([]T, s.n)
	s.chunks = append(s.chunks, s.free)
	s.next = len(s.chunks)
}

// Reset takes back every value handed out, zeroing the chunks that held
// them, so that the next values come from memory already in hand. Nothing
// handed out before may be used afterwards: it is handed out again.
func (s *Slab[T]) Reset() {
	if s.next > 0 {
		// free is what is left of the last chunk taken, never handed out
		// and still zero: only the part before it needs clearing. Chunks
		// double in size, so this was up to half of what a file's slabs
		// cleared.
		last := s.chunks[s.next-1]
		for _, c := range s.chunks[:s.next-1] {
			clear(c)
		}
		clear(last[:len(last)-len(s.free)])
	}
	s.free = nil
	s.next = 0
}

// New returns a pointer to a copy of v.
func (s *Slab[T]) New(v T) *T {
	x := s.Alloc()
	*x = v
	return x
}

// Room returns an empty slice with capacity n, its capacity capped so that
// appending past it moves the slice out rather than over a neighbour.
func (s *Slab[T]) Room(n int) []T {
	if n == 0 {
		return nil
	}
	if n > 64 {
		return make([]T, 0, n)
	}
	if len(s.free) < n {
		s.grow(n)
	}
	out := s.free[:0:n]
	s.free = s.free[n:]
	return out
}

// Append appends v to list, moving the list to room from the slab when it
// is full. Room doubles from two: most such lists hold one or two items.
func (s *Slab[T]) Append(list []T, v T) []T {
	if len(list) == cap(list) {
		list = append(s.Room(max(2, 2*cap(list))), list...)
	}
	return append(list, v)
}

// Copy returns a copy of items in room from the slab (nil for none).
func (s *Slab[T]) Copy(items []T) []T {
	if len(items) == 0 {
		return nil
	}
	return append(s.Room(len(items)), items...)
}

// arenaChunk is the size of an Arena's largest chunks; the first are
// smaller (see nextArenaChunk).
const arenaChunk = 256

// nextArenaChunk is the size of an Arena's next block after one of n: a
// small file's few attribute sets take a small first block, a large
// file's take blocks that double up to arenaChunk.
func nextArenaChunk(n int) int {
	if n == 0 {
		return 16
	}
	return min(2*n, arenaChunk)
}

// Arena hands out runs of zeroed T from blocks it keeps, and takes them
// all back at once: scratch memory that serves one file after another.
// The zero Arena is ready to use.
type Arena[T any] struct {
	blocks [][]T
	b, i   int // the block in use, and the next free index in it
}

// Take returns n zeroed T, their capacity capped at n.
func (a *Arena[T]) Take(n int) []T {
	for ; a.b < len(a.blocks); a.b, a.i = a.b+1, 0 {
		if blk := a.blocks[a.b]; a.i+n <= len(blk) {
			a.i += n
			return blk[a.i-n : a.i : a.i]
		}
	}
	last := 0
	if len(a.blocks) > 0 {
		last = len(a.blocks[len(a.blocks)-1])
	}
	a.blocks = append(a.blocks, make([]T, max(n, nextArenaChunk(last))))
	a.i = n
	return a.blocks[a.b][:n:n]
}

// Reset takes back everything handed out, zeroing it, so that nothing
// left in it keeps an old file's memory alive.
func (a *Arena[T]) Reset() {
	for k := 0; k < a.b && k < len(a.blocks); k++ {
		clear(a.blocks[k])
	}
	if a.b < len(a.blocks) {
		clear(a.blocks[a.b][:a.i])
	}
	a.b, a.i = 0, 0
}

// Spares keeps a few values given back for reuse: one file's token table,
// tree or scratch memory, handed to the next file. It is a channel rather
// than a sync.Pool, which every collection would empty, and collections
// come every few files when the live heap is small; its capacity bounds
// what it keeps, so that memory follows the largest files rather than
// their number. It is safe for concurrent use.
type Spares[T any] struct{ c chan T }

// NewSpares returns a Spares that keeps at most n values.
func NewSpares[T any](n int) Spares[T] { return Spares[T]{make(chan T, n)} }

// Get returns a value given back, and false when there is none.
func (s Spares[T]) Get() (T, bool) {
	select {
	case v := <-s.c:
		return v, true
	default:
		var zero T
		return zero, false
	}
}

// Put gives v back; it is dropped when enough are kept already.
func (s Spares[T]) Put(v T) {
	select {
	case s.c <- v:
	default:
	}
}
