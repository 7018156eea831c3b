package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
)

// Questions about the values written in an image's arguments, shared by the
// config rules: what type an expression surely has, what text a string
// surely contains, what each Env entry is, which config keys are written.
// Every answer is three-valued in the model's sense: a rule fires only on
// what is sure, and an unknown part (a function argument, a call the model
// does not know, an import) makes the answer Unknown.

// kinds is the set of Nix value types an expression may evaluate to.
type kinds uint16

// Value types.
const (
	kString kinds = 1 << iota
	kPath         // toJSON copies it to the store and gives the store path
	kDrv          // a set with outPath or __toString: toJSON gives a string
	kSet          // any other attribute set: toJSON gives an object
	kList
	kInt
	kFloat
	kBool
	kNull
	kFunc
	kAny kinds = 1<<iota - 1
)

// kJSONString are the kinds that builtins.toJSON writes as a JSON string.
const kJSONString = kString | kPath | kDrv

// is answers whether every kind in k is among want: Present when surely,
// Absent when none of them is, Unknown otherwise.
func (k kinds) is(want kinds) Answer {
	switch {
	case k != 0 && k&^want == 0:
		return Present
	case k&want == 0:
		return Absent
	}
	return Unknown
}

// callKinds lists functions whose result type is known, with the number of
// arguments that makes the call complete (fewer give a function).
var callKinds = map[string]struct {
	k     kinds
	arity int
}{
	"toString":              {kString, 1},
	"concatStringsSep":      {kString, 2},
	"concatMapStringsSep":   {kString, 3},
	"concatStrings":         {kString, 1},
	"concatMapStrings":      {kString, 2},
	"getExe":                {kString, 1},
	"getExe'":               {kString, 2},
	"escapeShellArg":        {kString, 1},
	"escapeShellArgs":       {kString, 1},
	"replaceStrings":        {kString, 3},
	"substring":             {kString, 3},
	"makeBinPath":           {kString, 1},
	"makeLibraryPath":       {kString, 1},
	"optionalString":        {kString, 2},
	"toLower":               {kString, 1},
	"toUpper":               {kString, 1},
	"readFile":              {kString, 1},
	"toJSON":                {kString, 1},
	"baseNameOf":            {kString, 1},
	"writeScript":           {kDrv, 2},
	"writeScriptBin":        {kDrv, 2},
	"writeShellScript":      {kDrv, 2},
	"writeShellScriptBin":   {kDrv, 2},
	"writeText":             {kDrv, 2},
	"writeTextFile":         {kDrv, 1},
	"writeTextDir":          {kDrv, 2},
	"writeShellApplication": {kDrv, 1},
	"mkDerivation":          {kDrv, 1},
	"runCommand":            {kDrv, 3},
	"runCommandLocal":       {kDrv, 3},
	"runCommandCC":          {kDrv, 3},
	"buildEnv":              {kDrv, 1},
	"symlinkJoin":           {kDrv, 1},
	"optional":              {kList, 2},
	"optionals":             {kList, 2},
	"map":                   {kList, 2},
	"filter":                {kList, 2},
	"concatLists":           {kList, 1},
	"concatMap":             {kList, 2},
	"attrValues":            {kList, 1},
	"attrNames":             {kList, 1},
	"mapAttrsToList":        {kList, 2},
	"flatten":               {kList, 1},
	"toList":                {kList, 1},
	"splitString":           {kList, 2},
	"listToAttrs":           {kSet | kDrv, 1},
	"optionalAttrs":         {kSet | kDrv, 2},
	"mapAttrs":              {kSet | kDrv, 2},
	"genAttrs":              {kSet | kDrv, 2},
}

// maxLetHops bounds the depth at which kindsOf still follows a let name.
const maxLetHops = 12

// kindsOf returns the types e may evaluate to, kAny when unknown.
func (m *model) kindsOf(e parser.Expr) kinds {
	if m.depth > maxDepth {
		return kAny
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.String, *parser.URI:
		return kString
	case *parser.Path, *parser.SearchPath:
		return kPath
	case *parser.List:
		return kList
	case *parser.Int:
		return kInt
	case *parser.Float:
		return kFloat
	case *parser.Lambda:
		return kFunc
	case *parser.HasAttr:
		return kBool
	case *parser.AttrSet:
		return m.setKinds(x)
	case *parser.Unary:
		if x.Op == parser.TNot {
			return kBool
		}
		if k := m.kindsOf(x.X); k&^(kInt|kFloat) == 0 && k != 0 {
			return k
		}
		return kInt | kFloat
	case *parser.Binary:
		switch x.Op {
		case parser.TConcat:
			return kList
		case parser.TUpdate:
			return kSet | kDrv
		case parser.TEq, parser.TNeq, parser.TLt, parser.TLeq, parser.TGt, parser.TGeq,
			parser.TAnd, parser.TOr, parser.TImpl:
			return kBool
		case parser.TMinus, parser.TStar, parser.TSlash:
			return kInt | kFloat
		case parser.TPlus:
			l := m.kindsOf(x.X)
			switch l {
			case kString, kPath:
				return l
			}
			if l&^(kInt|kFloat) == 0 && l != 0 {
				if r := m.kindsOf(x.Y); r&^(kInt|kFloat) == 0 && r != 0 {
					return l | r
				}
			}
		}
		return kAny
	case *parser.If:
		return m.kindsOf(x.Then) | m.kindsOf(x.Else)
	case *parser.LetIn:
		return m.kindsOf(x.Body)
	case *parser.With:
		return m.kindsOf(x.Body)
	case *parser.Assert:
		return m.kindsOf(x.Body)
	case *parser.Ident:
		switch {
		case m.isBuiltin(x, "true"), m.isBuiltin(x, "false"):
			return kBool
		case m.isBuiltin(x, "null"):
			return kNull
		}
		// Names are followed only so deep: an if whose branches name the
		// same let binding would otherwise double the work at each level.
		if v, _ := m.letValue(m.def(x)); v != nil && m.depth < maxLetHops {
			return m.kindsOf(v)
		}
	case *parser.Apply:
		fn, args := callee(x)
		if c, ok := callKinds[m.lastName(fn)]; ok {
			switch {
			case len(args) == c.arity:
				return c.k
			case len(args) < c.arity:
				return kFunc
			}
		}
	}
	return kAny
}

// setKinds is the type of a written set: a plain set unless it may have
// outPath or __toString, which make toJSON (and interpolation) see a string.
func (m *model) setKinds(s *parser.AttrSet) kinds {
	for _, b := range s.Bindings {
		var names []parser.AttrName
		switch b := b.(type) {
		case *parser.Attr:
			names = b.Path.Names[:1]
		case *parser.Inherit:
			names = b.Names
		}
		for _, n := range names {
			name, ok := parser.StaticName(n)
			if !ok || name == "outPath" || name == "__toString" {
				return kSet | kDrv
			}
		}
	}
	return kSet
}

// strText is what is surely known of the text of a string expression.
type strText struct {
	// lits are literal pieces, in order, each surely in the text; an
	// unknown stretch (an interpolation) may lie between two of them.
	lits []string
	// whole is true when the text is known entirely: it is lits[0] (or
	// the empty string when lits is empty).
	whole bool
	// start and end say that lits[0] surely begins the text and the last
	// piece surely ends it.
	start, end bool
}

// text returns the whole text when it is known.
func (t strText) text() (string, bool) {
	if !t.whole {
		return "", false
	}
	return strings.Join(t.lits, ""), true
}

// contains answers whether the text surely contains sub: Present when a
// literal piece holds it, Absent when the whole text is known not to.
func (t strText) contains(sub string) Answer {
	for _, l := range t.lits {
		if strings.Contains(l, sub) {
			return Present
		}
	}
	if t.whole {
		return Absent
	}
	return Unknown
}

// stringText returns what is surely known of the text of e, with ok false
// when e is not surely a string. A string literal, a let name bound to one
// and a + b where a is a string are read; an interpolation or an unknown
// operand leaves a gap.
func (m *model) stringText(e parser.Expr) (strText, bool) {
	if m.depth > maxDepth {
		return strText{}, false
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := parser.Unparen(e).(type) {
	case *parser.String:
		t := strText{whole: true, start: true, end: true}
		var cur strings.Builder
		gap := false
		for i, p := range x.Parts {
			switch p := p.(type) {
			case *parser.StrText:
				cur.WriteString(p.Value())
			case *parser.Interp:
				t.whole = false
				if i == 0 {
					t.start = false
				}
				if cur.Len() > 0 {
					t.lits = append(t.lits, cur.String())
					cur.Reset()
				}
				gap = true
			}
		}
		if cur.Len() > 0 || len(x.Parts) == 0 {
			t.lits = append(t.lits, cur.String())
			gap = false
		}
		if gap {
			t.end = false
		}
		if !t.whole && len(t.lits) == 0 {
			t.start, t.end = false, false
		}
		return t, true
	case *parser.URI:
		return strText{lits: []string{x.Value}, whole: true, start: true, end: true}, true
	case *parser.Ident:
		if v, _ := m.letValue(m.def(x)); v != nil {
			return m.stringText(v)
		}
	case *parser.Binary:
		if x.Op != parser.TPlus {
			break
		}
		l, ok := m.stringText(x.X)
		if !ok {
			break
		}
		r, rok := m.stringText(x.Y)
		if !rok {
			// a string plus anything else is a string (a path is copied
			// to the store first), of unknown text.
			r = strText{}
		}
		out := strText{whole: l.whole && r.whole}
		out.lits = append(append(out.lits, l.lits...), r.lits...)
		if out.whole {
			out.lits = []string{strings.Join(out.lits, "")}
		}
		out.start = l.start || (l.whole && len(l.lits) == 0 && r.start)
		out.end = r.end || (r.whole && len(r.lits) == 0 && l.end)
		if len(out.lits) == 0 {
			out.start, out.end = false, false
		}
		return out, true
	}
	if m.kindsOf(e) == kString {
		return strText{}, true
	}
	return strText{}, false
}

// stringLit finds the string literal an expression is, following let
// names and selections from sets written in the file (see follow); shared is true when it is reached through a name used elsewhere,
// so that an edit to it would be seen there too.
func (m *model) stringLit(e parser.Expr, shared bool) (*parser.String, bool) {
	v, sh := m.follow(e)
	lit, _ := v.(*parser.String)
	return lit, shared || sh
}

// envEntry is one entry of an Env list.
type envEntry struct {
	expr  parser.Expr
	maybe bool   // there only under a condition
	str   Answer // is surely a JSON string (string, path, derivation)
	eq    Answer // surely contains "=" (only meaningful when str is Present)
}

// envEntries lists the entries of an Env list with what is sure of each;
// complete is false when some part of the list is unknown.
func (m *model) envEntries(e parser.Expr) (out []envEntry, complete bool) {
	elems, complete := m.listElems(e)
	for _, el := range elems {
		ent := envEntry{expr: el.expr, maybe: el.maybe, eq: Unknown}
		ent.str = m.kindsOf(el.expr).is(kJSONString)
		if t, ok := m.stringText(el.expr); ok {
			ent.str = Present
			ent.eq = t.contains("=")
		}
		out = append(out, ent)
	}
	return out, complete
}

// keyRef is one attribute written in a set value: the name as written
// and the binding it belongs to.
type keyRef struct {
	name   string
	node   parser.AttrName // the element of the attribute path naming it
	attr   *parser.Attr    // nil for an inherit
	inh    *parser.Inherit // the inherit, for one
	set    setLit
	shared bool
}

// writtenKeys lists the attribute names written in the sets that make up v
// (both sides of a //, the body of an optionalAttrs, both branches of an
// if), in source order, once per binding. complete is false when part of v
// is not a written set, so keys may come from elsewhere.
func (m *model) writtenKeys(v value) (keys []keyRef, complete bool) {
	complete = true
	seen := map[parser.AttrName]bool{}
	var walk func(v value)
	walk = func(v value) {
		switch v := v.(type) {
		case setLit:
			depth := len(v.prefix)
			for _, b := range v.set.Bindings {
				switch b := b.(type) {
				case *parser.Attr:
					names := b.Path.Names
					if len(names) <= depth || !pathHasPrefix(names, v.prefix) {
						continue
					}
					n, ok := parser.StaticName(names[depth])
					if !ok {
						complete = false
						continue
					}
					if seen[names[depth]] {
						continue
					}
					seen[names[depth]] = true
					keys = append(keys, keyRef{name: n, node: names[depth], attr: b, set: v, shared: v.shared})
				case *parser.Inherit:
					if depth > 0 {
						continue
					}
					for _, nm := range b.Names {
						n, ok := parser.StaticName(nm)
						if !ok {
							complete = false
							continue
						}
						keys = append(keys, keyRef{name: n, node: nm, inh: b, set: v, shared: true})
					}
				}
			}
		case update:
			walk(v.l)
			walk(v.r)
		case maybeVal:
			walk(v.v)
		case either:
			walk(v.a)
			walk(v.b)
		default:
			complete = false
		}
	}
	walk(v)
	return keys, complete
}

// pathHasPrefix reports whether an attribute path starts with the static
// names of prefix.
func pathHasPrefix(names []parser.AttrName, prefix []string) bool {
	for i, p := range prefix {
		n, ok := parser.StaticName(names[i])
		if !ok || n != p {
			return false
		}
	}
	return true
}

// recUsed reports whether a rec set's own attribute name is referred to
// inside the set: an edit to its value would then change those references
// too.
func (m *model) recUsed(s *parser.AttrSet, name string) bool {
	if s.Rec == parser.NoPos {
		return false
	}
	for _, u := range m.info.Uses {
		if u.Def != nil && u.Def.Name == name && u.Def.Scope != nil && u.Def.Scope.Node == parser.Node(s) {
			return true
		}
	}
	return false
}

// recRefers reports whether key is a top-level attribute of the written
// set s that s, being rec, refers to itself.
func (m *model) recRefers(s setLit, key string) bool {
	return len(s.prefix) == 0 && m.recUsed(s.set, key)
}

// attrBinding returns the written binding "key = value;" that gives v its
// attribute key, when there is exactly one such binding in a written set
// (not reached through a shared name, an optionalAttrs or an if).
func (m *model) attrBinding(v value, key string) (*parser.Attr, setLit, bool) {
	keys, _ := m.writtenKeys(v)
	var found *keyRef
	for i := range keys {
		k := &keys[i]
		if k.name != key {
			continue
		}
		if found != nil || k.attr == nil || len(k.attr.Path.Names) != len(k.set.prefix)+1 {
			return nil, setLit{}, false
		}
		found = k
	}
	if found == nil || found.shared {
		return nil, setLit{}, false
	}
	if a, _ := m.lookup(v, key); a != Present {
		return nil, setLit{}, false
	}
	return found.attr, found.set, true
}

// needsParens reports whether e must be parenthesised to stand as a list
// element or a function argument.
func needsParens(e parser.Expr) bool {
	switch e.(type) {
	case *parser.Ident, *parser.Int, *parser.Float, *parser.String, *parser.Path,
		*parser.SearchPath, *parser.URI, *parser.Paren, *parser.List, *parser.AttrSet:
		return false
	case *parser.Select:
		return false
	case *parser.Apply, *parser.Binary, *parser.Unary, *parser.If, *parser.LetIn,
		*parser.With, *parser.Assert, *parser.Lambda, *parser.HasAttr, *parser.LegacyLet:
		return true
	}
	return true
}

// attrExpr answers whether v surely has attribute key and returns the one
// expression that gives its value: the value of "key = e;", or for a plain
// "inherit key;" the inherited name as a reference, which let names lead
// on from.
func (m *model) attrExpr(v value, key string) (Answer, parser.Expr) {
	a, val := m.lookup(v, key)
	if a != Present {
		return a, nil
	}
	if e := leafExpr(val); e != nil {
		return Present, e
	}
	keys, _ := m.writtenKeys(v)
	var found parser.Expr
	for _, k := range keys {
		if k.name != key {
			continue
		}
		if found != nil {
			return Present, nil
		}
		if k.attr != nil {
			if len(k.attr.Path.Names) != len(k.set.prefix)+1 {
				return Present, nil
			}
			found = k.attr.Value
			continue
		}
		id, ok := k.node.(*parser.Ident)
		if k.inh.From != nil || !ok {
			return Present, nil
		}
		found = id
	}
	return Present, found
}

// lookupAttr is lookup that also follows a plain "inherit key;" to the let
// name it inherits, so that inherit config; gives the let-bound set.
func (m *model) lookupAttr(v value, key string) (Answer, value) {
	a, val := m.lookup(v, key)
	if ev, ok := val.(exprVal); a == Present && ok && ev.expr == nil {
		if _, e := m.attrExpr(v, key); e != nil {
			if id, ok := e.(*parser.Ident); ok {
				return a, m.eval(id, false)
			}
		}
	}
	return a, val
}

// keyShared reports whether an edit to the value of v's attribute key would
// be seen by other code: a set holding it is reached through a shared name,
// or is a rec set that refers to the attribute itself.
func (m *model) keyShared(v value, key string) bool {
	keys, _ := m.writtenKeys(v)
	for _, k := range keys {
		if k.name == key && (k.set.shared || m.recUsed(k.set.set, key)) {
			return true
		}
	}
	return false
}

// caseTwin reports whether v has a written key that is key in another case
// (env for Env). A fix that inserts key must then wait: ND106 renames the
// twin, and inserting beside it would define the attribute twice.
func (m *model) caseTwin(v value, key string) bool {
	keys, _ := m.writtenKeys(v)
	for _, k := range keys {
		if k.name != key && strings.EqualFold(k.name, key) {
			return true
		}
	}
	return false
}
