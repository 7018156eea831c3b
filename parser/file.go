package parser

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"
)

// File is a parsed Nix source file.
type File struct {
	Name string
	Src  []byte
	// Tokens holds every token of Src in order, trivia included, so that
	// concatenating Src[t.Pos:t.End] over Tokens gives back Src exactly. The
	// last token is a zero-width EOF.
	Tokens []Token
	// Expr is the file's expression; nil when the file failed to parse.
	Expr Expr
	// lines holds the offset at which each line starts. It is built the
	// first time a position is asked for: most files are parsed, checked
	// and dropped without anyone asking, and counting the lines of every
	// file took a twentieth of the parse.
	lines     []int
	linesOnce sync.Once
	// nodes holds the memory of Expr's tree, until Discard.
	nodes *nodeAlloc
}

// Position is a human-readable location in a file.
type Position struct {
	Filename    string
	Offset      int // 0-based byte offset
	Line        int // 1-based
	Column      int // 1-based, in bytes
	ColumnUTF16 int // 1-based, in UTF-16 code units (what editors and LSP count)
}

func (p Position) String() string {
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

// NewFile returns a File for src; Tokens and Expr are filled by the parser.
func NewFile(name string, src []byte) *File {
	return &File{Name: name, Src: src}
}

// lineStarts returns the offset at which each line starts, building the
// table on first use. It is safe to call from several goroutines.
func (f *File) lineStarts() []int {
	f.linesOnce.Do(func() {
		src := f.Src
		lines := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
		for i := 0; ; {
			j := bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			lines = append(lines, i)
		}
		f.lines = lines
	})
	return f.lines
}

// Release gives f's token table back for reuse by later parses and clears
// f.Tokens. Call it when nothing will look at f's tokens again (nothing
// else may hold on to the slice); the syntax tree, source and positions
// stay usable.
func (f *File) Release() {
	if cap(f.Tokens) == 0 {
		return
	}
	spareTokens.Put(f.Tokens[:0])
	f.Tokens = nil
}

// Discard gives back f's token table, as Release does, and the memory of
// its syntax tree, for reuse by later parses. Call it when nothing will
// look at f's tokens or tree again, nor at anything taken from them (a
// node, the scope information resolved from the tree): their memory is
// handed out again by the next parse. Afterwards f.Expr is nil; the name,
// source and positions stay usable.
func (f *File) Discard() {
	f.Release()
	f.Expr = nil
	a := f.nodes
	if a == nil {
		return
	}
	f.nodes = nil
	a.reset()
	spareNodes.Put(a)
}

// LineCount is the number of lines in the file (a final line without a
// line break counts).
func (f *File) LineCount() int { return len(f.lineStarts()) }

// LineStart returns the offset of the first byte of 1-based line n.
func (f *File) LineStart(n int) int {
	if n < 1 {
		return 0
	}
	lines := f.lineStarts()
	if n > len(lines) {
		return len(f.Src)
	}
	return lines[n-1]
}

// Position converts a byte offset into a Position. Offsets outside the file
// are clamped to it.
func (f *File) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(f.Src) {
		off = len(f.Src)
	}
	lines := f.lineStarts()
	i := sort.Search(len(lines), func(i int) bool { return lines[i] > off }) - 1
	start := lines[i]
	u16 := 0
	for p := start; p < off; {
		r, size := utf8.DecodeRune(f.Src[p:])
		if size > off-p { // a multi-byte rune cut by off: count its bytes seen
			size = off - p
		}
		if r >= 0x10000 {
			u16 += 2
		} else {
			u16++
		}
		p += size
	}
	return Position{Filename: f.Name, Offset: off, Line: i + 1, Column: off - start + 1, ColumnUTF16: u16 + 1}
}

// Comments returns the comment tokens of the file in order.
func (f *File) Comments() []Token {
	var out []Token
	for _, t := range f.Tokens {
		if t.Kind == TLineComment || t.Kind == TBlockComment {
			out = append(out, t)
		}
	}
	return out
}

// Text returns the source text of a node or a range.
func (f *File) Text(n Node) string { return string(f.Src[n.Pos():n.End()]) }

// Error is a syntax error at a byte offset of a file.
type Error struct {
	Pos Position
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is a list of errors sorted by position.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Sort orders the list by offset.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool { return l[i].Pos.Offset < l[j].Pos.Offset })
}

// Err returns the list as an error, or nil if it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
