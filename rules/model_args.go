package rules

import (
	"strconv"
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// The model's answers about an image's arguments, for people and tools:
// what nixdock images prints, and what a rule may ask without knowing the
// model's values.

// ArgInfo is what the model knows of one image argument.
type ArgInfo struct {
	// Name is the argument's attribute path, e.g. "tag" or "config.Env".
	Name string
	// Answer says whether the image surely sets it, surely does not, or
	// may.
	Answer Answer
	// Expr is the expression written for its value when there is one
	// (nil for an absent argument, an inherited one, or one made of
	// several bindings).
	Expr parser.Expr
	// Pos and End are the byte span of Expr, or of what makes the answer
	// unknown when that is one expression; both -1 when there is none.
	Pos, End int
	// Reason says why the answer is unknown; for a present argument it may
	// say where the value comes from (an inherit, a base image built in
	// the file). Empty otherwise.
	Reason string
}

// ArgsRead are the image arguments the rules read, in the order Args lists
// them.
var ArgsRead = []string{
	"name", "tag", "created", "fromImage", "fromImageName", "fromImageTag",
	"contents", "copyToRoot", "runAsRoot", "extraCommands", "fakeRootCommands",
	"enableFakechroot", "maxLayers", "compressor", "diskSize", "buildVMMemorySize",
	"config", "config.Cmd", "config.Entrypoint", "config.Env", "config.WorkingDir",
	"config.User", "config.ExposedPorts", "config.Volumes", "config.Labels",
}

// Args lists what the model knows of each argument in ArgsRead, then of
// every other attribute written at the top of the image's argument set, in
// source order.
func (img *Image) Args() []ArgInfo {
	out := make([]ArgInfo, 0, len(ArgsRead))
	for _, name := range ArgsRead {
		out = append(out, img.Explain(strings.Split(name, ".")...))
	}
	// Attributes written but not read by the rules (a typo, or an
	// argument the builder does not take) are shown too.
	seen := map[string]bool{}
	for _, n := range ArgsRead {
		seen[n] = true
	}
	var extra []string
	keys, _ := img.m.writtenKeys(img.args)
	for _, k := range keys {
		if !seen[k.name] {
			seen[k.name] = true
			extra = append(extra, k.name)
		}
	}
	for _, name := range extra {
		out = append(out, img.Explain(name))
	}
	return out
}

// Explain says what the model knows of the argument at path (e.g.
// "config", "Env"): its answer, value and span, and why it is unknown.
func (img *Image) Explain(path ...string) ArgInfo {
	m := img.m
	info := ArgInfo{Name: strings.Join(path, "."), Pos: -1, End: -1}
	a, v := m.lookupPath(img.args, path)
	info.Answer = a
	switch a {
	case Present:
		info.Expr = leafExpr(v)
		switch v := v.(type) {
		case setLit:
			if len(v.prefix) == 0 {
				info.Expr = v.set
			} else {
				info.Reason = "written as " + strings.Join(v.prefix, ".") + ".X = … bindings"
			}
		case exprVal:
			if v.expr == nil {
				info.Reason = "set by more than one binding; its value is not one expression"
				if from, at := m.inheritedFrom(img.args, path[0]); len(path) == 1 && from != "" {
					info.Reason = "inherited from " + from
					info.Pos, info.End = at.Pos(), at.End()
				}
			}
		case update:
			info.Reason = "merged from more than one set (// or recursiveUpdate)"
			if info.Expr == nil {
				info.Expr = leafExpr(v.r)
			}
		case either:
			info.Reason = "set in both branches of an if"
		}
		if len(path) == 1 && path[0] == "fromImage" {
			switch base, ba := m.baseImage(img); {
			case base != nil:
				p := m.f.Position(base.Fun.Pos())
				info.Reason = "the image built at " + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
			case ba == Absent:
				info.Reason = "null: no base image"
			default:
				info.Reason = "a base image not built in this file: its contents and Env are unknown"
			}
		}
	case Unknown:
		// What makes the answer unknown, not a value: no Expr.
		var at parser.Node
		info.Reason, at = m.whyUnknown(img.args, path)
		if info.Reason == "" {
			info.Reason = "the file does not show it"
		}
		if at != nil {
			info.Pos, info.End = at.Pos(), at.End()
		}
	}
	if info.Expr != nil {
		info.Pos, info.End = info.Expr.Pos(), info.Expr.End()
	}
	return info
}

// whyUnknown explains an Unknown answer for path in v: the first place the
// lookup loses track, and the expression responsible when there is one.
func (m *model) whyUnknown(v value, path []string) (string, parser.Node) {
	var prev value
	for i, k := range path {
		if ev, ok := v.(exprVal); ok && ev.expr == nil && i > 0 {
			// path[i-1] was inherited: say from what.
			if why, at := m.inheritCause(prev, path[i-1]); why != "" {
				return why, at
			}
		}
		a, next := m.lookup(v, k)
		if a == Unknown || next == nil {
			return m.cause(v, k)
		}
		prev, v = v, next
	}
	return "", nil
}

// inheritCause describes the inherit that gives key in v, if v is a set
// written in the file that inherits it.
func (m *model) inheritCause(v value, key string) (string, parser.Node) {
	from, at := m.inheritedFrom(v, key)
	if from == "" {
		return "", nil
	}
	return key + " is inherited from " + from + ", whose attributes this file does not show", at
}

// inheritedFrom describes what the inherit giving key in v takes it from,
// when a set written in the file (or the side of a merge that gives key)
// inherits it.
func (m *model) inheritedFrom(v value, key string) (string, parser.Node) {
	if m.depth > maxDepth {
		return "", nil
	}
	m.depth++
	defer func() { m.depth-- }()
	switch x := v.(type) {
	case update:
		if a, _ := m.lookup(x.r, key); a != Absent {
			return m.inheritedFrom(x.r, key)
		}
		return m.inheritedFrom(x.l, key)
	case either:
		if d, at := m.inheritedFrom(x.a, key); d != "" {
			return d, at
		}
		return m.inheritedFrom(x.b, key)
	case maybeVal:
		return m.inheritedFrom(x.v, key)
	}
	s, ok := v.(setLit)
	if !ok || len(s.prefix) > 0 {
		return "", nil
	}
	for _, b := range s.set.Bindings {
		inh, ok := b.(*parser.Inherit)
		if !ok {
			continue
		}
		for _, n := range inh.Names {
			if name, ok := parser.StaticName(n); !ok || name != key {
				continue
			}
			if inh.From != nil {
				return m.describe(inh.From), inh.From
			}
			if id, ok := n.(*parser.Ident); ok {
				return m.describe(id), id
			}
		}
	}
	return "", nil
}

// cause explains why looking key up in v answers Unknown.
func (m *model) cause(v value, key string) (string, parser.Node) {
	if m.depth > maxDepth {
		return "too deeply nested to follow", nil
	}
	m.depth++
	defer func() { m.depth-- }()
	switch v := v.(type) {
	case setLit:
		if a, _ := m.lookupLit(v, key); a == Unknown {
			for _, b := range v.set.Bindings {
				if at, ok := b.(*parser.Attr); ok {
					for _, n := range at.Path.Names {
						if _, ok := parser.StaticName(n); !ok {
							return "an attribute with a dynamic name (${…}) may set it", n
						}
					}
				}
			}
			return "an attribute with a dynamic name may set it", nil
		}
		return "its value cannot be followed", nil
	case update:
		ar, _ := m.lookup(v.r, key)
		al, _ := m.lookup(v.l, key)
		switch {
		case ar == Unknown:
			return m.cause(v.r, key)
		case ar == Absent || v.deep:
			if al == Unknown {
				return m.cause(v.l, key)
			}
		}
		return "merged sets both set it, and their merge cannot be followed", nil
	case maybeVal:
		return "set only under a condition (lib.optionalAttrs)", nil
	case either:
		aa, _ := m.lookup(v.a, key)
		ab, _ := m.lookup(v.b, key)
		switch {
		case aa == Unknown:
			return m.cause(v.a, key)
		case ab == Unknown:
			return m.cause(v.b, key)
		}
		return "set in only one branch of an if", nil
	case exprVal:
		if v.expr == nil {
			return "inherited from something this file does not show", nil
		}
		return m.describe(v.expr) + ", whose attributes this file does not show", v.expr
	}
	return "", nil
}

// describe names the kind of expression e is, for reasons.
func (m *model) describe(e parser.Expr) string {
	text := m.f.Text(e)
	if len(text) > 40 || strings.ContainsAny(text, "\n") {
		text = ""
	} else {
		text = " " + text
	}
	switch x := parser.Unparen(e).(type) {
	case *parser.Ident:
		if d := m.def(x); d != nil {
			switch d.Kind {
			case scope.FormalDef, scope.ParamDef:
				return "the function argument" + text
			}
			if d.Inherit != nil {
				return "the inherited name" + text
			}
		} else if u := m.info.UseOf(x); u != nil && len(u.Withs()) > 0 {
			return "the name" + text + " from a with"
		}
		return "the name" + text
	case *parser.Apply:
		fn, _ := callee(x)
		if m.isBuiltin(fn, "import") {
			return "an import"
		}
		return "the result of a call" + text
	case *parser.Select:
		return "the attribute" + text
	}
	return "the expression" + text
}
