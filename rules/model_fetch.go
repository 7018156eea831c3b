package rules

import (
	"bytes"

	"github.com/nixdock/nixdock/parser"
)

// fetchFuncs are the dockerTools functions that fetch or unpack an image
// rather than build one. They are kept apart from imageFuncs so that the
// rules about image builds never see them.
var fetchFuncs = map[string]bool{
	"pullImage":   true,
	"exportImage": true,
}

// fetchCalls returns every dockerTools.pullImage and exportImage call of
// the pass's file, in source order, as Images whose Func is the function
// name; Attr and the model's lookups work on their arguments as on an
// image build's. They are not in p.Images.
func fetchCalls(p *Pass) []*Image {
	if p.File == nil || p.File.Expr == nil || p.Scope == nil {
		return nil
	}
	src := p.File.Src
	// Both names spell Image, which the pass has already looked for.
	if p.noImage || !p.spellsPullImage() && !bytes.Contains(src, []byte("exportImage")) {
		return nil
	}
	var m *model
	if len(p.Images) > 0 {
		m = p.Images[0].m
	} else {
		m = newModel(p.File, p.Scope)
	}
	var out []*Image
	parser.Inspect(p.File.Expr, func(n parser.Node) bool {
		call, ok := n.(*parser.Apply)
		if !ok {
			return true
		}
		path := m.pathOf(call.Fun)
		if len(path) >= 2 && path[len(path)-2] == "dockerTools" && fetchFuncs[path[len(path)-1]] {
			out = append(out, &Image{
				Call: call,
				Func: path[len(path)-1],
				Fun:  call.Fun,
				Arg:  call.Arg,
				m:    m,
				args: m.eval(call.Arg, false),
			})
		}
		return true
	})
	return out
}

// spellsPullImage reports whether the pass's source contains pullImage,
// looking once: ND205 and ND303 both ask.
func (p *Pass) spellsPullImage() bool {
	if p.pullImage == 0 {
		p.pullImage = -1
		if bytes.Contains(p.File.Src, []byte("pullImage")) {
			p.pullImage = 1
		}
	}
	return p.pullImage > 0
}
