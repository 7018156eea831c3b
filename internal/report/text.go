package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/nixdock/nixdock/rules"
)

var (
	bold       = color.New(color.Bold)
	dim        = color.New(color.Faint)
	helpColor  = color.New(color.FgCyan)
	sevColours = map[rules.Severity]*color.Color{
		rules.Error:   color.New(color.FgRed, color.Bold),
		rules.Warning: color.New(color.FgYellow, color.Bold),
		rules.Info:    color.New(color.FgBlue, color.Bold),
	}
)

func writeText(out io.Writer, files []File, sum Summary) error {
	w := bufio.NewWriter(out)
	var counts [3]int
	total, safe, unsafe := 0, 0, 0
	for _, f := range files {
		for _, d := range f.Diags {
			total++
			if int(d.Severity) < len(counts) {
				counts[d.Severity]++
			}
			p := f.File.Position(d.Pos)
			fmt.Fprintf(w, "%s %s %s %s\n",
				bold.Sprintf("%s:%d:%d:", f.Path, p.Line, p.Column),
				sevColours[d.Severity].Sprint(d.Code),
				dim.Sprintf("[%s]", d.Name),
				d.Message)
			writeSnippet(w, f, d)
			if fx := fixOf(d); fx != nil {
				note := ""
				if fx.Safety == rules.Unsafe {
					unsafe++
					note = " (unsafe: use --unsafe-fixes)"
				} else {
					safe++
				}
				fmt.Fprintf(w, "  %s %s%s\n", helpColor.Sprint("help:"), fx.Message, note)
			} else if d.NoFix != "" {
				fmt.Fprintf(w, "  %s no fix: %s\n", helpColor.Sprint("help:"), d.NoFix)
			}
			fmt.Fprintln(w)
		}
	}
	if !sum.Quiet {
		if sum.Fixed > 0 {
			fmt.Fprintf(w, "Fixed %s.\n", plural(sum.Fixed, "problem"))
		}
		if total == 0 {
			if sum.Fixed == 0 && !sum.Failed {
				fmt.Fprintln(w, "No problems found.")
			}
		} else {
			fmt.Fprintf(w, "Found %s (%d %s, %d %s, %d info).", plural(total, "problem"),
				counts[rules.Error], pluralWord(counts[rules.Error], "error"),
				counts[rules.Warning], pluralWord(counts[rules.Warning], "warning"),
				counts[rules.Info])
			if safe > 0 {
				fmt.Fprintf(w, " %d fixable with --fix.", safe)
			}
			if unsafe > 0 {
				fmt.Fprintf(w, " %d more with --unsafe-fixes.", unsafe)
			}
			fmt.Fprintln(w)
		}
	}
	return w.Flush()
}

// writeSnippet prints the finding's first line with its span underlined.
func writeSnippet(w io.Writer, f File, d rules.Diagnostic) {
	src := f.File.Src
	start := f.File.Position(d.Pos)
	lineStart := d.Pos - (start.Column - 1)
	lineEnd := lineStart
	for lineEnd < len(src) && src[lineEnd] != '\n' {
		lineEnd++
	}
	line := strings.TrimRight(string(src[lineStart:lineEnd]), "\r")
	end := min(max(d.End, d.Pos+1), lineStart+len(line))
	num := fmt.Sprint(start.Line)
	pad := strings.Repeat(" ", len(num))
	// Tabs keep their width in the underline so that it lines up.
	var under strings.Builder
	for i := lineStart; i < d.Pos && i < lineStart+len(line); i++ {
		if line[i-lineStart] == '\t' {
			under.WriteByte('\t')
		} else if src[i]&0xC0 != 0x80 { // one column per character
			under.WriteByte(' ')
		}
	}
	carets := 0
	for i := d.Pos; i < end; i++ {
		if src[i]&0xC0 != 0x80 {
			carets++
		}
	}
	carets = max(carets, 1)
	fmt.Fprintf(w, " %s %s\n", pad, dim.Sprint("|"))
	fmt.Fprintf(w, " %s %s %s\n", dim.Sprint(num), dim.Sprint("|"), line)
	fmt.Fprintf(w, " %s %s %s%s\n", pad, dim.Sprint("|"), under.String(), sevColours[d.Severity].Sprint(strings.Repeat("^", carets)))
}

func plural(n int, word string) string { return fmt.Sprintf("%d %s", n, pluralWord(n, word)) }

func pluralWord(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
