package parser

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// The parser is a recursive-descent parser with precedence climbing for
// the operators. It mirrors the grammar of Nix 2.8's parser.y: the levels
// expr_function (lambdas, let, with, assert), expr_if, expr_op (operators),
// expr_app (application), expr_select (a.b or c) and expr_simple (atoms),
// so that the same inputs are accepted and rejected.

// bailout is panicked with to unwind the parser at the first error; Nix
// stops at its first error too.
type bailout struct{}

type parser struct {
	f     *File
	src   []byte
	str   string // a copy of src: names and literal text are substrings of it
	toks  []Token
	errs  []scanError
	mode  Mode
	i     int  // index of the current (non-trivia) token
	tok   Kind // kind of the current token
	pos   int  // offset of the current token
	depth int
	err   *Error
	*nodeAlloc
	scratch
}

func (p *parser) init(f *File, toks []Token, errs []scanError, mode Mode) {
	p.f, p.src, p.toks, p.errs, p.mode = f, f.Src, toks, errs, mode
	// The source, viewed as a string, serves every identifier and literal
	// without an allocation for each, and without copying the file: names
	// share its memory, which is why ParseFile's caller must not modify src.
	p.str = unsafe.String(unsafe.SliceData(f.Src), len(f.Src))
	p.i = -1
	p.next()
}

// next advances to the next non-trivia token, reporting any lexer error
// raised on the way (Nix raises those when its parser asks for a token).
func (p *parser) next() {
	toks := p.toks
	i := p.i + 1
	for toks[i].Kind.IsTrivia() {
		i++
	}
	if len(p.errs) > 0 && p.errs[0].tok <= i {
		e := p.errs[0]
		p.errorAt(e.off, e.msg)
	}
	t := toks[i]
	p.i, p.tok, p.pos = i, t.Kind, int(t.Pos)
}

// peek returns the kind of the n-th non-trivia token after the current one.
func (p *parser) peek(n int) Kind {
	i := p.i
	for n > 0 && p.toks[i].Kind != TEOF {
		i++
		for p.toks[i].Kind.IsTrivia() {
			i++
		}
		n--
	}
	return p.toks[i].Kind
}

func (p *parser) text() string {
	t := p.toks[p.i]
	return p.str[t.Pos:t.End]
}

func (p *parser) errorAt(off int, msg string) {
	p.err = &Error{Pos: p.f.Position(off), Msg: msg}
	panic(bailout{})
}

// describe names the current token for an error message.
func (p *parser) describe() string {
	t := p.toks[p.i]
	switch t.Kind {
	case TIdent, TInt, TFloat, TURI, TSearchPath:
		return fmt.Sprintf("%s %s", t.Kind, strconv.Quote(string(p.src[t.Pos:t.End])))
	case TPathText:
		return fmt.Sprintf("path %s", strconv.Quote(string(p.src[t.Pos:t.End])))
	case TIllegal:
		b := p.src[t.Pos:t.End]
		if r, _ := utf8.DecodeRune(b); r == utf8.RuneError && len(b) == 1 {
			return fmt.Sprintf("invalid byte 0x%02x", b[0])
		}
		return fmt.Sprintf("invalid character %q", string(b))
	}
	return t.Kind.String()
}

func (p *parser) unexpected(expecting string) {
	msg := "syntax error: unexpected " + p.describe()
	if expecting != "" {
		msg += ", expecting " + expecting
	}
	p.errorAt(p.pos, msg)
}

// expect consumes a token of kind k and returns its offset.
func (p *parser) expect(k Kind) int {
	if p.tok != k {
		p.unexpected(k.String())
	}
	pos := p.pos
	p.next()
	return pos
}

func (p *parser) enter() {
	p.depth++
	if p.depth > MaxDepth {
		p.errorAt(p.pos, fmt.Sprintf("syntax error: expression nested more than %d levels deep", MaxDepth))
	}
}

func (p *parser) leave() { p.depth-- }

// parseFile parses the whole input: one expression and the end of file.
func (p *parser) parseFile() Expr {
	if p.toks[0].Kind == TWhitespace && bytes.HasPrefix(p.src, []byte("\xef\xbb\xbf")) {
		p.errorAt(0, "syntax error: unexpected byte-order mark (Nix does not accept one)")
	}
	x := p.parseExpr()
	if p.tok != TEOF {
		p.unexpected("end of file")
	}
	return x
}

// parseExpr parses expr_function: lambdas, let/in, with, assert, and
// below them if/then/else and the operators.
func (p *parser) parseExpr() Expr {
	p.enter()
	defer p.leave()
	switch p.tok {
	case TIdent:
		switch p.peek(1) {
		case TColon:
			param := p.ident()
			colon := p.expect(TColon)
			return p.lambdas.New(Lambda{Param: param, At: NoPos, Colon: colon, Body: p.parseExpr()})
		case TAt:
			param := p.ident()
			at := p.expect(TAt)
			if p.tok != TLBrace {
				p.unexpected("'{'")
			}
			formals := p.parseFormals()
			colon := p.expect(TColon)
			return p.lambdas.New(Lambda{Param: param, Formals: formals, At: at, ParamFirst: true, Colon: colon, Body: p.parseExpr()})
		}
	case TLBrace:
		if p.isFormals() {
			formals := p.parseFormals()
			l := p.lambdas.New(Lambda{Formals: formals, At: NoPos})
			if p.tok == TAt {
				l.At = p.pos
				p.next()
				if p.tok != TIdent {
					p.unexpected("identifier")
				}
				l.Param = p.ident()
			} else if p.tok != TColon {
				p.unexpected("':' or '@'")
			}
			l.Colon = p.expect(TColon)
			l.Body = p.parseExpr()
			return l
		}
	case TAssert:
		a := &Assert{Assert: p.pos}
		p.next()
		a.Cond = p.parseExpr()
		a.Semi = p.expect(TSemi)
		a.Body = p.parseExpr()
		return a
	case TWith:
		w := p.withs.New(With{With: p.pos})
		p.next()
		w.Scope = p.parseExpr()
		w.Semi = p.expect(TSemi)
		w.Body = p.parseExpr()
		return w
	case TLet:
		if p.peek(1) != TLBrace {
			l := p.lets.New(LetIn{Let: p.pos})
			p.next()
			l.Bindings = p.parseBindings(TIn)
			for _, b := range l.Bindings {
				if a, ok := b.(*Attr); ok && !p.staticName(a.Path.Names[0]) {
					p.errorAt(l.Let, "dynamic attributes not allowed in let")
				}
			}
			l.In = p.expect(TIn)
			l.Body = p.parseExpr()
			return l
		}
	case TIf:
		x := p.ifs.New(If{If: p.pos})
		p.next()
		x.Cond = p.parseExpr()
		x.ThenPos = p.expect(TThen)
		x.Then = p.parseExpr()
		x.ElsePos = p.expect(TElse)
		x.Else = p.parseExpr()
		return x
	}
	return p.parsePipe()
}

// isFormals decides, at a "{", between a formals pattern and an attribute
// set by looking at the next token or two (Nix's GLR parser explores both).
func (p *parser) isFormals() bool {
	switch p.peek(1) {
	case TRBrace:
		k := p.peek(2)
		return k == TColon || k == TAt
	case TEllipsis:
		return true
	case TIdent:
		k := p.peek(2)
		return k == TComma || k == TQuestion || k == TRBrace
	}
	return false
}

func (p *parser) ident() *Ident {
	id := p.idents.Alloc()
	id.NamePos, id.Name = p.pos, p.text()
	p.next()
	return id
}

// parseFormals parses { a, b ? e, ... } starting at "{".
func (p *parser) parseFormals() *Formals {
	fs := p.formalss.New(Formals{LBrace: p.pos, Ellipsis: NoPos})
	p.next()
	start := len(p.fms)
	done := func() *Formals {
		fs.List = p.fmBuf.Copy(p.fms[start:])
		p.fms = p.fms[:start]
		return fs
	}
	for {
		switch p.tok {
		case TRBrace:
			fs.RBrace = p.pos
			p.next()
			return done()
		case TEllipsis:
			fs.Ellipsis = p.pos
			p.next()
			fs.RBrace = p.expect(TRBrace)
			return done()
		case TIdent:
			fm := p.formals.New(Formal{Name: p.ident(), Question: NoPos})
			if p.tok == TQuestion {
				fm.Question = p.pos
				p.next()
				fm.Default = p.parseExpr()
			}
			p.fms = append(p.fms, fm)
			switch p.tok {
			case TComma:
				p.next()
			case TRBrace:
			default:
				p.unexpected("',' or '}'")
			}
		default:
			p.unexpected("identifier, '...' or '}'")
		}
	}
}

// parsePipe parses the pipe operators, which sit below all other operators
// and do not mix with each other (Nix's pipe-operators feature).
func (p *parser) parsePipe() Expr {
	x := p.parseOp(1)
	if p.tok != TPipeInto && p.tok != TPipeFrom {
		return x
	}
	if p.mode&PipeOperators == 0 {
		p.errorAt(p.pos, fmt.Sprintf("syntax error: unexpected %s: %s", p.tok, PipeOperatorsOff))
	}
	op := p.tok
	if op == TPipeInto { // left-associative
		for p.tok == TPipeInto {
			pos := p.pos
			p.next()
			p.enter()
			y := p.parseOp(1)
			p.leave()
			x = p.binaries.New(Binary{X: x, OpPos: pos, Op: TPipeInto, Y: y})
		}
	} else { // right-associative
		pos := p.pos
		p.next()
		p.enter()
		y := p.parsePipeFrom()
		p.leave()
		x = p.binaries.New(Binary{X: x, OpPos: pos, Op: TPipeFrom, Y: y})
	}
	if p.tok == TPipeInto || p.tok == TPipeFrom {
		p.unexpected("end of expression ('<|' and '|>' cannot be mixed without parentheses)")
	}
	return x
}

func (p *parser) parsePipeFrom() Expr {
	x := p.parseOp(1)
	if p.tok == TPipeFrom {
		pos := p.pos
		p.next()
		p.enter()
		y := p.parsePipeFrom()
		p.leave()
		return p.binaries.New(Binary{X: x, OpPos: pos, Op: TPipeFrom, Y: y})
	}
	return x
}

// Operator precedence levels, loosest first, as in parser.y.
const (
	precImpl    = 1 + iota // -> (right)
	precOr                 // || (left)
	precAnd                // && (left)
	precEq                 // == != (non-associative)
	precCmp                // < > <= >= (non-associative)
	precUpdate             // // (right)
	precNot                // prefix !
	precAdd                // + - (left)
	precMul                // * / (left)
	precConcat             // ++ (right)
	precHasAttr            // ? (postfix, takes an attribute path)
	precNeg                // prefix -
)

// binaryPrec returns the precedence of a binary operator token, or 0.
func binaryPrec(k Kind) int {
	switch k {
	case TImpl:
		return precImpl
	case TOr:
		return precOr
	case TAnd:
		return precAnd
	case TEq, TNeq:
		return precEq
	case TLt, TGt, TLeq, TGeq:
		return precCmp
	case TUpdate:
		return precUpdate
	case TPlus, TMinus:
		return precAdd
	case TStar, TSlash:
		return precMul
	case TConcat:
		return precConcat
	case TQuestion:
		return precHasAttr
	}
	return 0
}

// parseOp parses expr_op: operators binding at least as tightly as
// minPrec, by precedence climbing.
func (p *parser) parseOp(minPrec int) Expr {
	var x Expr
	switch p.tok {
	case TNot:
		// A prefix operator takes as its operand everything that binds
		// more tightly than itself: !a + b is !(a + b), !a == b is
		// (!a) == b.
		pos := p.pos
		p.next()
		p.enter()
		x = p.unaries.New(Unary{OpPos: pos, Op: TNot, X: p.parseOp(precNot + 1)})
		p.leave()
	case TMinus:
		pos := p.pos
		p.next()
		p.enter()
		x = p.unaries.New(Unary{OpPos: pos, Op: TMinus, X: p.parseOp(precNeg + 1)})
		p.leave()
	default:
		x = p.parseApp()
	}
	nonAssoc := 0 // level of the non-associative operator just built
	for {
		op := p.tok
		prec := binaryPrec(op)
		if prec == 0 || prec < minPrec {
			return x
		}
		if prec == nonAssoc {
			p.errorAt(p.pos, fmt.Sprintf("syntax error: unexpected %s (comparison operators do not chain; add parentheses)", p.describe()))
		}
		pos := p.pos
		p.next()
		if op == TQuestion {
			x = p.hasAttrs.New(HasAttr{X: x, Question: pos, Path: p.parseAttrPath()})
			nonAssoc = 0
			continue
		}
		next := prec + 1
		if op == TImpl || op == TUpdate || op == TConcat {
			next = prec
		}
		p.enter()
		y := p.parseOp(next)
		p.leave()
		b := p.binaries.Alloc()
		*b = Binary{X: x, OpPos: pos, Op: op, Y: y}
		x = b
		nonAssoc = 0
		if prec == precEq || prec == precCmp {
			nonAssoc = prec
		}
	}
}

// startsSimple reports whether a token can start an expr_simple, that is,
// an argument of a function application or a list element.
func startsSimple(k Kind) bool {
	switch k {
	case TIdent, TInt, TFloat, TStringOpen, TIndStringOpen, TPathText, TSearchPath,
		TURI, TLParen, TLet, TRec, TLBrace, TLBrack:
		return true
	}
	return false
}

// parseApp parses expr_app: a function applied to arguments.
func (p *parser) parseApp() Expr {
	x := p.parseSelect()
	for startsSimple(p.tok) {
		arg := p.parseSelect()
		a := p.applies.Alloc()
		a.Fun, a.Arg = x, arg
		x = a
	}
	return x
}

// parseSelect parses expr_select: a.b.c, a.b or default, and the old
// "f or" form, where "or" is a variable passed to f.
func (p *parser) parseSelect() Expr {
	x := p.parsePrimary()
	switch p.tok {
	case TDot:
		s := p.selects.Alloc()
		*s = Select{X: x, Dot: p.pos, OrKw: NoPos}
		p.next()
		s.Path = p.parseAttrPath()
		if p.tok == TOrKw {
			s.OrKw = p.pos
			p.next()
			p.enter()
			s.Default = p.parseSelect()
			p.leave()
		}
		return s
	case TOrKw:
		arg := p.idents.New(Ident{NamePos: p.pos, Name: "or"})
		p.next()
		return p.applies.New(Apply{Fun: x, Arg: arg})
	}
	return x
}

// parsePrimary parses expr_simple.
func (p *parser) parsePrimary() Expr {
	switch p.tok {
	case TIdent:
		return p.ident()
	case TInt:
		raw := p.text()
		v, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			p.errorAt(p.pos, fmt.Sprintf("invalid integer '%s'", raw))
		}
		x := p.ints.New(Int{ValuePos: p.pos, Raw: raw, Value: v})
		p.next()
		return x
	case TFloat:
		raw := p.text()
		v, ok := parseFloat(raw)
		if !ok {
			p.errorAt(p.pos, fmt.Sprintf("invalid float '%s'", raw))
		}
		x := &Float{ValuePos: p.pos, Raw: raw, Value: v}
		p.next()
		return x
	case TStringOpen:
		return p.parseString()
	case TIndStringOpen:
		return p.parseIndString()
	case TPathText:
		return p.parsePath()
	case TSearchPath:
		t := p.toks[p.i]
		x := &SearchPath{LAngle: int(t.Pos), Path: string(p.src[t.Pos+1 : t.End-1]), RAngle: int(t.End) - 1}
		p.next()
		return x
	case TURI:
		x := &URI{URIPos: p.pos, Value: p.text()}
		p.next()
		return x
	case TLParen:
		x := p.parens.New(Paren{LParen: p.pos})
		p.next()
		x.X = p.parseExpr()
		x.RParen = p.expect(TRParen)
		return x
	case TLet:
		x := &LegacyLet{Let: p.pos}
		p.next()
		x.LBrace = p.expect(TLBrace)
		x.Bindings = p.parseBindings(TRBrace)
		x.RBrace = p.expect(TRBrace)
		return x
	case TRec:
		x := p.sets.New(AttrSet{Rec: p.pos})
		p.next()
		x.LBrace = p.expect(TLBrace)
		x.Bindings = p.parseBindings(TRBrace)
		x.RBrace = p.expect(TRBrace)
		return x
	case TLBrace:
		x := p.sets.New(AttrSet{Rec: NoPos, LBrace: p.pos})
		p.next()
		x.Bindings = p.parseBindings(TRBrace)
		x.RBrace = p.expect(TRBrace)
		return x
	case TLBrack:
		p.enter()
		x := p.lists.New(List{LBrack: p.pos})
		p.next()
		start := len(p.exprs)
		for startsSimple(p.tok) {
			e := p.parseSelect()
			p.exprs = append(p.exprs, e)
		}
		x.Elems = p.exprBuf.Copy(p.exprs[start:])
		p.exprs = p.exprs[:start]
		x.RBrack = p.expect(TRBrack)
		p.leave()
		return x
	}
	p.unexpected("expression")
	return nil
}

// parseFloat converts a float literal as C's strtod does for Nix, which
// rejects values that overflow or underflow (ERANGE).
func parseFloat(raw string) (float64, bool) {
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return 0, false
	}
	if a := math.Abs(v); a < 0x1p-1022 {
		// Zero is fine only when every digit of the mantissa is zero.
		if a != 0 || strings.ContainsAny(mantissa(raw), "123456789") {
			return 0, false
		}
	}
	return v, true
}

func mantissa(raw string) string {
	if i := strings.IndexAny(raw, "eE"); i >= 0 {
		return raw[:i]
	}
	return raw
}

// parseBindings parses the bindings of a set or let up to (not including)
// the token close.
func (p *parser) parseBindings(close Kind) []Binding {
	start := len(p.binds)
	for {
		switch p.tok {
		case close:
			bs := p.bindBuf.Copy(p.binds[start:])
			p.binds = p.binds[:start]
			return bs
		case TInherit:
			in := p.parseInherit()
			p.binds = append(p.binds, in)
		case TIdent, TOrKw, TStringOpen, TInterpOpen:
			path := p.parseAttrPath()
			a := p.attrs.Alloc()
			a.Path = path
			a.Assign = p.expect(TAssign)
			a.Value = p.parseExpr()
			a.Semi = p.expect(TSemi)
			p.binds = append(p.binds, a)
		default:
			if close == TIn {
				p.unexpected("attribute name, 'inherit' or 'in'")
			}
			p.unexpected("attribute name, 'inherit' or '}'")
		}
	}
}

func (p *parser) parseInherit() *Inherit {
	in := p.inherits.New(Inherit{Inherit: p.pos, LParen: NoPos, RParen: NoPos})
	p.next()
	if p.tok == TLParen {
		in.LParen = p.pos
		p.next()
		in.From = p.parseExpr()
		in.RParen = p.expect(TRParen)
	}
	start := len(p.names)
	for {
		switch p.tok {
		case TSemi:
			in.Semi = p.pos
			p.next()
			in.Names = p.nameBuf.Copy(p.names[start:])
			p.names = p.names[:start]
			return in
		case TIdent, TOrKw, TStringOpen, TInterpOpen:
			n := p.parseAttrName()
			if !p.staticName(n) {
				p.errorAt(n.Pos(), "dynamic attributes not allowed in inherit")
			}
			p.names = append(p.names, n)
		default:
			p.unexpected("attribute name or ';'")
		}
	}
}

// staticName reports whether Nix's parser sees an attribute name as
// static: a plain name, a string without interpolation, or ${e} where e
// is such a string.
func (p *parser) staticName(n AttrName) bool {
	switch n := n.(type) {
	case *Ident:
		return true
	case *String:
		return p.literalString(n)
	case *Interp:
		if s, ok := Unparen(n.X).(*String); ok {
			return p.literalString(s)
		}
	}
	return false
}

// literalString reports whether Nix's parser turns s into a plain string
// constant rather than a concatenation.
func (p *parser) literalString(s *String) bool {
	for _, part := range s.Parts {
		if _, ok := part.(*Interp); ok {
			return false
		}
	}
	if !s.Indented || len(s.Parts) == 0 {
		return true
	}
	var arr [4]indPiece
	n := 0
	for _, part := range s.Parts {
		n += len(indPieces(part.(*StrText).Raw, arr[:0]))
	}
	return n <= 1
}

func (p *parser) parseAttrPath() *AttrPath {
	start := len(p.names)
	n := p.parseAttrName()
	p.names = append(p.names, n)
	for p.tok == TDot {
		p.next()
		n := p.parseAttrName()
		p.names = append(p.names, n)
	}
	ap := p.paths.Alloc()
	ap.Names = p.nameBuf.Copy(p.names[start:])
	p.names = p.names[:start]
	return ap
}

func (p *parser) parseAttrName() AttrName {
	switch p.tok {
	case TIdent:
		return p.ident()
	case TOrKw:
		id := p.idents.New(Ident{NamePos: p.pos, Name: "or"})
		p.next()
		return id
	case TStringOpen:
		return p.parseString()
	case TInterpOpen:
		return p.parseInterp()
	}
	p.unexpected("attribute name")
	return nil
}

// parseInterp parses ${ e } starting at "${".
func (p *parser) parseInterp() *Interp {
	x := p.interps.Alloc()
	x.Dollar = p.pos
	p.next()
	x.X = p.parseExpr()
	x.RBrace = p.expect(TRBrace)
	return x
}

// parseString parses "..." starting at the opening quote.
func (p *parser) parseString() *String {
	s := p.strs.Alloc()
	s.Open = p.pos
	p.next()
	start := len(p.parts)
	for {
		switch p.tok {
		case TStringText:
			raw := p.text()
			t := p.texts.Alloc()
			*t = StrText{TextPos: p.pos, Raw: raw, kind: quotedText}
			p.parts = append(p.parts, t)
			p.next()
		case TInterpOpen:
			x := p.parseInterp()
			p.parts = append(p.parts, x)
		case TStringClose:
			s.Close = p.pos
			p.next()
			s.Parts = p.partBuf.Copy(p.parts[start:])
			p.parts = p.parts[:start]
			return s
		default:
			p.unexpected(`'"'`)
		}
	}
}

// parseIndString parses ”...” starting at the opening quotes.
func (p *parser) parseIndString() *String {
	s := p.strs.Alloc()
	s.Open, s.Indented = p.pos, true
	p.next()
	start := len(p.parts)
	for {
		switch p.tok {
		case TStringText:
			t := p.texts.Alloc()
			t.TextPos, t.Raw = p.pos, p.text()
			p.parts = append(p.parts, t)
			p.next()
		case TInterpOpen:
			x := p.parseInterp()
			p.parts = append(p.parts, x)
		case TIndStringClose:
			s.Close = p.pos
			p.next()
			s.Parts = p.partBuf.Copy(p.parts[start:])
			p.parts = p.parts[:start]
			markIndented(s.Parts)
			return s
		default:
			p.unexpected("''")
		}
	}
}

// parsePath parses a path literal and its interpolated pieces. A piece
// continues the path only when it directly follows the previous one; the
// scanner only produces such pieces inside a path.
func (p *parser) parsePath() *Path {
	x := p.pathLits.New(Path{PathPos: p.pos})
	switch p.src[p.pos] {
	case '/':
		x.Kind = AbsPath
	case '~':
		x.Kind = HomePath
	default:
		x.Kind = RelPath
	}
	start := len(p.parts)
	for {
		var part StrPart
		if p.tok == TPathText {
			part = p.texts.New(StrText{TextPos: p.pos, Raw: p.text()})
			p.next()
		} else {
			part = p.parseInterp()
		}
		p.parts = append(p.parts, part)
		x.PathEnd = part.End()
		more := p.pos == x.PathEnd && (p.tok == TInterpOpen || p.tok == TPathText && p.src[p.pos] != '~')
		// Nix's grammar wants an interpolation among the first pieces after
		// the first: "/a//b" scans as "/a/" then "/b" and is an error.
		if _, text := part.(*StrText); text && len(p.parts)-start == 2 && (!more || p.tok != TInterpOpen) {
			p.errorAt(x.PathEnd, "syntax error: unexpected end of path, expecting '${'")
		}
		if !more {
			x.Parts = p.partBuf.Copy(p.parts[start:])
			p.parts = p.parts[:start]
			return x
		}
	}
}
