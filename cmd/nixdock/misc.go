package main

import (
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/nixdock/nixdock/docs"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
	"github.com/nixdock/nixdock/rules"
)

type parseCmd struct {
	Dump  bool     `help:"Print the syntax tree of each file."`
	Files []string `arg:"" name:"file" help:"Nix files to parse." type:"path"`
}

func (c *parseCmd) Run(e *env) error {
	code := exitClean
	for _, path := range c.Files {
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(e.stderr, "nixdock: %s: %v\n", path, unwrapPathError(err))
			code = exitUsage
			continue
		}
		f, err := parser.ParseFile(path, src, 0)
		var errs parser.ErrorList
		if err != nil {
			if list, ok := err.(parser.ErrorList); ok {
				errs = list
			} else {
				fmt.Fprintf(e.stderr, "%s: %v\n", path, err)
				code = max(code, exitFindings)
				continue
			}
		} else {
			errs = scope.Resolve(f).Errors
			errs.Sort()
		}
		for _, pe := range errs {
			fmt.Fprintf(e.stderr, "%s\n", pe)
		}
		if len(errs) > 0 {
			code = max(code, exitFindings)
			continue
		}
		if c.Dump {
			if err := parser.Fprint(e.stdout, f, f.Expr); err != nil {
				return err
			}
		}
	}
	if code != exitClean {
		return &exitError{code: code}
	}
	return nil
}

type rulesCmd struct{}

func (rulesCmd) Run(e *env) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tSEVERITY\tFIX\tSUMMARY")
	for _, r := range rules.All() {
		fix := "-"
		if r.HasFix {
			fix = r.Fix.String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Code, r.Name, r.Severity, fix, r.Summary)
	}
	return tw.Flush()
}

type explainCmd struct {
	Rule string `arg:"" help:"Rule code (ND001) or name (missing-ssl-cert-env)."`
}

func (c *explainCmd) Run(e *env) error {
	r := rules.Lookup(c.Rule)
	if r == nil {
		return usagef("unknown rule %q (see nixdock rules)", c.Rule)
	}
	page, ok := docs.RulePage(r.Code)
	if !ok {
		return usagef("rule %s has no page", r.Code)
	}
	_, err := fmt.Fprint(e.stdout, page)
	return err
}

type versionCmd struct{}

func (versionCmd) Run(e *env) error {
	_, err := fmt.Fprintf(e.stdout, "nixdock %s\n", version())
	return err
}

// unwrapPathError drops the operation and path from an *os.PathError, which
// the caller already prints.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
