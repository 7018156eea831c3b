package parser

import (
	"bytes"
	"sync"
)

// Mode holds parser options.
type Mode uint

// Parser modes.
const (
	// PipeOperators accepts |> and <| (Nix's pipe-operators experimental
	// feature). Without it they are a syntax error, as in Nix 2.8.
	PipeOperators Mode = 1 << iota
)

// PipeOperatorsOff ends the message of the syntax error a pipe operator
// gives without the PipeOperators mode, so that a tool can tell the user
// how its own setting turns them on.
const PipeOperatorsOff = "pipe operators are not part of Nix 2.8"

// MaxDepth bounds expression nesting; deeper input is a syntax error rather
// than a stack overflow. Nix 2.8's own parser gives up ("memory exhausted")
// somewhere between about 2,500 nested attribute sets and 10,000 nested
// parentheses; hand-written code never comes near 1,000.
const MaxDepth = 1000

// maxSize is the largest source a 32-bit token offset can cover.
const maxSize = 1<<31 - 1

// ParseFile parses src. It always returns a File with Tokens filled (the
// whole input, losslessly); on a syntax error f.Expr is nil and err is a
// parser.ErrorList. src must not be modified afterwards: the names and
// literal text in the tree share its memory.
func ParseFile(name string, src []byte, mode Mode) (f *File, err error) {
	f = NewFile(name, src)
	if len(src) > maxSize {
		// Token offsets are 32-bit, which keeps the token table small.
		return f, ErrorList{{Pos: f.Position(0), Msg: "file too large: Nix sources of 2 GiB or more are not supported"}}
	}
	toks, serrs := scan(src)
	f.Tokens = toks
	// Nix reads a file as a C string and silently ignores everything after
	// a NUL byte; such a file is not Nix source, so say so.
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return f, ErrorList{{Pos: f.Position(i), Msg: "binary file: NUL byte is not allowed in Nix source"}}
	}
	p, _ := parserPool.Get().(*parser)
	if p == nil {
		p = new(parser)
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			f.Expr = nil
			err = ErrorList{p.err}
		}
		p.reset()
		parserPool.Put(p)
	}()
	f.nodes = takeNodes()
	p.nodeAlloc = f.nodes
	p.init(f, toks, serrs, mode)
	f.Expr = p.parseFile()
	return f, nil
}

// parserPool holds parsers between parses, so that their slabs and
// scratch stacks serve the next file (see alloc.go).
var parserPool sync.Pool

// reset forgets the last file, keeping the scratch stacks' room. After a
// syntax error the stacks still hold items; they are emptied.
func (p *parser) reset() {
	s := p.scratch
	*p = parser{}
	p.names, p.binds, p.exprs, p.parts, p.fms = emptied(s.names), emptied(s.binds), emptied(s.exprs), emptied(s.parts), emptied(s.fms)
}

// emptied returns s with no items and its room kept, zeroing what it held
// so that no old tree stays reachable through it.
func emptied[T any](s []T) []T {
	clear(s)
	return s[:0]
}
