// Package bench holds benchmarks over a real tree of Nix files, named by
// NIXDOCK_BENCH_TREE (a directory); without it they are skipped. They
// measure the work in one process, without process start or file reads,
// and like the command they give each file's tokens and tree back when
// done with it (File.Discard), so that the next file reuses them, and run
// the collector as the command does (GOGC=400 unless GOGC is set):
//
//	NIXDOCK_BENCH_TREE=~/src/home-manager go test -bench . ./bench
package bench

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
	"github.com/nixdock/nixdock/rules"
)

func TestMain(m *testing.M) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400) // as cmd/nixdock does
	}
	os.Exit(m.Run())
}

// load reads every .nix file under NIXDOCK_BENCH_TREE that parses.
func load(b *testing.B) ([][]byte, int64) {
	dir := os.Getenv("NIXDOCK_BENCH_TREE")
	if dir == "" {
		b.Skip("NIXDOCK_BENCH_TREE is not set")
	}
	var srcs [][]byte
	var n int64
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".nix") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if _, err := parser.ParseFile(path, src, 0); err == nil {
			srcs = append(srcs, src)
			n += int64(len(src))
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	if len(srcs) == 0 {
		b.Fatalf("no Nix files that parse under %s", dir)
	}
	return srcs, n
}

// benchTree runs each over every file of the tree, once per iteration.
// Besides the wall time it reports the process's CPU time per iteration
// (cpu-ns/op): on a loaded machine a benchmark waits for a core, which
// the wall time counts and the CPU time does not, so with -cpu 1 the CPU
// time is the steadier figure for comparing two versions.
func benchTree(b *testing.B, each func(b *testing.B, src []byte)) {
	srcs, n := load(b)
	b.SetBytes(n)
	b.ReportAllocs()
	cpu0, ok := cpuTime()
	for b.Loop() {
		for _, s := range srcs {
			each(b, s)
		}
	}
	if cpu1, ok1 := cpuTime(); ok && ok1 && b.N > 0 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
	}
}

func parse(b *testing.B, src []byte) *parser.File {
	f, err := parser.ParseFile("x.nix", src, 0)
	if err != nil {
		b.Fatal(err)
	}
	return f
}

func BenchmarkTreeParse(b *testing.B) {
	benchTree(b, func(b *testing.B, src []byte) {
		parse(b, src).Discard()
	})
}

func BenchmarkTreeParseResolve(b *testing.B) {
	benchTree(b, func(b *testing.B, src []byte) {
		f := parse(b, src)
		scope.Resolve(f).Discard()
		f.Discard()
	})
}

func BenchmarkTreeLint(b *testing.B) {
	benchTree(b, func(b *testing.B, src []byte) {
		if f, _ := rules.LintSource("x.nix", src, nil); f != nil {
			f.Discard()
		}
	})
}

// BenchmarkTreeLintAll is BenchmarkTreeLint with every rule selected, as
// nixdock lint --select ALL runs them.
func BenchmarkTreeLintAll(b *testing.B) {
	cfg := &rules.Config{Select: []string{"ALL"}}
	benchTree(b, func(b *testing.B, src []byte) {
		if f, _ := rules.LintSource("x.nix", src, cfg); f != nil {
			f.Discard()
		}
	})
}

// benchRules parses and resolves every file of the tree once, outside the
// timer, and then times only the rules over them (rules.Lint under cfg):
// what linting costs beyond BenchmarkTreeParseResolve, measured without
// the parse's larger and noisier time around it.
func benchRules(b *testing.B, cfg *rules.Config) {
	srcs, n := load(b)
	type parsed struct {
		f    *parser.File
		info *scope.Info
	}
	files := make([]parsed, len(srcs))
	for i, s := range srcs {
		f := parse(b, s)
		files[i] = parsed{f, scope.Resolve(f)}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, ok := cpuTime()
	for b.Loop() {
		for _, p := range files {
			rules.Lint(p.f, p.info, cfg)
		}
	}
	if cpu1, ok1 := cpuTime(); ok && ok1 && b.N > 0 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkTreeRules times the default rules alone over the parsed tree.
func BenchmarkTreeRules(b *testing.B) { benchRules(b, nil) }

// BenchmarkTreeRulesAll times every rule alone over the parsed tree.
func BenchmarkTreeRulesAll(b *testing.B) {
	benchRules(b, &rules.Config{Select: []string{"ALL"}})
}
