package scope_test

import (
	"os"
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

func benchSource(b *testing.B) []byte {
	src, err := os.ReadFile("../testdata/image.nix")
	if err != nil {
		b.Fatal(err)
	}
	return src
}

// BenchmarkResolve measures binding alone on a realistic image definition.
func BenchmarkResolve(b *testing.B) {
	src := benchSource(b)
	f, err := parser.ParseFile("image.nix", src, 0)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if info := scope.Resolve(f); len(info.Errors) > 0 {
			b.Fatal(info.Errors)
		}
	}
}

// BenchmarkParseResolve measures what every lint pays before any rule runs;
// the target is at least 100 MB/s on one core.
func BenchmarkParseResolve(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := parser.ParseFile("image.nix", src, 0)
		if err != nil {
			b.Fatal(err)
		}
		if info := scope.Resolve(f); len(info.Errors) > 0 {
			b.Fatal(info.Errors)
		}
	}
}
