// Package suppress applies inline suppression comments to findings and
// reports the comments that suppress nothing (ND900).
//
//	# nixdock: ignore[ND001, untagged-image] reason
//
// on the line before a finding, or at the end of its line, hides those
// findings there;
//
//	# nixdock: ignore-file[ND002] reason
//
// anywhere in the file hides them in the whole file. Block comments work
// the same way. Rules may be named by code or name.
package suppress

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

// Comment is one suppression comment.
type Comment struct {
	Pos, End int // the comment token
	File     bool
	Line     int // 1-based line of the comment
	Alone    bool
	// Entries are the rules as written; ListPos/ListEnd bound the text
	// between the brackets.
	Entries          []string
	ListPos, ListEnd int
}

// directive is compiled the first time a file holds the marker text, not
// at start-up.
var directive = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:#|/\*)\s*nixdock:\s*(ignore|ignore-file)\[([^\]]*)\]`)
})

// Parse finds the suppression comments of f.
func Parse(f *parser.File) []Comment {
	// Every directive holds the marker; nearly no file does, and looking
	// for it is far quicker than looking at every comment.
	if !hasMarker(f.Src) {
		return nil
	}
	var out []Comment
	for i, t := range f.Tokens {
		if t.Kind != parser.TLineComment && t.Kind != parser.TBlockComment {
			continue
		}
		pos, end := int(t.Pos), int(t.End)
		text := f.Src[pos:end]
		m := directive().FindSubmatchIndex(text)
		if m == nil {
			continue
		}
		c := Comment{
			Pos: pos, End: end,
			File:    string(text[m[2]:m[3]]) == "ignore-file",
			Line:    f.Position(pos).Line,
			ListPos: pos + m[4], ListEnd: pos + m[5],
			Alone: alone(f, i),
		}
		for _, e := range strings.Split(string(text[m[4]:m[5]]), ",") {
			if e = strings.TrimSpace(e); e != "" {
				c.Entries = append(c.Entries, e)
			}
		}
		out = append(out, c)
	}
	return out
}

// hasMarker reports whether src contains "nixdock:". It looks for the
// colon, which is rare in Nix source, and then at what precedes it:
// bytes.Contains starts from the first byte, n, one of the commonest, and
// this test ran over every byte of every file linted.
func hasMarker(src []byte) bool {
	const word = "nixdock"
	for i := len(word); i < len(src); {
		j := bytes.IndexByte(src[i:], ':')
		if j < 0 {
			return false
		}
		i += j
		if string(src[i-len(word):i]) == word {
			return true
		}
		i++
	}
	return false
}

// alone reports whether token i is the only non-blank thing on its line.
func alone(f *parser.File, i int) bool {
	t := f.Tokens[i]
	for p := int(t.Pos) - 1; p >= 0 && f.Src[p] != '\n'; p-- {
		if f.Src[p] != ' ' && f.Src[p] != '\t' && f.Src[p] != '\r' {
			return false
		}
	}
	for p := int(t.End); p < len(f.Src) && f.Src[p] != '\n'; p++ {
		if f.Src[p] != ' ' && f.Src[p] != '\t' && f.Src[p] != '\r' {
			return false
		}
	}
	return true
}

// covers reports whether c applies to a finding starting on line.
func (c *Comment) covers(line int) bool {
	if c.File {
		return true
	}
	if c.Alone {
		return line == c.Line+1
	}
	return line == c.Line
}

// Apply removes the findings that comments suppress and adds an ND900
// finding for each comment entry that suppressed nothing, when ND900 is
// enabled. Entries naming rules that cfg does not run are left alone: this
// run cannot tell whether they are needed. Syntax errors (ND000) are never
// suppressed. A file with an ND000 finding that the rules still looked at
// (its only errors are undefined variables or duplicate attributes) has
// its other findings suppressed as usual, but no ND900 findings: a file
// Nix rejects gets no fixes, and deleting a comment is one.
func Apply(f *parser.File, ds []rules.Diagnostic, cfg *rules.Config) []rules.Diagnostic {
	comments := Parse(f)
	if len(comments) == 0 {
		return ds
	}
	rejected := false
	for _, d := range ds {
		if d.Code == rules.SyntaxError.Code {
			rejected = true
		}
	}
	used := make([][]bool, len(comments))
	for i := range comments {
		used[i] = make([]bool, len(comments[i].Entries))
	}
	var kept []rules.Diagnostic
	for _, d := range ds {
		line := f.Position(d.Pos).Line
		hidden := false
		for i := range comments {
			c := &comments[i]
			if !c.covers(line) || d.Code == rules.SyntaxError.Code {
				continue
			}
			for j, e := range c.Entries {
				if r := rules.Lookup(e); r != nil && r.Code == d.Code {
					used[i][j] = true
					hidden = true
				}
			}
		}
		if !hidden {
			kept = append(kept, d)
		}
	}
	nd900 := rules.UnusedSuppression
	if !cfg.Enabled(nd900) || rejected {
		return kept
	}
	for i := range comments {
		c := &comments[i]
		var unused, keep []string
		for j, e := range c.Entries {
			r := rules.Lookup(e)
			switch {
			case r == nil:
				unused = append(unused, e)
			case used[i][j] || !cfg.Enabled(r) || r.Code == nd900.Code:
				keep = append(keep, e)
			default:
				unused = append(unused, e)
			}
		}
		if len(unused) == 0 {
			continue
		}
		d := unusedFinding(f, c, unused, keep)
		d.Severity = cfg.SeverityOf(nd900)
		// An ND900 finding can itself be suppressed, by a file-wide
		// ignore-file[ND900].
		if !fileIgnores(comments, nd900.Code) {
			kept = append(kept, d)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Pos < kept[j].Pos })
	return kept
}

func fileIgnores(comments []Comment, code string) bool {
	for _, c := range comments {
		if !c.File {
			continue
		}
		for _, e := range c.Entries {
			if r := rules.Lookup(e); r != nil && r.Code == code {
				return true
			}
		}
	}
	return false
}

func unusedFinding(f *parser.File, c *Comment, unused, keep []string) rules.Diagnostic {
	var msg string
	var what []string
	for _, u := range unused {
		if rules.Lookup(u) == nil {
			what = append(what, fmt.Sprintf("unknown rule %q", u))
		} else {
			what = append(what, u)
		}
	}
	msg = "unused suppression: " + strings.Join(what, ", ") + " suppresses nothing here"
	d := rules.Diagnostic{
		Pos: c.Pos, End: c.End,
		Code: rules.UnusedSuppression.Code, Name: rules.UnusedSuppression.Name,
		Message: msg,
	}
	var fix rules.Fix
	fix.Safety = rules.Safe
	if len(keep) > 0 {
		fix.Message = "remove " + strings.Join(unused, ", ") + " from the suppression"
		fix.Edits = []rules.TextEdit{{Pos: c.ListPos, End: c.ListEnd, NewText: strings.Join(keep, ", ")}}
	} else {
		fix.Message = "remove the suppression comment"
		fix.Edits = []rules.TextEdit{removal(f, c)}
	}
	d.Fixes = []rules.Fix{fix}
	return d
}

// removal deletes the comment: its whole line when it is alone there, else
// the comment and the blanks before it.
func removal(f *parser.File, c *Comment) rules.TextEdit {
	start := c.Pos
	for start > 0 && (f.Src[start-1] == ' ' || f.Src[start-1] == '\t') {
		start--
	}
	if !c.Alone {
		return rules.TextEdit{Pos: start, End: c.End}
	}
	end := c.End
	for end < len(f.Src) && f.Src[end] != '\n' {
		end++
	}
	if end < len(f.Src) {
		end++ // the newline
	}
	return rules.TextEdit{Pos: start, End: end}
}
