package parser

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParse measures scanning plus parsing of a realistic image
// definition; the target is at least 100 MB/s on one core.
func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile("testdata/image.nix")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFile("image.nix", src, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScan measures the scanner alone.
func BenchmarkScan(b *testing.B) {
	src, err := os.ReadFile("testdata/image.nix")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		scan(src)
	}
}

// BenchmarkTreeScan measures the scanner alone over every .nix file under
// NIXDOCK_BENCH_TREE (see ../bench for the whole pipeline), giving each
// token table back as the parser's users do.
func BenchmarkTreeScan(b *testing.B) {
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
		srcs = append(srcs, src)
		n += int64(len(src))
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			toks, _ := scan(src)
			(&File{Tokens: toks}).Release()
		}
	}
}
