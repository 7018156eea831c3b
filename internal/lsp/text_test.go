package lsp

import (
	"math/rand"
	"strings"
	"testing"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

func TestPositions(t *testing.T) {
	// "é" is 2 bytes and 1 UTF-16 unit; "🐳" is 4 bytes and 2 units.
	text := []byte("ab\r\né🐳x\n\nlast")
	cases := []struct {
		off     int
		line    protocol.UInteger
		u16, u8 protocol.UInteger
	}{
		{0, 0, 0, 0},
		{2, 0, 2, 2},
		{4, 1, 0, 0},
		{6, 1, 1, 2},  // after é
		{10, 1, 3, 6}, // after 🐳
		{11, 1, 4, 7}, // after x
		{12, 2, 0, 0},
		{13, 3, 0, 0},
		{17, 3, 4, 4},
	}
	x16, x8 := newLineIndex(text, utf16), newLineIndex(text, utf8Enc)
	for _, c := range cases {
		if p := x16.position(c.off); p.Line != c.line || p.Character != c.u16 {
			t.Errorf("utf-16 position(%d) = %+v, want %d:%d", c.off, p, c.line, c.u16)
		}
		if p := x8.position(c.off); p.Line != c.line || p.Character != c.u8 {
			t.Errorf("utf-8 position(%d) = %+v, want %d:%d", c.off, p, c.line, c.u8)
		}
		if o := utf16.offsetOf(text, protocol.Position{Line: c.line, Character: c.u16}); o != c.off {
			t.Errorf("utf-16 offsetOf(%d:%d) = %d, want %d", c.line, c.u16, o, c.off)
		}
		if o := utf8Enc.offsetOf(text, protocol.Position{Line: c.line, Character: c.u8}); o != c.off {
			t.Errorf("utf-8 offsetOf(%d:%d) = %d, want %d", c.line, c.u8, o, c.off)
		}
	}
	// Past the end of a line: its end, before the CRLF. Past the last
	// line: the end of the text. Inside a character: after it.
	for _, c := range []struct {
		enc  encoding
		p    protocol.Position
		want int
	}{
		{utf16, protocol.Position{Line: 0, Character: 99}, 2},
		{utf8Enc, protocol.Position{Line: 0, Character: 99}, 2},
		{utf16, protocol.Position{Line: 9, Character: 0}, len(text)},
		{utf16, protocol.Position{Line: 1, Character: 2}, 10},
		{utf8Enc, protocol.Position{Line: 1, Character: 3}, 10},
	} {
		if o := c.enc.offsetOf(text, c.p); o != c.want {
			t.Errorf("%v offsetOf(%+v) = %d, want %d", c.enc, c.p, o, c.want)
		}
	}
}

func TestApplyChange(t *testing.T) {
	text := []byte("héllo\nwörld\n")
	r := &protocol.Range{Start: protocol.Position{Line: 0, Character: 1}, End: protocol.Position{Line: 1, Character: 2}}
	if got := string(applyChange(text, utf16, r, "X")); got != "hXrld\n" {
		t.Errorf("utf-16 change gave %q", got)
	}
	r = &protocol.Range{Start: protocol.Position{Line: 0, Character: 1}, End: protocol.Position{Line: 1, Character: 3}}
	if got := string(applyChange(text, utf8Enc, r, "X")); got != "hXrld\n" {
		t.Errorf("utf-8 change gave %q", got)
	}
	if got := string(applyChange(text, utf16, nil, "new")); got != "new" {
		t.Errorf("whole change gave %q", got)
	}
}

func applyByteEdits(old []byte, edits []byteEdit) string {
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.Write(old[last:e.Pos])
		b.WriteString(e.Text)
		last = e.End
	}
	b.Write(old[last:])
	return b.String()
}

func TestMinimalEdits(t *testing.T) {
	old := "line one\nline two\nline three\n"
	now := "line one\nline 2\nline three\nadded\n"
	edits := minimalEdits([]byte(old), []byte(now))
	if got := applyByteEdits([]byte(old), edits); got != now {
		t.Fatalf("edits %+v give %q", edits, got)
	}
	want := []byteEdit{{Pos: 14, End: 17, Text: "2"}, {Pos: 29, End: 29, Text: "added\n"}}
	if len(edits) != len(want) || edits[0] != want[0] || edits[1] != want[1] {
		t.Errorf("edits %+v, want %+v", edits, want)
	}
	if e := minimalEdits([]byte("é\n"), []byte("è\n")); len(e) != 1 || e[0].Pos != 0 || e[0].End != 2 || e[0].Text != "è" {
		t.Errorf("a changed character is replaced whole: %+v", e)
	}
	// Random texts: applying the edits always gives the new text, and the
	// edits are in order and disjoint.
	rng := rand.New(rand.NewSource(1))
	words := []string{"a", "b", "é", "🐳", "\n", "\r\n", " ", "\xff"}
	gen := func() string {
		var b strings.Builder
		for n := rng.Intn(40); n > 0; n-- {
			b.WriteString(words[rng.Intn(len(words))])
		}
		return b.String()
	}
	for i := 0; i < 2000; i++ {
		a, b := gen(), gen()
		edits := minimalEdits([]byte(a), []byte(b))
		if got := applyByteEdits([]byte(a), edits); got != b {
			t.Fatalf("%q -> %q: edits %+v give %q", a, b, edits, got)
		}
		for j := 1; j < len(edits); j++ {
			if edits[j].Pos < edits[j-1].End {
				t.Fatalf("%q -> %q: edits overlap: %+v", a, b, edits)
			}
		}
	}
}
