package parser

import (
	"sync"
	"testing"
)

func TestPosition(t *testing.T) {
	// "é" is two bytes and one UTF-16 unit; "𝄞" is four bytes and two
	// UTF-16 units.
	src := []byte("a = 1;\r\n\"é𝄞\" x\n\nlast")
	f := NewFile("p.nix", src)
	for _, c := range []struct {
		off, line, col, col16 int
	}{
		{0, 1, 1, 1},
		{6, 1, 7, 7},  // the CR
		{8, 2, 1, 1},  // first byte of line 2
		{11, 2, 4, 3}, // after "é
		{15, 2, 8, 5}, // after "é𝄞
		{13, 2, 6, 5}, // inside 𝄞: a cut character counts whole
		{19, 3, 1, 1}, // the empty line
		{20, 4, 1, 1}, // "last"
		{24, 4, 5, 5}, // end of file
		{99, 4, 5, 5}, // clamped to the end
		{-3, 1, 1, 1}, // clamped to the start
	} {
		p := f.Position(c.off)
		if p.Line != c.line || p.Column != c.col || p.ColumnUTF16 != c.col16 || p.Filename != "p.nix" {
			t.Errorf("Position(%d) = %+v, want line %d col %d utf16 %d", c.off, p, c.line, c.col, c.col16)
		}
	}
	if n := f.LineCount(); n != 4 {
		t.Errorf("LineCount = %d, want 4", n)
	}
	for n, want := range map[int]int{0: 0, 1: 0, 2: 8, 3: 19, 4: 20, 5: 24} {
		if got := f.LineStart(n); got != want {
			t.Errorf("LineStart(%d) = %d, want %d", n, got, want)
		}
	}
}

// The line table is built on first use; goroutines that ask at once must
// all see it whole (run with -race).
func TestPositionConcurrentFirstUse(t *testing.T) {
	src := []byte("a\nb\nc\nd\n")
	f := NewFile("c.nix", src)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			off := 2 * (i % 4)
			if p := f.Position(off); p.Line != i%4+1 || p.Column != 1 {
				t.Errorf("Position(%d) = %+v", off, p)
			}
		})
	}
	wg.Wait()
}
