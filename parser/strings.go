package parser

import (
	"bytes"
	"strings"
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

// indPiece is one IND_STR token of Nix's lexer, or an interpolation.
type indPiece struct {
	val    string
	indent bool // plain text, which counts towards the indentation
	interp bool
	part   int // index into String.Parts
}

// indPieces splits the parts of an indented string into Nix's lexer
// tokens: runs of plain text, and each escape on its own.
func indPieces(src []byte, parts []StrPart, buf []indPiece) []indPiece {
	s := scanner{src: src}
	for pi, p := range parts {
		t, ok := p.(*StrText)
		if !ok {
			buf = append(buf, indPiece{interp: true, part: pi})
			continue
		}
		start := t.TextPos
		j := start
		end := t.TextPos + len(t.Raw)
		runStart := -1
		for j < end {
			if c := src[j]; c != '\'' && c != '$' {
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
				buf = append(buf, indPiece{val: t.Raw[runStart-start : j-start], indent: true, part: pi})
				runStart = -1
			}
			var v string
			switch {
			case n == 1: // a lone ' or $
				v = string(src[j : j+1])
			case src[j+2] == '$':
				v = "$"
			case src[j+2] == '\'':
				v = "''"
			default: // ''\x
				v = string(unescapeByte(src[j+3]))
			}
			buf = append(buf, indPiece{val: v, part: pi})
			j += n
		}
		if runStart >= 0 {
			buf = append(buf, indPiece{val: t.Raw[runStart-start : end-start], indent: true, part: pi})
		}
	}
	return buf
}

// stripIndentation fills in StrText.Value for the parts of an indented
// string, removing the common indentation the way Nix 2.8 does: the
// smallest count of leading spaces over all lines that have anything but
// spaces (escapes and interpolations count as content), stripped from
// every line, and a final line of only spaces dropped. pieces and buf are
// scratch space, returned for reuse.
func stripIndentation(src []byte, parts []StrPart, pieces []indPiece, buf []byte) ([]indPiece, []byte) {
	ps := indPieces(src, parts, pieces)
	if len(ps) == 0 {
		return ps, buf
	}
	// Pass 1: the smallest indentation of a line with content. Lines are
	// handled a run at a time (a run of spaces, then the rest of the line
	// found with IndexByte), not byte by byte: this is the hottest loop
	// of parsing a tree of NixOS modules, whose descriptions are indented
	// strings.
	atStart := true
	minIndent := 1 << 30
	cur := 0
	for _, p := range ps {
		if !p.indent {
			if atStart {
				atStart = false
				minIndent = min(minIndent, cur)
			}
			continue
		}
		v := p.val
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
	}

	// Pass 2: copy the text without the first minIndent spaces of each
	// line.
	atStart = true
	dropped := 0
	out := buf[:0]
	flush := func(pi int) {
		if t, ok := parts[pi].(*StrText); ok {
			if string(out) == t.Raw {
				t.Value = t.Raw // nothing stripped: share the source text
			} else {
				t.Value = string(out)
			}
		}
		out = out[:0]
	}
	for k, p := range ps {
		if k > 0 && ps[k-1].part != p.part && !ps[k-1].interp {
			flush(ps[k-1].part)
		}
		if p.interp {
			atStart = false
			dropped = 0
			continue
		}
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
		if k == len(ps)-1 {
			// The last line is dropped when it holds only spaces.
			piece := out[pieceStart:]
			if nl := bytes.LastIndexByte(piece, '\n'); nl >= 0 && len(bytes.Trim(piece[nl+1:], " ")) == 0 {
				out = out[:pieceStart+nl+1]
			}
		}
	}
	if last := ps[len(ps)-1]; !last.interp {
		flush(last.part)
	}
	return ps, out
}
