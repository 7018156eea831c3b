package parser

import (
	"bytes"
	"strings"
	"unsafe"
)

// unescapeString decodes the text of a "..." string as Nix 2.8 does:
// \n, \r and \t are control characters, a backslash before any other byte
// yields that byte, and a bare CR or CR LF becomes LF.
func unescapeString(raw string) string {
	if strings.IndexByte(raw, '\\') < 0 && strings.IndexByte(raw, '\r') < 0 {
		return raw
	}
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch c {
		case '\\':
			i++
			if i >= len(raw) {
				return b.String()
			}
			b.WriteByte(unescapeByte(raw[i]))
		case '\r':
			b.WriteByte('\n')
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func unescapeByte(c byte) byte {
	switch c {
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	}
	return c
}

// indPiece is one IND_STR token of Nix's lexer inside one text part of an
// indented string: a run of plain text, or an escape.
type indPiece struct {
	val    string
	indent bool // plain text, which counts towards the indentation
}

// indPieces splits raw, the text of one part of an indented string, into
// Nix's lexer tokens: runs of plain text, and each escape on its own. The
// scanner decides each unit from raw alone; a text part never ends in the
// middle of a unit, so this is what the scanner saw in the whole source.
func indPieces(raw string, buf []indPiece) []indPiece {
	s := scanner{src: unsafe.Slice(unsafe.StringData(raw), len(raw))}
	runStart := -1
	for j := 0; j < len(raw); {
		if c := raw[j]; c != '\'' && c != '$' {
			// Plain text: only ' and $ can start anything else.
			if runStart < 0 {
				runStart = j
			}
			j++
			continue
		}
		n, kind := s.indUnit(j)
		if kind == indText {
			if runStart < 0 {
				runStart = j
			}
			j += n
			continue
		}
		if runStart >= 0 {
			buf = append(buf, indPiece{val: raw[runStart:j], indent: true})
			runStart = -1
		}
		var v string
		switch {
		case n == 1: // a lone ' or $
			v = raw[j : j+1]
		case raw[j+2] == '$':
			v = "$"
		case raw[j+2] == '\'':
			v = "''"
		default: // ''\x
			v = string(unescapeByte(raw[j+3]))
		}
		buf = append(buf, indPiece{val: v})
		j += n
	}
	if runStart >= 0 {
		buf = append(buf, indPiece{val: raw[runStart:], indent: true})
	}
	return buf
}

// Text kinds: how StrText.Value decodes Raw.
const (
	rawText      uint8 = iota // path text: the value is the source text
	quotedText                // "...": backslash escapes
	indentedText              // ''...'': escapes and common indentation
)

// Flags of an indented string's text part.
const (
	firstPart uint8 = 1 << iota // starts the string, at the start of a line
	lastPart                    // ends the string: a final line of spaces is dropped
)

// Value returns the text with escapes decoded and, in an indented string,
// the common indentation removed as Nix does. It is worked out on each
// call, not at parse time: most strings of a tree (option descriptions,
// scripts) are never looked at, and decoding them all was a quarter of the
// parse time.
func (t *StrText) Value() string {
	switch t.kind {
	case quotedText:
		return unescapeString(t.Raw)
	case indentedText:
		return stripPart(indPieces(t.Raw, nil), int(t.strip), t.flags&firstPart != 0, t.flags&lastPart != 0)
	}
	return t.Raw
}

// maxIndent stands for "no line with content": nothing to measure against.
const maxIndent = 1<<31 - 1

// markIndented records, in each text part of an indented string, what
// Value needs to decode it: the common indentation (the smallest count of
// leading spaces over all lines that have anything but spaces; escapes and
// interpolations count as content) and whether the part starts or ends the
// string.
func markIndented(parts []StrPart) {
	indent := commonIndent(parts)
	for i, p := range parts {
		t, ok := p.(*StrText)
		if !ok {
			continue
		}
		t.kind, t.strip, t.flags = indentedText, int32(indent), 0
		if i == 0 {
			t.flags |= firstPart
		}
		if i == len(parts)-1 {
			t.flags |= lastPart
		}
	}
}

// commonIndent measures the indentation Nix 2.8 strips from an indented
// string. Lines are handled a run at a time (a run of spaces, then the rest
// of the line found with IndexByte), not byte by byte: this is the hottest
// loop of parsing a tree of NixOS modules, whose descriptions are indented
// strings. An escape starts with ' or $, so the raw text shows it as content
// where Nix's lexer does; the one escape that hides a line break (two
// single quotes and a backslash before a newline) is handled by splitting
// the part into Nix's tokens instead.
func commonIndent(parts []StrPart) int {
	atStart := true
	minIndent := maxIndent
	cur := 0
	content := func() {
		if atStart {
			atStart = false
			minIndent = min(minIndent, cur)
		}
	}
	for _, p := range parts {
		t, ok := p.(*StrText)
		if !ok {
			content()
			continue
		}
		if strings.Contains(t.Raw, "''\\\n") {
			var buf [16]indPiece
			for _, piece := range indPieces(t.Raw, buf[:0]) {
				if !piece.indent {
					content()
					continue
				}
				atStart, cur, minIndent = measureLines(piece.val, atStart, cur, minIndent)
			}
			continue
		}
		atStart, cur, minIndent = measureLines(t.Raw, atStart, cur, minIndent)
	}
	return minIndent
}

// measureLines carries the indentation count over plain text v.
func measureLines(v string, atStart bool, cur, minIndent int) (bool, int, int) {
	for j := 0; j < len(v); {
		if atStart {
			k := j
			for k < len(v) && v[k] == ' ' {
				k++
			}
			cur += k - j
			j = k
			if j == len(v) {
				break
			}
			if v[j] == '\n' {
				cur = 0
				j++
				continue
			}
			atStart = false
			minIndent = min(minIndent, cur)
		}
		nl := strings.IndexByte(v[j:], '\n')
		if nl < 0 {
			break
		}
		j += nl + 1
		atStart, cur = true, 0
	}
	return atStart, cur, minIndent
}

// stripPart decodes one text part of an indented string: each line loses
// its first minIndent spaces, and in the last part a final line of only
// spaces is dropped. A part that does not start the string follows an
// interpolation, so it starts in the middle of a line.
func stripPart(ps []indPiece, minIndent int, first, last bool) string {
	atStart := first
	dropped := 0
	var out []byte
	for k, p := range ps {
		// Escapes are stripped like plain text here (an escaped newline
		// starts a line), though they never count towards the indentation.
		pieceStart := len(out)
		v := p.val
		for j := 0; j < len(v); {
			if atStart {
				k := j
				for k < len(v) && v[k] == ' ' {
					k++
				}
				// Of these spaces, those past the first minIndent of the
				// line are kept.
				if keep := dropped + (k - j) - max(dropped, minIndent); keep > 0 {
					out = append(out, v[k-keep:k]...)
				}
				dropped += k - j
				j = k
				if j == len(v) {
					break
				}
				dropped = 0
				if v[j] == '\n' {
					out = append(out, '\n')
					j++
					continue
				}
				atStart = false
			}
			nl := strings.IndexByte(v[j:], '\n')
			if nl < 0 {
				out = append(out, v[j:]...)
				break
			}
			out = append(out, v[j:j+nl+1]...)
			j += nl + 1
			atStart = true
		}
		if last && k == len(ps)-1 {
			// The last line is dropped when it holds only spaces.
			piece := out[pieceStart:]
			if nl := bytes.LastIndexByte(piece, '\n'); nl >= 0 && len(bytes.Trim(piece[nl+1:], " ")) == 0 {
				out = out[:pieceStart+nl+1]
			}
		}
	}
	return string(out)
}
