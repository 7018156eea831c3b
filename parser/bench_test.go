package parser

import (
	"os"
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
