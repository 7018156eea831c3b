package lsp

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// encoding is how a Position's character counts: UTF-16 code units (the
// protocol's default) or UTF-8 bytes, when the client offers it.
type encoding uint8

const (
	utf16 encoding = iota
	utf8Enc
)

func (e encoding) String() string {
	if e == utf8Enc {
		return "utf-8"
	}
	return "utf-16"
}

// units counts the characters of b in encoding e. An invalid byte counts
// as one unit, as editors show it as one replacement character.
func (e encoding) units(b []byte) int {
	if e == utf8Enc {
		return len(b)
	}
	n := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}

// lineStart returns the offset of the start of line (0-based) in text, or
// len(text) if text has fewer lines.
func lineStart(text []byte, line int) int {
	off := 0
	for ; line > 0; line-- {
		i := bytes.IndexByte(text[off:], '\n')
		if i < 0 {
			return len(text)
		}
		off += i + 1
	}
	return off
}

// lineContentEnd returns the end of the line starting at start, before its
// line break ("\n" or "\r\n").
func lineContentEnd(text []byte, start int) int {
	end := len(text)
	if i := bytes.IndexByte(text[start:], '\n'); i >= 0 {
		end = start + i
		if end > start && text[end-1] == '\r' {
			end--
		}
	}
	return end
}

// offsetOf converts a position to a byte offset in text. A character past
// the end of its line means the end of the line, a line past the end of
// the text means the end of the text, and a position inside a character
// means the start of the character after it.
func (e encoding) offsetOf(text []byte, p protocol.Position) int {
	start := lineStart(text, int(p.Line))
	if start == len(text) {
		return start
	}
	end := lineContentEnd(text, start)
	want := int(p.Character)
	if e == utf8Enc {
		off := start + want
		if off > end {
			return end
		}
		for off < end && !utf8.RuneStart(text[off]) {
			off++
		}
		return off
	}
	n := 0
	off := start
	for off < end && n < want {
		r, size := utf8.DecodeRune(text[off:])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		off += size
	}
	return off
}

// lineIndex converts byte offsets of one text to positions.
type lineIndex struct {
	text   []byte
	starts []int
	enc    encoding
}

func newLineIndex(text []byte, enc encoding) *lineIndex {
	starts := make([]int, 1, bytes.Count(text, []byte{'\n'})+1)
	for off := 0; ; {
		i := bytes.IndexByte(text[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
		starts = append(starts, off)
	}
	return &lineIndex{text: text, starts: starts, enc: enc}
}

func (x *lineIndex) position(off int) protocol.Position {
	if off < 0 {
		off = 0
	}
	if off > len(x.text) {
		off = len(x.text)
	}
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	return protocol.Position{Line: protocol.UInteger(line), Character: protocol.UInteger(x.enc.units(x.text[x.starts[line]:off]))}
}

func (x *lineIndex) rng(pos, end int) protocol.Range {
	return protocol.Range{Start: x.position(pos), End: x.position(end)}
}

// applyChange applies one content change to text: the whole text when the
// change has no range, else the replacement of the range.
func applyChange(text []byte, enc encoding, rng *protocol.Range, newText string) []byte {
	if rng == nil {
		return []byte(newText)
	}
	start := enc.offsetOf(text, rng.Start)
	end := enc.offsetOf(text, rng.End)
	if end < start {
		start, end = end, start
	}
	out := make([]byte, 0, len(text)-(end-start)+len(newText))
	out = append(out, text[:start]...)
	out = append(out, newText...)
	return append(out, text[end:]...)
}

// byteEdit replaces old[Pos:End] with Text.
type byteEdit struct {
	Pos, End int
	Text     string
}

// minimalEdits returns the edits that turn old into new: one per run of
// changed lines, each trimmed to the bytes that differ (on character
// boundaries), in order and disjoint.
func minimalEdits(old, new []byte) []byteEdit {
	if bytes.Equal(old, new) {
		return nil
	}
	dmp := diffmatchpatch.New()
	a, b, lines := dmp.DiffLinesToChars(string(old), string(new))
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(a, b, false), lines)
	var out []byteEdit
	var cur *byteEdit
	flush := func() {
		if cur != nil {
			out = append(out, trim(old, *cur))
			cur = nil
		}
	}
	off := 0
	for _, d := range diffs {
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			flush()
			off += len(d.Text)
		case diffmatchpatch.DiffDelete:
			if cur == nil {
				cur = &byteEdit{Pos: off, End: off}
			}
			cur.End += len(d.Text)
			off += len(d.Text)
		case diffmatchpatch.DiffInsert:
			if cur == nil {
				cur = &byteEdit{Pos: off, End: off}
			}
			cur.Text += d.Text
		}
	}
	flush()
	return out
}

// trim drops the common prefix and suffix of the replaced bytes and the
// new text, keeping whole characters.
func trim(old []byte, e byteEdit) byteEdit {
	was := old[e.Pos:e.End]
	now := e.Text
	p := 0
	for p < len(was) && p < len(now) && was[p] == now[p] {
		p++
	}
	for p > 0 && (p < len(was) && !utf8.RuneStart(was[p]) || p < len(now) && !utf8.RuneStart(now[p])) {
		p--
	}
	s := 0
	for s < len(was)-p && s < len(now)-p && was[len(was)-1-s] == now[len(now)-1-s] {
		s++
	}
	for s > 0 && (!utf8.RuneStart(was[len(was)-s]) || !utf8.RuneStart(now[len(now)-s])) {
		s--
	}
	return byteEdit{Pos: e.Pos + p, End: e.End - s, Text: now[p : len(now)-s]}
}
