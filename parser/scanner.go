package parser

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/nixdock/nixdock/internal/slab"
)

// The scanner splits a whole file into tokens before parsing starts. Nix's
// lexer is context-sensitive (strings, indented strings and paths are
// scanned differently from code) but its context depends only on the
// tokens themselves, never on parser state, so scanning ahead is safe and
// lets the parser look as far ahead as it needs for free.
//
// Tokenisation follows the longest-match rule of Nix 2.8's flex lexer: at
// every position the longest candidate wins and, on a tie, the one listed
// first in the lexer (keywords before identifiers, operators before paths).

// scanState is a lexer start condition.
type scanState uint8

const (
	stInitial   scanState = iota // bottom of the stack: "}" does not pop it
	stDefault                    // inside { } or ${ }
	stString                     // inside "..."
	stIndString                  // inside ''...''
	stPath                       // after a path piece: more pieces may follow
	stPathSlash                  // after a path piece ending in "/": one must follow
)

// scanError is an error the lexer itself raises (Nix throws these from
// the lexer); it is reported when the parser reaches token tok.
type scanError struct {
	tok int
	off int
	msg string
}

type scanner struct {
	src   []byte
	toks  []Token
	stack []scanState
	errs  []scanError
	// noPath and noURI remember where the last failed PATH and URI
	// matches stopped. Every start inside such a run of path (or scheme)
	// characters stops at the same byte and fails the same way, so
	// pkgs.lib.mkOption is looked at once rather than once per dot.
	noPath, noURI int
	// next holds, for the bytes of nextBytes, the offset of the next one
	// at or after the last offset asked about (len(src) when there is
	// none): text is skipped with a vectorised search, and as the scanner
	// only moves forward each byte is searched for once over the file.
	next [len(nextBytes)]int
}

// nextBytes are the bytes the scanner searches text for: the end of a
// line comment, and what can end a run of indented-string text.
const nextBytes = "\n\r'$"

// Indexes into scanner.next.
const (
	nextLF = iota
	nextCR
	nextQuote
	nextDollar
)

// nextAt returns the offset of the first nextBytes[k] at or after j, or
// len(src).
func (s *scanner) nextAt(k, j int) int {
	if n := s.next[k]; n >= j {
		return n
	}
	n := bytes.IndexByte(s.src[j:], nextBytes[k])
	if n < 0 {
		n = len(s.src) - j
	}
	s.next[k] = j + n
	return j + n
}

// scan tokenises src. The returned tokens cover src byte for byte and end
// with a zero-width EOF token.
func scan(src []byte) ([]Token, []scanError) {
	s := &scanner{src: src, stack: make([]scanState, 1, 16), next: [len(nextBytes)]int{-1, -1, -1, -1}}
	// Real Nix code averages one token (trivia included) per five or so
	// bytes (5.4 over 6,453 files of home-manager, nixvim, nix-darwin,
	// nixos-hardware and Nix's tests); reserving one per four bytes fits
	// nearly every file without regrowing the slice, and a dense file grows
	// it once or twice.
	want := len(src)/4 + 16
	switch toks, ok := spareTokens.Get(); {
	case ok && cap(toks) >= want:
		s.toks = toks
	case ok:
		// Too small for this file: grow it, so that the tables in
		// circulation come to fit the largest files.
		s.toks = make([]Token, 0, max(want, 2*cap(toks)))
	default:
		s.toks = make([]Token, 0, want)
	}
	s.run()
	return s.toks, s.errs
}

// spareTokens holds token tables given back by File.Release. Reusing one
// saves allocating and zeroing a new table for every file of a tree; token
// tables hold no pointers, so a reused one costs the collector nothing.
var spareTokens = slab.NewSpares[[]Token](8)

// oneByte maps the bytes that are always a token by themselves to it.
var oneByte = [256]Kind{'(': TLParen, ')': TRParen, '[': TLBrack, ']': TRBrack, ';': TSemi, ',': TComma}

func (s *scanner) emit(k Kind, pos, end int) {
	s.toks = append(s.toks, Token{Kind: k, Pos: int32(pos), End: int32(end)})
}

func (s *scanner) push(st scanState) { s.stack = append(s.stack, st) }
func (s *scanner) pop() {
	if len(s.stack) > 1 {
		s.stack = s.stack[:len(s.stack)-1]
	}
}
func (s *scanner) top() scanState { return s.stack[len(s.stack)-1] }

// errorAt records a lexer error raised when the parser asks for the next
// token (the one about to be emitted).
func (s *scanner) errorAt(off int, msg string) {
	s.errs = append(s.errs, scanError{tok: len(s.toks), off: off, msg: msg})
}

func (s *scanner) run() {
	src := s.src
	i := 0
	// Nix rejects a byte-order mark like any other stray byte; it is still
	// kept as a whitespace token so the token stream stays lossless, and the
	// parser reports it.
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		s.emit(TWhitespace, 0, 3)
		i = 3
	}
	for i < len(src) {
		switch s.top() {
		case stString:
			i = s.scanString(i)
		case stIndString:
			i = s.scanIndString(i)
		case stPath, stPathSlash:
			i = s.scanPathCont(i)
		default:
			i = s.scanCodeRun(i)
		}
	}
	if st := s.top(); st == stPathSlash {
		s.errorAt(int(s.toks[len(s.toks)-1].Pos), "path has a trailing slash")
	}
	s.emit(TEOF, len(src), len(src))
}

// Character classes, looked up in a table because the scanner tests
// every byte against them.
const (
	cPath       = 1 << iota // PATH_CHAR: [a-zA-Z0-9._+-]
	cIdentStart             // [a-zA-Z_]
	cIdent                  // [a-zA-Z0-9_'-]
	cScheme                 // URI scheme: [a-zA-Z0-9+.-]
	cURI                    // URI body
	cSpace                  // [ \t\r\n]
)

var charClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		letter := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
		digit := '0' <= b && b <= '9'
		if letter || digit || b == '.' || b == '_' || b == '-' || b == '+' {
			t[c] |= cPath
		}
		if letter || b == '_' {
			t[c] |= cIdentStart
		}
		if letter || digit || b == '_' || b == '\'' || b == '-' {
			t[c] |= cIdent
		}
		if letter || digit || b == '+' || b == '-' || b == '.' {
			t[c] |= cScheme
		}
		if letter || digit || strings.IndexByte("%/?:@&=+$,-_.!~*'", b) >= 0 {
			t[c] |= cURI
		}
		if b == ' ' || b == '\t' || b == '\r' || b == '\n' {
			t[c] |= cSpace
		}
	}
	return t
}()

func isPathChar(c byte) bool   { return charClass[c]&cPath != 0 }
func isIdentStart(c byte) bool { return charClass[c]&cIdentStart != 0 }
func isIdentChar(c byte) bool  { return charClass[c]&cIdent != 0 }
func isURIChar(c byte) bool    { return charClass[c]&cURI != 0 }
func isSchemeChar(c byte) bool { return charClass[c]&cScheme != 0 }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// at returns src[i], or 0 past the end (NUL never matches a rule that
// matters here).
func (s *scanner) at(i int) byte {
	if i < len(s.src) {
		return s.src[i]
	}
	return 0
}

// pathLen is the length of the longest match of Nix's PATH rule
// (PATH_CHAR* ("/" PATH_CHAR+)+ "/"?) at i, or 0. seg is the length of a
// PATH_SEG "${" match (PATH_CHAR* "/" "${") counting only PATH_CHAR* "/",
// or 0.
func (s *scanner) pathLen(i int) (path, seg int) {
	if i < s.noPath {
		return 0, 0
	}
	j := i
	for j < len(s.src) && isPathChar(s.src[j]) {
		j++
	}
	// Scheme characters are path characters, so a URI starting in
	// [i, j) has its scheme end at j or at a "_" before it; either way it
	// needs the ":" to be at j. If it is not, no URI starts there.
	if s.at(j) != ':' {
		s.noURI = max(s.noURI, j)
	}
	if s.at(j) != '/' {
		s.noPath = j
		return 0, 0
	}
	if s.at(j+1) == '$' && s.at(j+2) == '{' {
		seg = j + 1 - i
	}
	groups := 0
	for s.at(j) == '/' && isPathChar(s.at(j+1)) {
		j += 2
		for j < len(s.src) && isPathChar(s.src[j]) {
			j++
		}
		groups++
	}
	if groups == 0 {
		return 0, seg
	}
	if s.at(j) == '/' {
		j++
	}
	return j - i, seg
}

// homePathLen is like pathLen for "~/..." (HPATH and HPATH_START "${").
func (s *scanner) homePathLen(i int) (path, seg int) {
	if s.at(i+1) != '/' {
		return 0, 0
	}
	if s.at(i+2) == '$' && s.at(i+3) == '{' {
		seg = 2
	}
	j := i + 1
	groups := 0
	for s.at(j) == '/' && isPathChar(s.at(j+1)) {
		j += 2
		for j < len(s.src) && isPathChar(s.src[j]) {
			j++
		}
		groups++
	}
	if groups == 0 {
		return 0, seg
	}
	if s.at(j) == '/' {
		j++
	}
	return j - i, seg
}

// floatLen is the length of Nix's FLOAT rule at i, or 0:
// (([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?
func (s *scanner) floatLen(i int) int {
	j := -1
	if c := s.at(i); '1' <= c && c <= '9' {
		k := i + 1
		for isDigit(s.at(k)) {
			k++
		}
		if s.at(k) == '.' {
			k++
			for isDigit(s.at(k)) {
				k++
			}
			j = k
		}
	}
	if j < 0 {
		k := i
		if s.at(k) == '0' {
			k++
		}
		if s.at(k) == '.' && isDigit(s.at(k+1)) {
			k += 2
			for isDigit(s.at(k)) {
				k++
			}
			j = k
		}
	}
	if j < 0 {
		return 0
	}
	if c := s.at(j); c == 'e' || c == 'E' {
		k := j + 1
		if c := s.at(k); c == '+' || c == '-' {
			k++
		}
		if isDigit(s.at(k)) {
			for isDigit(s.at(k)) {
				k++
			}
			j = k
		}
	}
	return j - i
}

// uriLen is the length of Nix's URI rule at i, or 0.
func (s *scanner) uriLen(i int) int {
	if i < s.noURI || !isIdentStart(s.at(i)) || s.at(i) == '_' {
		return 0
	}
	j := i + 1
	for isSchemeChar(s.at(j)) {
		j++
	}
	if s.at(j) != ':' || !isURIChar(s.at(j+1)) {
		s.noURI = j
		return 0
	}
	j++
	for j < len(s.src) && isURIChar(s.src[j]) {
		j++
	}
	return j - i
}

// searchPathLen is the length of <PATH_CHAR+ ("/" PATH_CHAR+)*>, or 0.
func (s *scanner) searchPathLen(i int) int {
	j := i + 1
	if !isPathChar(s.at(j)) {
		return 0
	}
	for {
		for isPathChar(s.at(j)) {
			j++
		}
		if s.at(j) == '/' && isPathChar(s.at(j+1)) {
			j++
			continue
		}
		break
	}
	if s.at(j) != '>' {
		return 0
	}
	return j + 1 - i
}

// keyword returns the keyword kind of an identifier, or TIdent.
func keyword(b []byte) Kind {
	switch string(b) {
	case "if":
		return TIf
	case "then":
		return TThen
	case "else":
		return TElse
	case "assert":
		return TAssert
	case "with":
		return TWith
	case "let":
		return TLet
	case "in":
		return TIn
	case "rec":
		return TRec
	case "inherit":
		return TInherit
	case "or":
		return TOrKw
	}
	return TIdent
}

// best keeps the longest candidate; on a tie the earlier (stronger) one
// stays, which is why callers offer candidates in the lexer's rule order.
type best struct {
	kind Kind
	n    int
	path int // 0: not a path; 1: PATH/HPATH; 2: PATH_SEG/HPATH_START before "${"
	seg  int // length of the path piece to emit when path == 2
}

func (b *best) offer(k Kind, n int) {
	if n > b.n {
		b.kind, b.n, b.path = k, n, 0
	}
}

func (b *best) offerPath(n, seg int) {
	// A PATH_SEG "${" match is seg+2 bytes long, though only seg of them
	// form the path piece. The rule comes before PATH in the lexer.
	if seg > 0 && seg+2 > b.n {
		b.kind, b.n, b.path, b.seg = TPathText, seg+2, 2, seg
	}
	if n > b.n {
		b.kind, b.n, b.path = TPathText, n, 1
	}
}

// scanCodeRun scans tokens of code from i for as long as the scanner stays
// in code, and returns where it stopped. Whitespace, names and the bytes
// that are always a token by themselves are most of the tokens of real
// code; they are taken in this loop, with the token table in a local
// variable, before anything that needs scanCode's longest-match
// bookkeeping. Whatever else is met goes to scanCode and scanNameOrPath, with
// the table handed back and forth.
func (s *scanner) scanCodeRun(i int) int {
	src := s.src
	toks := s.toks
	for i < len(src) {
		c := src[i]
		switch cls := charClass[c]; {
		case cls&cSpace != 0:
			j := i + 1
			for j < len(src) && charClass[src[j]]&cSpace != 0 {
				j++
			}
			toks = append(toks, Token{Kind: TWhitespace, Pos: int32(i), End: int32(j)})
			i = j
			continue
		case cls&cIdentStart != 0:
			j := i + 1
			for j < len(src) && isIdentChar(src[j]) {
				j++
			}
			if j < len(src) {
				switch src[j] {
				case '/', '.', '+', ':':
					// Unless i is inside a run already known to be
					// neither (the b of a.b.c), perhaps a path or URI.
					if i >= s.noPath || i >= s.noURI {
						s.toks = toks
						i = s.scanNameOrPath(i, j)
						toks = s.toks
						if s.top() > stDefault {
							return i
						}
						continue
					}
				}
			}
			toks = append(toks, Token{Kind: keyword(src[i:j]), Pos: int32(i), End: int32(j)})
			i = j
			continue
		}
		if k := oneByte[c]; k != TIllegal {
			toks = append(toks, Token{Kind: k, Pos: int32(i), End: int32(i + 1)})
			i++
			continue
		}
		// The commonest of the rest, where nothing longer can start: what
		// scanCode would find, without its longest-match bookkeeping.
		switch c {
		case '=':
			if i+1 < len(src) && src[i+1] != '=' {
				toks = append(toks, Token{Kind: TAssign, Pos: int32(i), End: int32(i + 1)})
				i++
				continue
			}
		case '.':
			// a.b: inside a run already known not to be a path (so no
			// PATH from here), and a name next, so neither "..." nor a
			// float.
			if i < s.noPath && i+1 < len(src) && charClass[src[i+1]]&cIdentStart != 0 {
				toks = append(toks, Token{Kind: TDot, Pos: int32(i), End: int32(i + 1)})
				i++
				continue
			}
		case '{':
			toks = append(toks, Token{Kind: TLBrace, Pos: int32(i), End: int32(i + 1)})
			s.push(stDefault)
			i++
			continue
		case '}':
			toks = append(toks, Token{Kind: TRBrace, Pos: int32(i), End: int32(i + 1)})
			if s.top() != stInitial {
				s.pop()
			}
			i++
			if s.top() > stDefault { // the end of an interpolation
				s.toks = toks
				return i
			}
			continue
		case '"':
			toks = append(toks, Token{Kind: TStringOpen, Pos: int32(i), End: int32(i + 1)})
			s.push(stString)
			s.toks = toks
			return i + 1
		}
		s.toks = toks
		i = s.scanCode(i)
		toks = s.toks
		if s.top() > stDefault {
			return i
		}
	}
	s.toks = toks
	return i
}

// scanNameOrPath scans a token at i that starts as the name src[i:j] and
// that a path or URI may extend: the name is followed by "/", ".", "+" or
// ":", and i is not inside a run already known to be neither.
func (s *scanner) scanNameOrPath(i, j int) int {
	b := best{kind: keyword(s.src[i:j]), n: j - i}
	b.offerPath(s.pathLen(i))
	b.offer(TURI, s.uriLen(i))
	return s.emitBest(i, b)
}

// scanCode scans one token in code (INITIAL or DEFAULT) at i, other than
// whitespace and names.
func (s *scanner) scanCode(i int) int {
	src := s.src
	c := src[i]
	var b best
	switch {
	case c == '#':
		j := min(s.nextAt(nextLF, i+1), s.nextAt(nextCR, i+1))
		s.emit(TLineComment, i, j)
		return j
	case isDigit(c):
		j := i + 1
		for j < len(src) && isDigit(src[j]) {
			j++
		}
		b.offer(TInt, j-i)
		if c := s.at(j); c == '.' || c == '/' || isPathChar(c) {
			b.offer(TFloat, s.floatLen(i))
			b.offerPath(s.pathLen(i))
		}
	default:
		switch c {
		case '.':
			if s.at(i+1) == '.' && s.at(i+2) == '.' {
				b.offer(TEllipsis, 3)
			}
			b.offer(TFloat, s.floatLen(i))
			b.offerPath(s.pathLen(i))
			b.offer(TDot, 1)
		case '-':
			if s.at(i+1) == '>' {
				b.offer(TImpl, 2)
			}
			b.offerPath(s.pathLen(i))
			b.offer(TMinus, 1)
		case '+':
			if s.at(i+1) == '+' {
				b.offer(TConcat, 2)
			}
			b.offerPath(s.pathLen(i))
			b.offer(TPlus, 1)
		case '/':
			if s.at(i+1) == '/' {
				b.offer(TUpdate, 2)
			}
			b.offerPath(s.pathLen(i))
			if s.at(i+1) == '*' {
				if n := s.blockCommentLen(i); n > b.n {
					s.emit(TBlockComment, i, i+n)
					return i + n
				}
			}
			b.offer(TSlash, 1)
		case '~':
			b.offerPath(s.homePathLen(i))
			b.offer(TIllegal, 1)
		case '<':
			if s.at(i+1) == '=' {
				b.offer(TLeq, 2)
			}
			if s.at(i+1) == '|' {
				b.offer(TPipeFrom, 2)
			}
			b.offer(TSearchPath, s.searchPathLen(i))
			b.offer(TLt, 1)
		case '>':
			if s.at(i+1) == '=' {
				b.offer(TGeq, 2)
			}
			b.offer(TGt, 1)
		case '=':
			if s.at(i+1) == '=' {
				b.offer(TEq, 2)
			}
			b.offer(TAssign, 1)
		case '!':
			if s.at(i+1) == '=' {
				b.offer(TNeq, 2)
			}
			b.offer(TNot, 1)
		case '&':
			if s.at(i+1) == '&' {
				b.offer(TAnd, 2)
			}
			b.offer(TIllegal, 1)
		case '|':
			if s.at(i+1) == '|' {
				b.offer(TOr, 2)
			}
			if s.at(i+1) == '>' {
				b.offer(TPipeInto, 2)
			}
			b.offer(TIllegal, 1)
		case '$':
			if s.at(i+1) == '{' {
				s.emit(TInterpOpen, i, i+2)
				s.push(stDefault)
				return i + 2
			}
			b.offer(TIllegal, 1)
		case '{':
			s.emit(TLBrace, i, i+1)
			s.push(stDefault)
			return i + 1
		case '}':
			s.emit(TRBrace, i, i+1)
			if s.top() != stInitial {
				s.pop()
			}
			return i + 1
		case '"':
			s.emit(TStringOpen, i, i+1)
			s.push(stString)
			return i + 1
		case '\'':
			if s.at(i+1) == '\'' {
				s.emit(TIndStringOpen, i, i+2)
				s.push(stIndString)
				// Spaces and a line break right after the opening quotes
				// belong to the opening token in Nix and are dropped from
				// the string; they are kept here as trivia.
				j := i + 2
				for s.at(j) == ' ' {
					j++
				}
				if s.at(j) == '\n' {
					s.emit(TWhitespace, i+2, j+1)
					return j + 1
				}
				return i + 2
			}
			b.offer(TIllegal, 1)
		case '(', ')', '[', ']', ';', ',':
			// Never the start of anything longer.
			s.emit(oneByte[c], i, i+1)
			return i + 1
		case ':':
			b.offer(TColon, 1)
		case '@':
			b.offer(TAt, 1)
		case '?':
			b.offer(TQuestion, 1)
		case '*':
			b.offer(TStar, 1)
		default:
			// Any other byte is a token of its own that no grammar rule
			// accepts. A whole UTF-8 sequence is kept together so that
			// error messages can quote the character.
			_, n := utf8.DecodeRune(src[i:])
			b.offer(TIllegal, n)
		}
	}
	return s.emitBest(i, b)
}

// emitBest emits the longest match b found at i, and enters a path's state
// if it is one.
func (s *scanner) emitBest(i int, b best) int {
	src := s.src
	switch b.path {
	case 1:
		s.emit(TPathText, i, i+b.n)
		if src[i+b.n-1] == '/' {
			s.push(stPathSlash)
		} else {
			s.push(stPath)
		}
	case 2:
		s.emit(TPathText, i, i+b.seg)
		s.push(stPathSlash)
		return i + b.seg
	default:
		s.emit(b.kind, i, i+b.n)
	}
	return i + b.n
}

// blockCommentLen is the length of a /* ... */ comment at i, or 0 when it
// is not closed.
func (s *scanner) blockCommentLen(i int) int {
	src := s.src
	for j := i + 2; j+1 < len(src); j++ {
		if src[j] == '*' && src[j+1] == '/' {
			return j + 2 - i
		}
	}
	return 0
}

// scanPathCont scans the continuation of a path: more literal text, an
// interpolation, or the end of the path.
func (s *scanner) scanPathCont(i int) int {
	src := s.src
	if src[i] == '$' && s.at(i+1) == '{' {
		s.stack[len(s.stack)-1] = stPath
		s.emit(TInterpOpen, i, i+2)
		s.push(stDefault)
		return i + 2
	}
	// The union of PATH, PATH_SEG and PATH_CHAR+ is
	// PATH_CHAR* ("/" PATH_CHAR+)* "/"?, non-empty.
	j := i
	for j < len(src) && isPathChar(src[j]) {
		j++
	}
	for s.at(j) == '/' && isPathChar(s.at(j+1)) {
		j += 2
		for j < len(src) && isPathChar(src[j]) {
			j++
		}
	}
	if s.at(j) == '/' {
		j++
	}
	if j > i {
		s.emit(TPathText, i, j)
		if src[j-1] == '/' {
			s.stack[len(s.stack)-1] = stPathSlash
		} else {
			s.stack[len(s.stack)-1] = stPath
		}
		return j
	}
	if s.top() == stPathSlash {
		s.errorAt(int(s.toks[len(s.toks)-1].Pos), "path has a trailing slash")
	}
	s.pop()
	return i
}

// scanString scans the text of a "..." string up to its end, an
// interpolation or the closing quote.
func (s *scanner) scanString(i int) int {
	src := s.src
	j := i
loop:
	for j < len(src) {
		switch src[j] {
		case '"':
			break loop
		case '\\':
			j += 2
		case '$':
			switch s.at(j + 1) {
			case '{':
				break loop
			case '\\':
				j += 3
			default: // "$$" and "$x" are literal; a "$" before '"' too
				if s.at(j+1) == '"' {
					j++
				} else {
					j += 2
				}
			}
		default:
			j++
		}
	}
	if j > len(src) {
		j = len(src)
	}
	if j > i {
		s.emit(TStringText, i, j)
		return j
	}
	if src[j] == '"' {
		s.emit(TStringClose, j, j+1)
		s.pop()
		return j + 1
	}
	s.emit(TInterpOpen, j, j+2)
	s.push(stDefault)
	return j + 2
}

// scanIndString scans the text of an indented string up to its end, an
// interpolation or the closing quotes.
func (s *scanner) scanIndString(i int) int {
	src := s.src
	j := i
	for j < len(src) {
		if c := src[j]; c != '\'' && c != '$' {
			// Plain text: only ' and $ can start anything else.
			j = min(s.nextAt(nextQuote, j), s.nextAt(nextDollar, j))
			continue
		}
		if n, kind := s.indUnit(j); kind == indText || kind == indEscape {
			j += n
			continue
		}
		break
	}
	if j > i {
		s.emit(TStringText, i, j)
		return j
	}
	_, kind := s.indUnit(j)
	if kind == indClose {
		s.emit(TIndStringClose, j, j+2)
		s.pop()
		return j + 2
	}
	s.emit(TInterpOpen, j, j+2)
	s.push(stDefault)
	return j + 2
}

type indKind uint8

const (
	indText   indKind = iota // ordinary text
	indEscape                // ''$ ''' ''\x, or a lone ' or $ (no indentation)
	indClose                 // ''
	indInterp                // ${
)

// indUnit classifies the indented-string input at j (j < len(src)) the way
// Nix 2.8's IND_STRING rules do, returning the length of the unit. A run
// of indText units forms one IND_STR token with indentation; each
// indEscape is an IND_STR token of its own without.
func (s *scanner) indUnit(j int) (int, indKind) {
	switch s.src[j] {
	case '\'':
		if s.at(j+1) == '\'' && j+1 < len(s.src) {
			switch {
			case j+2 < len(s.src) && (s.src[j+2] == '\'' || s.src[j+2] == '$'):
				return 3, indEscape
			case j+3 < len(s.src) && s.src[j+2] == '\\':
				return 4, indEscape
			}
			return 2, indClose
		}
		if j+1 < len(s.src) && s.src[j+1] != '$' {
			return 2, indText
		}
		return 1, indEscape
	case '$':
		if j+1 < len(s.src) {
			switch s.src[j+1] {
			case '{':
				return 2, indInterp
			case '\'':
				return 1, indEscape
			}
			return 2, indText
		}
		return 1, indEscape
	}
	return 1, indText
}
