package parser

// Mode holds parser options.
type Mode uint

// Parser modes.
const (
	// PipeOperators accepts |> and <| (Nix's pipe-operators experimental
	// feature). Without it they are a syntax error, as in Nix 2.8.
	PipeOperators Mode = 1 << iota
)

// MaxDepth bounds expression nesting; deeper input is a syntax error rather
// than a stack overflow.
const MaxDepth = 1000

// ParseFile parses src. It always returns a File with Tokens filled (the
// whole input, losslessly); on a syntax error f.Expr is nil and err is a
// parser.ErrorList.
func ParseFile(name string, src []byte, mode Mode) (f *File, err error) {
	panic("parser.ParseFile: not written yet")
}
