package fixer

import (
	"fmt"
	"strings"
)

// contextLines is the number of unchanged lines shown around each change,
// as diff -u and git diff do.
const contextLines = 3

// diffOp says what happens to a line.
type diffOp uint8

const (
	opEqual diffOp = iota
	opDelete
	opInsert
)

type diffLine struct {
	op   diffOp
	text string // the line with its terminator, if it has one
}

// Diff renders the change from old to new as a unified diff with a/ and b/
// prefixes, which git apply and patch -p1 accept. It returns "" when the
// contents are equal. A last line without a newline is marked the way diff
// marks it; CR bytes stay part of their lines.
func Diff(path string, old, new []byte) string {
	if string(old) == string(new) {
		return ""
	}
	lines := lineDiff(splitLines(string(old)), splitLines(string(new)))
	var out strings.Builder
	fmt.Fprintf(&out, "--- a/%s\n+++ b/%s\n", path, path)
	// oldNo and newNo are the 1-based numbers of the next line on each side.
	oldNo, newNo := 1, 1
	i := 0
	for i < len(lines) {
		// Find the next change.
		j := i
		for j < len(lines) && lines[j].op == opEqual {
			j++
		}
		if j == len(lines) {
			break
		}
		// Advance the line numbers over the equal lines skipped before the
		// hunk's leading context.
		start := max(j-contextLines, i)
		oldNo += start - i
		newNo += start - i
		// Extend the hunk while changes are within 2*context of each other.
		end := j
		for k := j; k < len(lines); k++ {
			if lines[k].op != opEqual {
				end = k + 1
				continue
			}
			if k-end >= 2*contextLines {
				break
			}
		}
		stop := min(end+contextLines, len(lines))
		var oldCount, newCount int
		for _, l := range lines[start:stop] {
			switch l.op {
			case opEqual:
				oldCount++
				newCount++
			case opDelete:
				oldCount++
			case opInsert:
				newCount++
			}
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(oldNo, oldCount), hunkRange(newNo, newCount))
		for _, l := range lines[start:stop] {
			switch l.op {
			case opEqual:
				out.WriteByte(' ')
			case opDelete:
				out.WriteByte('-')
			case opInsert:
				out.WriteByte('+')
			}
			out.WriteString(l.text)
			if !strings.HasSuffix(l.text, "\n") {
				out.WriteString("\n\\ No newline at end of file\n")
			}
		}
		oldNo += oldCount
		newNo += newCount
		i = stop
	}
	return out.String()
}

// hunkRange formats one side of a hunk header. An empty side names the
// line before it, as diff does.
func hunkRange(start, count int) string {
	if count == 0 {
		return fmt.Sprintf("%d,0", start-1)
	}
	if count == 1 {
		return fmt.Sprintf("%d", start)
	}
	return fmt.Sprintf("%d,%d", start, count)
}

// splitLines splits s after each "\n", keeping the terminators.
func splitLines(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// maxEdits bounds the search for a shortest edit script: past it, the
// rest of the two sides is shown as removed and added whole, which is
// still a correct diff. Fixes change a few lines.
const maxEdits = 1000

// lineDiff returns a shortest edit script from a to b (Myers' algorithm on
// what is left once the common head and tail are set aside), with the
// removed lines of each change before the added ones.
func lineDiff(a, b []string) []diffLine {
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	out := make([]diffLine, 0, len(a)+len(b)-head-tail)
	for _, l := range a[:head] {
		out = append(out, diffLine{opEqual, l})
	}
	out = append(out, shortestEdit(a[head:len(a)-tail], b[head:len(b)-tail])...)
	for _, l := range a[len(a)-tail:] {
		out = append(out, diffLine{opEqual, l})
	}
	// Removed lines first within each run of changes.
	for i := 0; i < len(out); {
		if out[i].op == opEqual {
			i++
			continue
		}
		j := i
		for j < len(out) && out[j].op != opEqual {
			j++
		}
		run := out[i:j]
		var del, ins []diffLine
		for _, l := range run {
			if l.op == opDelete {
				del = append(del, l)
			} else {
				ins = append(ins, l)
			}
		}
		copy(run, append(del, ins...))
		i = j
	}
	return out
}

// shortestEdit is Myers' O(ND) search. v[k] is the furthest x reached on
// diagonal k = x - y; trace keeps, for each number of edits d, the part of
// v (diagonals -d..d) from before that step, to walk the path back.
func shortestEdit(a, b []string) []diffLine {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		return wholesale(a, b)
	}
	limit := min(n+m, maxEdits)
	off := limit + 1
	v := make([]int, 2*limit+3)
	var trace [][]int
	for d := 0; d <= limit; d++ {
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(a, b, trace)
			}
		}
	}
	return wholesale(a, b)
}

// backtrack walks the path found by shortestEdit back from its end.
func backtrack(a, b []string, trace [][]int) []diffLine {
	x, y := len(a), len(b)
	var rev []diffLine
	for d := len(trace) - 1; d > 0; d-- {
		at := func(k int) int { return trace[d][k+d] }
		k := x - y
		prev := k - 1
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			prev = k + 1
		}
		px := at(prev)
		py := px - prev
		for x > px && y > py {
			rev = append(rev, diffLine{opEqual, a[x-1]})
			x--
			y--
		}
		if x == px {
			rev = append(rev, diffLine{opInsert, b[y-1]})
			y--
		} else {
			rev = append(rev, diffLine{opDelete, a[x-1]})
			x--
		}
	}
	for x > 0 && y > 0 {
		rev = append(rev, diffLine{opEqual, a[x-1]})
		x--
		y--
	}
	out := make([]diffLine, len(rev))
	for i, l := range rev {
		out[len(rev)-1-i] = l
	}
	return out
}

// wholesale shows a as removed and b as added.
func wholesale(a, b []string) []diffLine {
	out := make([]diffLine, 0, len(a)+len(b))
	for _, l := range a {
		out = append(out, diffLine{opDelete, l})
	}
	for _, l := range b {
		out = append(out, diffLine{opInsert, l})
	}
	return out
}
