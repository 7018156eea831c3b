package fixer

import (
	"fmt"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// contextLines is the number of unchanged lines shown around each change,
// as diff -u and git diff do.
const contextLines = 3

type diffLine struct {
	op   diffmatchpatch.Operation
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
	dmp := diffmatchpatch.New()
	a, b, lineArray := dmp.DiffLinesToRunes(string(old), string(new))
	diffs := dmp.DiffCharsToLines(dmp.DiffMainRunes(a, b, false), lineArray)
	var lines []diffLine
	for _, d := range diffs {
		for _, l := range splitLines(d.Text) {
			lines = append(lines, diffLine{op: d.Type, text: l})
		}
	}
	var out strings.Builder
	fmt.Fprintf(&out, "--- a/%s\n+++ b/%s\n", path, path)
	// oldNo and newNo are the 1-based numbers of the next line on each side.
	oldNo, newNo := 1, 1
	i := 0
	for i < len(lines) {
		// Find the next change.
		j := i
		for j < len(lines) && lines[j].op == diffmatchpatch.DiffEqual {
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
			if lines[k].op != diffmatchpatch.DiffEqual {
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
			case diffmatchpatch.DiffEqual:
				oldCount++
				newCount++
			case diffmatchpatch.DiffDelete:
				oldCount++
			case diffmatchpatch.DiffInsert:
				newCount++
			}
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(oldNo, oldCount), hunkRange(newNo, newCount))
		for _, l := range lines[start:stop] {
			switch l.op {
			case diffmatchpatch.DiffEqual:
				out.WriteByte(' ')
			case diffmatchpatch.DiffDelete:
				out.WriteByte('-')
			case diffmatchpatch.DiffInsert:
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
