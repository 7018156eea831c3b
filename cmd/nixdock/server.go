package main

import (
	"io"
	"os"

	"github.com/nixdock/nixdock/internal/lsp"
)

type serverCmd struct {
	Stdio bool `help:"Talk over standard input and output (the default and only transport; accepted for clients that pass it)."`
}

// Run serves the Language Server Protocol on standard input and output
// until the client sends exit.
func (c *serverCmd) Run(e *env) error {
	out, ok := e.stdout.(io.WriteCloser)
	if !ok {
		out = nopCloser{e.stdout}
	}
	if f, isFile := e.stdout.(*os.File); isFile && f == os.Stdout {
		out = f
	}
	code := lsp.Serve(e.stdin, out, lsp.Options{Log: e.stderr, Version: stamp().Version})
	return codeErr(code)
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }
