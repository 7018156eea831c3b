package parser

// Kind is the lexical class of a token.
type Kind uint8

// Token kinds. Trivia kinds (Whitespace, LineComment, BlockComment) carry no
// meaning for the grammar but are kept so that the token stream reproduces the
// input byte for byte.
const (
	TIllegal Kind = iota
	TEOF

	// Trivia.
	TWhitespace   // spaces, tabs, CR, LF, and a leading byte-order mark
	TLineComment  // # ... up to (not including) the line break
	TBlockComment // /* ... */

	// Literals and names.
	TIdent      // foo, foo-bar', or "or" where Nix treats it as a name
	TInt        // 42
	TFloat      // 1.5, 1., .5, 1.5e3
	TSearchPath // <nixpkgs>
	TURI        // https://example.org/x

	// String and path pieces. A string is StringOpen, then any mix of
	// StringText and InterpOpen ... RBrace, then StringClose. Indented strings
	// use IndStringOpen/IndStringClose. A path is one or more PathText pieces
	// with InterpOpen ... RBrace pieces between them.
	TStringOpen     // "
	TStringClose    // "
	TIndStringOpen  // ''
	TIndStringClose // ''
	TStringText     // literal text (raw bytes, escapes not yet decoded)
	TPathText       // literal part of a path: ./a/, /a, ~/a, a/b
	TInterpOpen     // ${

	// Keywords.
	TIf
	TThen
	TElse
	TAssert
	TWith
	TLet
	TIn
	TRec
	TInherit
	TOrKw // or

	// Operators and punctuation.
	TEllipsis // ...
	TEq       // ==
	TNeq      // !=
	TLeq      // <=
	TGeq      // >=
	TLt       // <
	TGt       // >
	TAnd      // &&
	TOr       // ||
	TImpl     // ->
	TUpdate   // //
	TConcat   // ++
	TPlus     // +
	TMinus    // -
	TStar     // *
	TSlash    // /
	TNot      // !
	TQuestion // ?
	TAt       // @
	TColon    // :
	TSemi     // ;
	TComma    // ,
	TDot      // .
	TAssign   // =
	TLBrace   // {
	TRBrace   // }
	TLParen   // (
	TRParen   // )
	TLBrack   // [
	TRBrack   // ]
	TPipeFrom // <|
	TPipeInto // |>
	kindCount // must stay last
)

var kindNames = [...]string{
	TIllegal: "illegal token", TEOF: "end of file",
	TWhitespace: "whitespace", TLineComment: "comment", TBlockComment: "comment",
	TIdent: "identifier", TInt: "integer", TFloat: "float", TSearchPath: "search path", TURI: "URI",
	TStringOpen: `'"'`, TStringClose: `'"'`, TIndStringOpen: "''", TIndStringClose: "''",
	TStringText: "string text", TPathText: "path", TInterpOpen: "'${'",
	TIf: "'if'", TThen: "'then'", TElse: "'else'", TAssert: "'assert'", TWith: "'with'",
	TLet: "'let'", TIn: "'in'", TRec: "'rec'", TInherit: "'inherit'", TOrKw: "'or'",
	TEllipsis: "'...'", TEq: "'=='", TNeq: "'!='", TLeq: "'<='", TGeq: "'>='", TLt: "'<'", TGt: "'>'",
	TAnd: "'&&'", TOr: "'||'", TImpl: "'->'", TUpdate: "'//'", TConcat: "'++'", TPlus: "'+'",
	TMinus: "'-'", TStar: "'*'", TSlash: "'/'", TNot: "'!'", TQuestion: "'?'", TAt: "'@'",
	TColon: "':'", TSemi: "';'", TComma: "','", TDot: "'.'", TAssign: "'='", TLBrace: "'{'",
	TRBrace: "'}'", TLParen: "'('", TRParen: "')'", TLBrack: "'['", TRBrack: "']'",
	TPipeFrom: "'<|'", TPipeInto: "'|>'",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "unknown token"
}

// IsTrivia reports whether tokens of kind k are whitespace or comments.
func (k Kind) IsTrivia() bool {
	return k == TWhitespace || k == TLineComment || k == TBlockComment
}

// Token is one lexical unit: a kind and the half-open byte range [Pos, End)
// of the source it covers.
type Token struct {
	Kind Kind
	Pos  int32
	End  int32
}
