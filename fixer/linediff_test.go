package fixer

import (
	"math/rand"
	"strings"
	"testing"
)

// lcs is the length of a longest common subsequence, by dynamic
// programming: a shortest edit script has len(a)+len(b)-2*lcs edits.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	for i := range a {
		cur := make([]int, len(b)+1)
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev = cur
	}
	return prev[len(b)]
}

// sides rebuilds both sides from an edit script.
func sides(ls []diffLine) (a, b []string) {
	for _, l := range ls {
		if l.op != opInsert {
			a = append(a, l.text)
		}
		if l.op != opDelete {
			b = append(b, l.text)
		}
	}
	return a, b
}

func TestLineDiffIsShortest(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	words := []string{"a", "b", "c", "d", "e"}
	gen := func() []string {
		out := make([]string, rng.Intn(25))
		for i := range out {
			out[i] = words[rng.Intn(len(words))]
		}
		return out
	}
	for i := 0; i < 500; i++ {
		a, b := gen(), gen()
		ls := lineDiff(a, b)
		ga, gb := sides(ls)
		if strings.Join(ga, ",") != strings.Join(a, ",") || strings.Join(gb, ",") != strings.Join(b, ",") {
			t.Fatalf("script does not rebuild the sides: %v %v -> %+v", a, b, ls)
		}
		edits := 0
		for _, l := range ls {
			if l.op != opEqual {
				edits++
			}
		}
		if want := len(a) + len(b) - 2*lcs(a, b); edits != want {
			t.Fatalf("%v -> %v: %d edits, shortest has %d", a, b, edits, want)
		}
	}
}

// Past maxEdits the script is no longer shortest but still rebuilds both
// sides.
func TestLineDiffBeyondLimit(t *testing.T) {
	var a, b []string
	for i := 0; i < maxEdits+500; i++ {
		a = append(a, "old"+strings.Repeat("x", i%7))
		b = append(b, "new"+strings.Repeat("y", i%5))
	}
	a = append(a, "same")
	b = append(b, "same")
	ga, gb := sides(lineDiff(a, b))
	if strings.Join(ga, "\n") != strings.Join(a, "\n") || strings.Join(gb, "\n") != strings.Join(b, "\n") {
		t.Fatal("script does not rebuild the sides")
	}
}
