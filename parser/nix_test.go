package parser

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/internal/nixtest"
)

// readSnippets reads testdata/snippets.txt: one Nix snippet per line, with
// a few backslash escapes so that control bytes can be written.
func readSnippets(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "snippets.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, ";;;") {
			continue
		}
		out = append(out, unescapeSnippet(line))
	}
	return out
}

func unescapeSnippet(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case 'x':
			if i+2 < len(s) {
				if v, err := strconv.ParseUint(s[i+1:i+3], 16, 8); err == nil {
					b.WriteByte(byte(v))
					i += 2
					continue
				}
			}
			b.WriteString(`\x`)
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// nixAccepts runs Nix's parser on src. Errors that Nix raises after
// parsing (unbound variables) or for semantic reasons (duplicate
// attributes) count as accepted: they are not syntax errors.
func nixAccepts(t *testing.T, src []byte) (bool, string) {
	r := nixtest.ParseSource(t, src)
	if r.OK {
		return true, r.Stdout
	}
	for _, s := range []string{"undefined variable", "already defined", "duplicate formal"} {
		if strings.Contains(r.Stderr, s) {
			return true, r.Stderr
		}
	}
	return false, r.Stderr
}

// TestNixAgreement checks that we accept exactly the snippets Nix 2.8
// accepts. In -short mode only every fourth snippet is checked.
func TestNixAgreement(t *testing.T) {
	nixtest.Require(t)
	snippets := readSnippets(t)
	if len(snippets) < 300 {
		t.Fatalf("only %d snippets", len(snippets))
	}
	step := 1
	if testing.Short() {
		step = 4
	}
	for i := 0; i < len(snippets); i += step {
		src := snippets[i]
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			t.Parallel()
			want, nixOut := nixAccepts(t, []byte(src))
			_, err := ParseFile("default.nix", []byte(src), 0)
			if got := err == nil; got != want {
				t.Errorf("%q: we accept=%v (%v), Nix accept=%v: %s", src, got, err, want, strings.TrimSpace(nixOut))
			}
		})
	}
}
