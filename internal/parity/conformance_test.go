package parity_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/nixdock/nixdock/internal/nixtest"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// TestConformanceTree checks every .nix file under NIXDOCK_CONFORMANCE_DIR
// (a checkout of home-manager, nixvim, nix-darwin, Nix's own tests, ...)
// against nix-instantiate --parse: nixdock must accept exactly the files
// Nix accepts, and give back every file byte for byte. It is left out of
// the default run because it needs a large tree and takes minutes:
//
//	NIXDOCK_CONFORMANCE_DIR=~/src go test -run Conformance ./internal/parity
//
// The one deliberate difference: a file with a NUL byte is reported as
// binary, where Nix silently reads it up to the NUL.
func TestConformanceTree(t *testing.T) {
	dir := os.Getenv("NIXDOCK_CONFORMANCE_DIR")
	if dir == "" {
		t.Skip("NIXDOCK_CONFORMANCE_DIR is not set")
	}
	nixtest.Require(t)
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && strings.HasSuffix(p, ".nix") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no .nix files under %s", dir)
	}
	var mu sync.Mutex
	agree, binary := 0, 0
	work := make(chan string)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for p := range work {
				src, err := os.ReadFile(p)
				if err != nil {
					t.Error(err)
					continue
				}
				f, perr := parser.ParseFile(p, src, 0)
				var b bytes.Buffer
				for _, tk := range f.Tokens {
					b.Write(src[tk.Pos:tk.End])
				}
				if !bytes.Equal(b.Bytes(), src) {
					t.Errorf("%s: tokens do not give back the file", p)
				}
				ours := perr == nil && len(scope.Resolve(f).Errors) == 0
				nix := nixtest.ParseFile(t, p)
				mu.Lock()
				switch {
				case bytes.IndexByte(src, 0) >= 0:
					binary++
					if ours {
						t.Errorf("%s: has a NUL byte but was accepted", p)
					}
				case ours != nix.OK:
					t.Errorf("%s: nixdock accepts: %v, Nix accepts: %v (%v; %s)", p, ours, nix.OK, perr, firstLine(nix.Stderr))
				default:
					agree++
				}
				mu.Unlock()
			}
		})
	}
	for _, p := range files {
		work <- p
	}
	close(work)
	wg.Wait()
	t.Logf("%d files: %d agree with Nix, %d binary", len(files), agree, binary)
}
