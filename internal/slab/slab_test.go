package slab

import "testing"

type node struct {
	a, b int
	p    *node
}

func TestAllocGivesDistinctZeroedValues(t *testing.T) {
	var s Slab[node]
	seen := map[*node]bool{}
	for i := range 1000 {
		x := s.Alloc()
		if *x != (node{}) {
			t.Fatalf("alloc %d: not zeroed: %+v", i, *x)
		}
		if seen[x] {
			t.Fatalf("alloc %d: pointer handed out twice", i)
		}
		seen[x] = true
		x.a, x.b = i, -i
	}
	for x := range seen {
		if x.a != -x.b {
			t.Fatalf("a value was overwritten: %+v", *x)
		}
	}
	if y := s.New(node{a: 7}); y.a != 7 {
		t.Fatalf("New: %+v", *y)
	}
}

func TestRoomAndCopyDoNotOverlap(t *testing.T) {
	var s Slab[int]
	var lists [][]int
	for n := range 100 { // beyond 64 a list gets memory of its own
		l := s.Room(n)
		if len(l) != 0 || cap(l) != n {
			t.Fatalf("Room(%d): len %d cap %d", n, len(l), cap(l))
		}
		for range n {
			l = append(l, n)
		}
		lists = append(lists, l)
		c := s.Copy(l)
		if len(c) != n || cap(c) != n {
			t.Fatalf("Copy of %d: len %d cap %d", n, len(c), cap(c))
		}
		lists = append(lists, c)
	}
	// Appending to a full list moves it rather than writing over the next.
	lists[10] = append(lists[10], -1)
	for k, l := range lists {
		n := k / 2
		if k == 10 {
			l = l[:n]
		}
		for _, v := range l {
			if v != n {
				t.Fatalf("list %d holds %v", k, l)
			}
		}
	}
	if s.Copy(nil) != nil || s.Room(0) != nil {
		t.Fatal("empty room or copy is not nil")
	}
}

func TestArenaReusesZeroedMemory(t *testing.T) {
	var a Arena[node]
	other := &node{a: 1}
	var first *node
	for round := range 3 {
		var runs [][]node
		for n := 1; n < 400; n += 37 { // one run larger than a chunk
			r := a.Take(n)
			if len(r) != n || cap(r) != n {
				t.Fatalf("Take(%d): len %d cap %d", n, len(r), cap(r))
			}
			for i := range r {
				if r[i] != (node{}) {
					t.Fatalf("round %d: Take(%d)[%d] not zeroed: %+v", round, n, i, r[i])
				}
				r[i] = node{a: n, b: i, p: other}
			}
			runs = append(runs, r)
		}
		for _, r := range runs {
			for i := range r {
				if r[i].a != len(r) || r[i].b != i {
					t.Fatalf("round %d: runs overlap", round)
				}
			}
		}
		if round == 0 {
			first = &runs[0][0]
		} else if &runs[0][0] != first {
			t.Fatalf("round %d: memory not reused after Reset", round)
		}
		a.Reset()
		if first.p != nil {
			t.Fatalf("Reset left a pointer behind")
		}
	}
}

// After Reset a slab hands out the same memory again, zeroed, and makes no
// new chunk until it has handed out all it kept.
func TestResetReusesZeroedChunks(t *testing.T) {
	var s Slab[node]
	first := map[*node]bool{}
	for i := range 500 {
		x := s.Alloc()
		x.a, x.p = i+1, x
		first[x] = true
	}
	room := s.Room(40)
	room = append(room, node{a: 9})
	kept := len(s.chunks)
	for round := range 3 {
		s.Reset()
		for i := range 500 {
			x := s.Alloc()
			if *x != (node{}) {
				t.Fatalf("round %d, alloc %d: reused value not zeroed: %+v", round, i, *x)
			}
			if !first[x] {
				t.Fatalf("round %d, alloc %d: new memory while kept chunks were free", round, i)
			}
			x.a, x.p = i+1, x
		}
		r := s.Room(40)
		if len(r) != 0 || cap(r) != 40 {
			t.Fatalf("round %d: Room(40): len %d cap %d", round, len(r), cap(r))
		}
		if r[:1][0] != (node{}) {
			t.Fatalf("round %d: reused room not zeroed", round)
		}
		if len(s.chunks) != kept {
			t.Fatalf("round %d: %d chunks, want the %d kept", round, len(s.chunks), kept)
		}
	}
	_ = room
}

// Lists grown with Append keep their items and never write over each
// other, however their growth interleaves.
func TestAppendKeepsListsApart(t *testing.T) {
	var s Slab[int]
	lists := make([][]int, 20)
	for round := range 100 {
		for i := range lists {
			if round%(i+1) == 0 {
				lists[i] = s.Append(lists[i], i*1000+round)
			}
		}
	}
	for i, l := range lists {
		want := 0
		for round := range 100 {
			if round%(i+1) != 0 {
				continue
			}
			if want >= len(l) || l[want] != i*1000+round {
				t.Fatalf("list %d: item %d is wrong: %v", i, want, l)
			}
			want++
		}
		if len(l) != want {
			t.Fatalf("list %d: %d items, want %d", i, len(l), want)
		}
	}
}

// Spares hands back what was put, at most as many as it keeps, and nil
// when empty.
func TestSparesKeepAtMostN(t *testing.T) {
	s := NewSpares[*node](2)
	if v, ok := s.Get(); ok || v != nil {
		t.Fatal("Get on empty spares returned a value")
	}
	a, b, c := &node{a: 1}, &node{a: 2}, &node{a: 3}
	s.Put(a)
	s.Put(b)
	s.Put(c) // dropped: two are kept
	got := map[*node]bool{}
	for range 3 {
		if v, ok := s.Get(); ok {
			got[v] = true
		}
	}
	if len(got) != 2 || !got[a] || !got[b] {
		t.Fatalf("got %v, want a and b", got)
	}
}

// Reset leaves every chunk all zero, however much of the last one was
// handed out, and by Alloc or by Room.
func TestResetZeroesEverythingHandedOut(t *testing.T) {
	var s Slab[node]
	for round, n := range []int{0, 1, 7, 8, 9, 30, 300, 5, 1000, 2} {
		for i := range n {
			x := s.Alloc()
			x.a, x.p = i+1, x
			if i%5 == 0 {
				r := s.Room(3 + i%4)
				for j := range cap(r) {
					r = append(r, node{a: -j - 1})
				}
			}
		}
		s.Reset()
		for k, c := range s.chunks {
			for i := range c {
				if c[i] != (node{}) {
					t.Fatalf("round %d: chunk %d item %d left %+v", round, k, i, c[i])
				}
			}
		}
	}
}
