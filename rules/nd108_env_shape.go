package rules

import (
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// EnvShape (ND108) finds a config.Env that is not a list of NAME=value
// strings: an entry that is surely a string without "=", an entry that is
// surely not a string (a number, list, set, boolean or null), and an Env
// written as an attribute set or a single string. The OCI image spec
// defines Env as an array of VARNAME=VARVALUE strings: Docker drops an entry
// without "=" (so the variable is not set), and fails to read a config
// whose Env, or one of its entries, has another JSON type.
//
// Bad:
//
//	{ pkgs, lib }: pkgs.dockerTools.buildImage { name = "app"; config.Env = { LANG = "C.UTF-8"; }; }
//
// Good:
//
//	{ pkgs, lib }: pkgs.dockerTools.buildImage { name = "app"; config.Env = [ "LANG=C.UTF-8" ]; }
//
// An Env set whose values are all strings is turned into the list with
// lib.mapAttrsToList where lib is bound; nothing else has a fix.
var EnvShape = &Rule{
	Code:     "ND108",
	Name:     "env-shape",
	Summary:  "config.Env is not a list of NAME=value strings",
	Severity: Error,
	HasFix:   true,
	Fix:      Safe,
	Run:      runEnvShape,
}

const envToList = `lib.mapAttrsToList (n: v: "${n}=${v}") `

// kindName names a kind for a message.
func kindName(k kinds) string {
	switch k {
	case kInt, kFloat, kInt | kFloat:
		return "a number"
	case kList:
		return "a list"
	case kSet:
		return "an attribute set"
	case kBool:
		return "a boolean"
	case kNull:
		return "null"
	case kFunc:
		return "a function"
	}
	if k.is(kJSONString) == Present {
		return "a string"
	}
	return "a value of another type"
}

func runEnvShape(p *Pass) {
	seen := map[int]bool{}
	for _, img := range p.Images {
		if nixShell(img.Func) {
			continue
		}
		m := img.m
		a, cfg := m.lookupAttr(img.args, "config")
		if a != Present || cfg == nil {
			continue
		}
		a, env := m.lookupAttr(cfg, "Env")
		if a != Present || env == nil {
			continue
		}
		if set, ok := env.(setLit); ok {
			m.reportEnvSet(p, img, cfg, set, seen)
			continue
		}
		e := leafExpr(env)
		if e == nil {
			continue
		}
		// null is an empty Env to Docker's decoder; anything else that is
		// not a list cannot be read.
		if k := m.kindsOf(e); k&(kList|kNull) == 0 {
			at := parser.Unparen(e)
			if !seen[at.Pos()] {
				seen[at.Pos()] = true
				what := kindName(k)
				if k.is(kJSONString) == Present {
					what = "a string"
				}
				p.Report(Diagnostic{Pos: at.Pos(), End: at.End(),
					Message: "config.Env is " + what + ", not a list of NAME=value strings, so the image config cannot be read"})
			}
			continue
		}
		entries, _ := m.envEntries(e)
		for _, ent := range entries {
			at := parser.Unparen(ent.expr)
			if seen[at.Pos()] {
				continue
			}
			var msg string
			switch {
			case ent.str == Absent && m.kindsOf(ent.expr) == kNull:
				msg = "Env entry is null, which Docker reads as an empty string, so it sets no variable; write NAME=value"
			case ent.str == Absent:
				msg = "Env entry is " + kindName(m.kindsOf(ent.expr)) + ", not a NAME=value string, so the image config cannot be read"
			case ent.str == Present && ent.eq == Absent:
				msg = "Env entry has no `=`, so it sets no variable (Docker drops it); write NAME=value"
			default:
				continue
			}
			seen[at.Pos()] = true
			p.Report(Diagnostic{Pos: at.Pos(), End: at.End(), Message: msg})
		}
	}
}

// reportEnvSet reports an Env written as a set, with the fix that maps it
// to a list when the set is written as one literal of string values and lib
// is bound where it stands.
func (m *model) reportEnvSet(p *Pass, img *Image, cfg value, set setLit, seen map[int]bool) {
	at := parser.Node(set.set)
	attr, _, single := m.attrBinding(cfg, "Env")
	if single {
		at = attr.Value
	} else if keys, _ := m.writtenKeys(cfg); len(keys) > 0 {
		for _, k := range keys {
			if k.name == "Env" {
				at = k.node
				break
			}
		}
	}
	if seen[at.Pos()] {
		return
	}
	seen[at.Pos()] = true
	d := Diagnostic{
		Pos: at.Pos(), End: at.End(),
		Message: "config.Env is an attribute set, which becomes a JSON object, not the list of NAME=value strings the image spec requires, so the image config cannot be read",
	}
	why := ""
	switch {
	case !single || len(set.prefix) > 0 || parser.Unparen(attr.Value) != parser.Expr(set.set):
		why = "it is not written as one set literal of this image alone"
	case !m.envSetValuesAreStrings(set.set):
		why = "some value is not surely a string"
	case !m.libAt(attr.Value.Pos()):
		why = "lib is not bound here"
	}
	if why == "" {
		d.Fixes = []Fix{{
			Message: "turn Env into a list with lib.mapAttrsToList",
			Safety:  Safe,
			Edits:   []TextEdit{{Pos: attr.Value.Pos(), End: attr.Value.Pos(), NewText: envToList}},
		}}
	} else {
		d.Message += "; write it as a list (lib.mapAttrsToList (n: v: \"${n}=${v}\") { … }): no fix, as " + why
	}
	p.Report(d)
}

// envSetValuesAreStrings reports whether every binding of a set is
// NAME = value; with a value that is surely a string, path or derivation,
// so that "${v}" gives what toJSON would.
func (m *model) envSetValuesAreStrings(s *parser.AttrSet) bool {
	for _, b := range s.Bindings {
		a, ok := b.(*parser.Attr)
		if !ok || len(a.Path.Names) != 1 {
			return false
		}
		if _, ok := parser.StaticName(a.Path.Names[0]); !ok {
			return false
		}
		if m.kindsOf(a.Value).is(kJSONString) != Present {
			return false
		}
	}
	return true
}

// libAt reports whether lib at off surely names the nixpkgs library: a
// formal or parameter called lib, or a let lib that inherits it or is bound
// to something.lib.
func (m *model) libAt(off int) bool {
	b, d, _ := m.boundAt(off, "lib")
	if b != scope.Bound || d == nil {
		return false
	}
	switch d.Kind {
	case scope.FormalDef, scope.ParamDef:
		return true
	case scope.LetDef, scope.RecDef:
		if d.Inherit != nil {
			return d.Inherit.From != nil
		}
		if v := d.Value(); v != nil {
			return m.lastName(v) == "lib"
		}
	}
	return false
}

func init() { register(EnvShape) }
