package rules

import (
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// StorePathLiteral (ND110) finds a store path written as literal text,
// "/nix/store/<hash>-name", in an image's config, contents, copyToRoot or
// build scripts. Such a string carries no string context, so Nix does not
// know the image needs that path: it is not copied into the image, and on
// another machine it may not even exist.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage {
//	  name = "app";
//	  config.Cmd = [ "/nix/store/0123456789abcdfghijklmnpqrsvwxyz-hello-2.12/bin/hello" ];
//	}
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; config.Cmd = [ "${pkgs.hello}/bin/hello" ]; }
//
// There is no fix: the package behind a hash cannot be told.
var StorePathLiteral = &Rule{
	Code:     "ND110",
	Name:     "store-path-literal",
	Summary:  "a store path written as literal text is not added to the image",
	Severity: Warning,
	NoFix:    "the package cannot be told from a store hash; interpolate the package (\"${pkgs.hello}/bin/hello\") instead",
	Run:      runStorePathLiteral,
}

// storePathKeys are the image arguments whose strings end up in the image
// or its build.
var storePathKeys = map[string]bool{
	"config": true, "contents": true, "copyToRoot": true,
	"extraCommands": true, "runAsRoot": true, "fakeRootCommands": true,
	"run": true, "command": true,
}

// contextCalls give a literal store path its context back, or read it
// without needing one.
var contextCalls = map[string]bool{"storePath": true, "fetchClosure": true, "appendContext": true}

func runStorePathLiteral(p *Pass) {
	seen := map[int]bool{}
	for _, img := range p.Images {
		m := img.m
		keys, _ := m.writtenKeys(img.args)
		visited := map[*scope.Def]bool{}
		for _, k := range keys {
			if !storePathKeys[k.name] {
				continue
			}
			var e parser.Expr
			switch {
			case k.attr != nil:
				e = k.attr.Value
			case k.inh != nil && k.inh.From == nil:
				e, _ = k.node.(*parser.Ident)
			}
			if e == nil {
				continue
			}
			m.findStorePaths(e, visited, func(at, end int, path string) {
				if seen[at] {
					return
				}
				seen[at] = true
				p.Report(Diagnostic{
					Pos: at, End: end,
					Message: "`" + path + "` is a store path written as text: it carries no string context, so Nix does not put it in the image; " +
						"interpolate the package (\"${pkgs.foo}/bin/foo\") instead. No fix: the package cannot be told from the hash",
				})
			})
		}
	}
}

// findStorePaths calls found for every literal store path in the strings of
// e, following let names bound to data (strings, lists, sets, operators),
// and skipping the arguments of calls that give a path its context.
func (m *model) findStorePaths(e parser.Expr, visited map[*scope.Def]bool, found func(pos, end int, path string)) {
	parser.Inspect(e, func(n parser.Node) bool {
		switch x := n.(type) {
		case *parser.Apply:
			fn, _ := callee(x)
			if contextCalls[m.lastName(fn)] {
				return false
			}
		case *parser.Ident:
			d := m.def(x)
			if d == nil || visited[d] || (d.Kind != scope.LetDef && d.Kind != scope.RecDef) || d.Inherit != nil {
				return true
			}
			visited[d] = true
			if v := d.Value(); v != nil {
				switch parser.Unparen(v).(type) {
				case *parser.String, *parser.List, *parser.AttrSet, *parser.Binary:
					m.findStorePaths(v, visited, found)
				}
			}
		case *parser.String:
			for _, part := range x.Parts {
				t, ok := part.(*parser.StrText)
				if !ok {
					continue
				}
				for _, loc := range storePathIndexes(t.Value()) {
					path := t.Value()[loc[0]:loc[1]]
					pos, end := x.Pos(), x.End()
					if i := strings.Index(t.Raw, path); i >= 0 {
						pos, end = t.Pos()+i, t.Pos()+i+len(path)
					}
					found(pos, end, path)
				}
			}
		}
		return true
	})
}

func init() { register(StorePathLiteral) }
