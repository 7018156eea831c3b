package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/nixdock/nixdock/internal/discover"
	"github.com/nixdock/nixdock/internal/readfile"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
	"github.com/nixdock/nixdock/rules"
)

// imagesCmd prints every image build the model finds, with what it knows
// of each argument the rules read: the first thing to look at when a
// finding (or its absence) is a surprise.
type imagesCmd struct {
	Paths    pathList `arg:"" name:"path" help:"Nix files or directories."`
	Format   string   `help:"Output format: text or json." enum:"text,json" default:"text"`
	NoPipes  bool     `name:"no-pipe-operators" help:"Refuse the pipe operators |> and <| (config: pipe-operators = false)."`
	Config   string   `help:"Use this config file instead of searching for one." type:"path"`
	NoConfig bool     `help:"Ignore config files."`
}

// imagesFile is one file's images, as the json format writes them (see
// docs/json.md).
type imagesFile struct {
	File   string      `json:"file"`
	Error  string      `json:"error,omitempty"`
	Images []imageJSON `json:"images"`
}

type imageJSON struct {
	Builder  string    `json:"builder"`
	Function string    `json:"function"`
	Range    rangeJSON `json:"range"`
	Args     []argJSON `json:"args"`
}

type argJSON struct {
	Name   string     `json:"name"`
	Answer string     `json:"answer"`
	Value  string     `json:"value,omitempty"`
	Range  *rangeJSON `json:"range,omitempty"`
	Reason string     `json:"reason,omitempty"`
}

type pointJSON struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Offset int `json:"offset"`
}

type rangeJSON struct {
	Start pointJSON `json:"start"`
	End   pointJSON `json:"end"`
}

func rangeOf(f *parser.File, pos, end int) rangeJSON {
	p, q := f.Position(pos), f.Position(end)
	return rangeJSON{pointJSON{p.Line, p.Column, p.Offset}, pointJSON{q.Line, q.Column, q.Offset}}
}

func (c *imagesCmd) Run(e *env) error {
	modeFor, err := parseModes(c.Config, c.NoConfig, c.NoPipes)
	if err != nil {
		return err
	}
	// Find, not Walk: Walk calls back from several goroutines at once.
	files, errs := discover.Find(c.Paths)
	code := exitClean
	for _, err := range errs {
		fmt.Fprintf(e.stderr, "nixdock: %v\n", err)
		code = exitUsage
	}
	var out []imagesFile
	for _, df := range files {
		res, ok := c.imagesOf(df.Path, modeFor)
		if !ok {
			fmt.Fprintf(e.stderr, "nixdock: %s\n", res.Error)
			code = max(code, exitFindings)
			if c.Format == "text" {
				continue
			}
		}
		out = append(out, res)
	}
	if c.Format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if out == nil {
			out = []imagesFile{}
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else if err := writeImagesText(e.stdout, out); err != nil {
		return err
	}
	return codeErr(code)
}

// imagesOf reads and models one file; ok is false when it cannot be
// read or parsed (res.Error says why).
func (c *imagesCmd) imagesOf(path string, modeFor func(string) (parser.Mode, error)) (res imagesFile, ok bool) {
	res = imagesFile{File: path, Images: []imageJSON{}}
	mode, err := modeFor(path)
	if err != nil {
		res.Error = err.Error()
		return res, false
	}
	src, err := readfile.Read(path)
	if err != nil {
		res.Error = fmt.Sprintf("%s: %v", path, unwrapPathError(err))
		return res, false
	}
	f, err := parser.ParseFile(path, src, mode)
	if err != nil {
		msg := err.Error()
		if list, ok := err.(parser.ErrorList); ok && len(list) > 0 {
			list.Sort()
			msg = fmt.Sprintf("%s: %s", list[0].Pos, rules.ExplainSyntaxError(list[0].Msg, mode))
		}
		res.Error = msg
		return res, false
	}
	// Undefined names and duplicate attributes leave the tree whole: the
	// model still reads it, as the rules do.
	info := scope.Resolve(f)
	for _, img := range rules.FindImages(f, info) {
		ij := imageJSON{
			Builder:  img.Func,
			Function: f.Text(img.Fun),
			Range:    rangeOf(f, img.Fun.Pos(), img.Fun.End()),
		}
		for _, a := range img.Args() {
			aj := argJSON{Name: a.Name, Answer: a.Answer.String(), Reason: a.Reason}
			if a.Pos >= 0 {
				r := rangeOf(f, a.Pos, a.End)
				aj.Range = &r
			}
			if a.Expr != nil {
				aj.Value = f.Text(a.Expr)
			}
			ij.Args = append(ij.Args, aj)
		}
		res.Images = append(res.Images, ij)
	}
	return res, true
}

// writeImagesText prints one block per image: where it is built and with
// what, then a line per argument.
func writeImagesText(w io.Writer, files []imagesFile) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	n := 0
	for _, fl := range files {
		for _, img := range fl.Images {
			if n > 0 {
				fmt.Fprintln(tw)
			}
			n++
			fmt.Fprintf(tw, "%s:%d:%d: %s (%s)\n", fl.File, img.Range.Start.Line, img.Range.Start.Column, img.Builder, oneLineText(img.Function, 60))
			for _, a := range img.Args {
				detail := ""
				switch {
				case a.Value != "":
					detail = oneLineText(a.Value, 60)
					if a.Range != nil {
						detail += fmt.Sprintf(" (%d:%d)", a.Range.Start.Line, a.Range.Start.Column)
					}
					if a.Reason != "" {
						detail += "; " + a.Reason
					}
				case a.Reason != "":
					detail = a.Reason
					if a.Range != nil {
						detail += fmt.Sprintf(" (%d:%d)", a.Range.Start.Line, a.Range.Start.Column)
					}
				}
				if detail == "" {
					fmt.Fprintf(tw, "  %s\t%s\n", a.Name, a.Answer)
				} else {
					fmt.Fprintf(tw, "  %s\t%s\t%s\n", a.Name, a.Answer, detail)
				}
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d image %s found in %d %s.\n", n, plural(n, "build", "builds"), len(files), plural(len(files), "file", "files"))
	return err
}

// oneLineText shortens s to one line of at most limit bytes.
func oneLineText(s string, limit int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > limit {
		s = s[:limit-1] + "…"
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
