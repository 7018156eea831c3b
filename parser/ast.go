package parser

// The AST. Every node records the byte offsets of its own tokens so that a
// rule can point at, or splice text into, exactly what the user wrote.
// Offsets are 0-based byte offsets into File.Src; End is exclusive. An
// optional token that is absent has offset -1 (NoPos).

// NoPos marks an absent optional token.
const NoPos = -1

// Node is implemented by every AST node.
type Node interface {
	Pos() int // offset of the first byte of the node
	End() int // offset just past the last byte of the node
}

// Expr is implemented by every expression node.
type Expr interface {
	Node
	exprNode()
}

// Binding is an entry of an attribute set or let: *Attr or *Inherit.
type Binding interface {
	Node
	bindingNode()
}

// AttrName is one element of an attribute path: *Ident (plain name,
// including the keyword "or" used as a name), *String (a quoted name, which
// may contain interpolation) or *Interp (a dynamic name ${e}).
type AttrName interface {
	Node
	attrNameNode()
}

// StrPart is a piece of a string or path: *StrText or *Interp.
type StrPart interface {
	Node
	strPartNode()
}

// ---- Names and literals ----

// Ident is a variable reference, a bound name (formal, lambda argument,
// inherited name) or a plain attribute name, depending on where it stands.
type Ident struct {
	NamePos int
	Name    string
}

// Int is an integer literal. Raw is the source text.
type Int struct {
	ValuePos int
	Raw      string
	Value    int64
}

// Float is a float literal. Raw is the source text.
type Float struct {
	ValuePos int
	Raw      string
	Value    float64
}

// StrText is literal text inside a string or path. Raw is the source text;
// the Value method decodes it.
type StrText struct {
	TextPos int
	Raw     string
	strip   int32 // indented strings: the common indentation
	kind    uint8 // rawText, quotedText or indentedText
	flags   uint8 // indented strings: firstPart, lastPart
}

// Interp is ${X}, inside a string or path or as a dynamic attribute name.
type Interp struct {
	Dollar int // offset of "${"
	X      Expr
	RBrace int // offset of "}"
}

// String is "..." or ”...”.
type String struct {
	Open     int // offset of the opening quote(s)
	Parts    []StrPart
	Close    int // offset of the closing quote(s)
	Indented bool
}

// PathKind tells how a path literal starts.
type PathKind uint8

// Path kinds.
const (
	RelPath  PathKind = iota // ./a, ../a, a/b
	AbsPath                  // /a
	HomePath                 // ~/a
)

// Path is a path literal, possibly with interpolations: ./a/${b}.
type Path struct {
	PathPos int
	Kind    PathKind
	Parts   []StrPart
	PathEnd int
}

// SearchPath is <nixpkgs>. Path holds the text between the angle brackets.
type SearchPath struct {
	LAngle int
	Path   string
	RAngle int // offset of ">"
}

// URI is an unquoted URI literal.
type URI struct {
	URIPos int
	Value  string
}

// ---- Compound expressions ----

// Paren is (X).
type Paren struct {
	LParen int
	X      Expr
	RParen int
}

// List is [ Elems ].
type List struct {
	LBrack int
	Elems  []Expr
	RBrack int
}

// AttrSet is { ... } or rec { ... }.
type AttrSet struct {
	Rec      int // offset of "rec", or NoPos
	LBrace   int
	Bindings []Binding
	RBrace   int
}

// AttrPath is a.b."c".${d}. The dots between the names are in the file's
// token table; the tree does not repeat them, as most paths are one name.
type AttrPath struct {
	Names []AttrName
}

// Attr is Path = Value;
type Attr struct {
	Path   *AttrPath
	Assign int // offset of "="
	Value  Expr
	Semi   int // offset of ";"
}

// Inherit is inherit a b; or inherit (From) a b;
type Inherit struct {
	Inherit int  // offset of "inherit"
	LParen  int  // NoPos if there is no source expression
	From    Expr // nil if there is no source expression
	RParen  int  // NoPos if there is no source expression
	Names   []AttrName
	Semi    int
}

// LetIn is let Bindings in Body.
type LetIn struct {
	Let      int
	Bindings []Binding
	In       int
	Body     Expr
}

// LegacyLet is the old let { Bindings } form, whose value is the attribute
// named "body".
type LegacyLet struct {
	Let      int
	LBrace   int
	Bindings []Binding
	RBrace   int
}

// Formal is one entry of a formals pattern: Name or Name ? Default.
type Formal struct {
	Name     *Ident
	Question int  // offset of "?", or NoPos
	Default  Expr // nil if none
}

// Formals is { a, b ? 1, ... }.
type Formals struct {
	LBrace   int
	List     []*Formal // the commas between them are in the token table
	Ellipsis int       // offset of "...", or NoPos
	RBrace   int
}

// Lambda is Param: Body, Formals: Body, Param@Formals: Body or
// Formals@Param: Body.
type Lambda struct {
	Param      *Ident   // nil if none
	Formals    *Formals // nil if none
	At         int      // offset of "@", or NoPos
	ParamFirst bool     // true for x@{...}, false for {...}@x
	Colon      int
	Body       Expr
}

// Apply is Fun Arg (function application; f a b is Apply{Apply{f, a}, b}).
type Apply struct {
	Fun Expr
	Arg Expr
}

// Select is X.Path or X.Path or Default.
type Select struct {
	X       Expr
	Dot     int // offset of the first "."
	Path    *AttrPath
	OrKw    int  // offset of "or", or NoPos
	Default Expr // nil if none
}

// HasAttr is X ? Path.
type HasAttr struct {
	X        Expr
	Question int
	Path     *AttrPath
}

// Unary is -X or !X. Op is TMinus or TNot.
type Unary struct {
	OpPos int
	Op    Kind
	X     Expr
}

// Binary is X Op Y for every binary operator (Eq, Neq, Lt, Leq, Gt, Geq,
// And, Or, Impl, Update, Concat, Plus, Minus, Star, Slash, PipeFrom,
// PipeInto).
type Binary struct {
	X     Expr
	OpPos int
	Op    Kind
	Y     Expr
}

// If is if Cond then Then else Else.
type If struct {
	If      int
	Cond    Expr
	ThenPos int
	Then    Expr
	ElsePos int
	Else    Expr
}

// Assert is assert Cond; Body.
type Assert struct {
	Assert int
	Cond   Expr
	Semi   int
	Body   Expr
}

// With is with Scope; Body.
type With struct {
	With  int
	Scope Expr
	Semi  int
	Body  Expr
}

// ---- Pos/End ----

func (x *Ident) Pos() int      { return x.NamePos }
func (x *Ident) End() int      { return x.NamePos + len(x.Name) }
func (x *Int) Pos() int        { return x.ValuePos }
func (x *Int) End() int        { return x.ValuePos + len(x.Raw) }
func (x *Float) Pos() int      { return x.ValuePos }
func (x *Float) End() int      { return x.ValuePos + len(x.Raw) }
func (x *StrText) Pos() int    { return x.TextPos }
func (x *StrText) End() int    { return x.TextPos + len(x.Raw) }
func (x *Interp) Pos() int     { return x.Dollar }
func (x *Interp) End() int     { return x.RBrace + 1 }
func (x *String) Pos() int     { return x.Open }
func (x *SearchPath) Pos() int { return x.LAngle }
func (x *SearchPath) End() int { return x.RAngle + 1 }
func (x *URI) Pos() int        { return x.URIPos }
func (x *URI) End() int        { return x.URIPos + len(x.Value) }
func (x *Path) Pos() int       { return x.PathPos }
func (x *Path) End() int       { return x.PathEnd }
func (x *Paren) Pos() int      { return x.LParen }
func (x *Paren) End() int      { return x.RParen + 1 }
func (x *List) Pos() int       { return x.LBrack }
func (x *List) End() int       { return x.RBrack + 1 }
func (x *AttrPath) Pos() int   { return x.Names[0].Pos() }
func (x *AttrPath) End() int   { return x.Names[len(x.Names)-1].End() }
func (x *Attr) Pos() int       { return x.Path.Pos() }
func (x *Attr) End() int       { return x.Semi + 1 }
func (x *Inherit) Pos() int    { return x.Inherit }
func (x *Inherit) End() int    { return x.Semi + 1 }
func (x *LetIn) Pos() int      { return x.Let }
func (x *LetIn) End() int      { return x.Body.End() }
func (x *LegacyLet) Pos() int  { return x.Let }
func (x *LegacyLet) End() int  { return x.RBrace + 1 }
func (x *Formal) Pos() int     { return x.Name.Pos() }
func (x *Formals) Pos() int    { return x.LBrace }
func (x *Formals) End() int    { return x.RBrace + 1 }
func (x *Apply) Pos() int      { return x.Fun.Pos() }
func (x *Apply) End() int      { return x.Arg.End() }
func (x *HasAttr) Pos() int    { return x.X.Pos() }
func (x *HasAttr) End() int    { return x.Path.End() }
func (x *Unary) Pos() int      { return x.OpPos }
func (x *Unary) End() int      { return x.X.End() }
func (x *Binary) Pos() int     { return x.X.Pos() }
func (x *Binary) End() int     { return x.Y.End() }
func (x *If) Pos() int         { return x.If }
func (x *If) End() int         { return x.Else.End() }
func (x *Assert) Pos() int     { return x.Assert }
func (x *Assert) End() int     { return x.Body.End() }
func (x *With) Pos() int       { return x.With }
func (x *With) End() int       { return x.Body.End() }

// End of a string includes its closing quote(s).
func (x *String) End() int {
	if x.Indented {
		return x.Close + 2
	}
	return x.Close + 1
}

// End of a formal includes its default, if any.
func (x *Formal) End() int {
	if x.Default != nil {
		return x.Default.End()
	}
	return x.Name.End()
}

// Pos of an attribute set includes "rec".
func (x *AttrSet) Pos() int {
	if x.Rec != NoPos {
		return x.Rec
	}
	return x.LBrace
}
func (x *AttrSet) End() int { return x.RBrace + 1 }

// Pos of a lambda is its first token, whichever of parameter or formals it is.
func (x *Lambda) Pos() int {
	if x.Param != nil && (x.Formals == nil || x.ParamFirst) {
		return x.Param.Pos()
	}
	return x.Formals.Pos()
}
func (x *Lambda) End() int { return x.Body.End() }

// End of a select includes its "or" default.
func (x *Select) Pos() int { return x.X.Pos() }
func (x *Select) End() int {
	if x.Default != nil {
		return x.Default.End()
	}
	return x.Path.End()
}

func (*Ident) exprNode()      {}
func (*Int) exprNode()        {}
func (*Float) exprNode()      {}
func (*String) exprNode()     {}
func (*Path) exprNode()       {}
func (*SearchPath) exprNode() {}
func (*URI) exprNode()        {}
func (*Paren) exprNode()      {}
func (*List) exprNode()       {}
func (*AttrSet) exprNode()    {}
func (*LetIn) exprNode()      {}
func (*LegacyLet) exprNode()  {}
func (*Lambda) exprNode()     {}
func (*Apply) exprNode()      {}
func (*Select) exprNode()     {}
func (*HasAttr) exprNode()    {}
func (*Unary) exprNode()      {}
func (*Binary) exprNode()     {}
func (*If) exprNode()         {}
func (*Assert) exprNode()     {}
func (*With) exprNode()       {}

func (*Attr) bindingNode()    {}
func (*Inherit) bindingNode() {}

func (*Ident) attrNameNode()  {}
func (*String) attrNameNode() {}
func (*Interp) attrNameNode() {}

func (*StrText) strPartNode() {}
func (*Interp) strPartNode()  {}

// Unparen strips any number of enclosing parentheses.
func Unparen(e Expr) Expr {
	for {
		p, ok := e.(*Paren)
		if !ok {
			return e
		}
		e = p.X
	}
}

// StaticName returns the name of an attribute-path element when it is known
// without evaluation: a plain identifier or a string without interpolation.
func StaticName(n AttrName) (string, bool) {
	switch n := n.(type) {
	case *Ident:
		return n.Name, true
	case *String:
		var s string
		for _, p := range n.Parts {
			t, ok := p.(*StrText)
			if !ok {
				return "", false
			}
			s += t.Value()
		}
		return s, true
	}
	return "", false
}
