// Command nixdock lints and fixes Nix expressions that build container
// images with nixpkgs dockerTools.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/alecthomas/kong"
)

// Exit codes.
const (
	exitClean    = 0 // nothing at or above --fail-on remains
	exitFindings = 1 // findings remain
	exitUsage    = 2 // bad usage, bad config, unreadable path, internal error
)

type cli struct {
	Lint    lintCmd    `cmd:"" default:"withargs" help:"Lint Nix files (the default command)."`
	Parse   parseCmd   `cmd:"" help:"Parse Nix files and report syntax errors, undefined variables and duplicate attributes."`
	Images  imagesCmd  `cmd:"" help:"Print every image build found and what is known of each argument."`
	Rules   rulesCmd   `cmd:"" help:"List the rules."`
	Explain explainCmd `cmd:"" help:"Print the page of a rule."`
	Version versionCmd `cmd:"" help:"Print the version."`
	Server  serverCmd  `cmd:"" help:"Run the language server on standard input and output."`

	VersionFlag kong.VersionFlag `name:"version" help:"Print the version and exit."`
}

// env is what commands write to; tests give their own.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// usageError is an error that exits with exitUsage after one line on stderr.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// pathList is a list of path arguments, kept as given. kong's own decoding
// of a []string passes every value through encoding/json, which for the
// thousands of paths a pre-commit hook or xargs hands over costs as much
// as parsing a good share of the files.
type pathList []string

func (l *pathList) Decode(ctx *kong.DecodeContext) error {
	for _, t := range ctx.Scan.PopWhile(func(t kong.Token) bool { return t.IsValue() }) {
		s, ok := t.Value.(string)
		if !ok {
			return fmt.Errorf("expected a path, got %v", t)
		}
		*l = append(*l, s)
	}
	return nil
}

// exitError carries an exit code without a message (findings were printed).
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

func run(args []string, e *env) int {
	if lc, ok := fastLint(args); ok {
		return exitCode(lc.Run(e), e)
	}
	var c cli
	exited := -1
	parser, err := kong.New(&c,
		kong.Name("nixdock"),
		kong.Description("A linter and auto-fixer for Nix expressions that build container images with dockerTools."),
		kong.UsageOnError(),
		kong.Writers(e.stdout, e.stderr),
		kong.Exit(func(code int) { exited = code }),
		kong.Bind(e),
		kong.Vars{"version": stamp().String()},
	)
	if err != nil {
		fmt.Fprintf(e.stderr, "nixdock: internal error: %v\n", err)
		return exitUsage
	}
	ctx, err := parser.Parse(args)
	if exited >= 0 { // --help
		return exited
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "nixdock: %v\n", err)
		return exitUsage
	}
	err = ctx.Run(e)
	if exited >= 0 {
		return exited
	}
	return exitCode(err, e)
}

// exitCode is the exit status for a command's result, after printing its
// error, if any.
func exitCode(err error, e *env) int {
	var ue *usageError
	var ee *exitError
	switch {
	case err == nil:
		return exitClean
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "nixdock: %s\n", ue.msg)
		return exitUsage
	default:
		fmt.Fprintf(e.stderr, "nixdock: %v\n", err)
		return exitUsage
	}
}

// softMemoryLimit is the heap size above which the collector runs more
// often than GOGC asks.
const softMemoryLimit = 48 << 20

func main() {
	// Each file's syntax tree is garbage as soon as the file is done, and
	// the live heap stays small (one file per worker), so the collector can
	// run far less often than Go's default without memory growing with the
	// tree. GOGC still wins when set.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	// Five times a small live heap is still small, but the live heap
	// grows a little with the number of paths named, and so would the
	// heap: a soft limit keeps the peak where one file's work puts it.
	// Over the limit (a huge file), the collector just runs more often.
	// GOMEMLIMIT still wins when set.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit)
	}
	stop := startProfile()
	code := run(os.Args[1:], &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr})
	stop()
	os.Exit(code)
}
