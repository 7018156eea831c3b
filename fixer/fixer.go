// Package fixer applies the fixes rules propose, and proves each result
// before handing it back: the fixed source must parse, bind every name it
// uses, and name nothing that only an enclosing with might provide unless
// the original already did. It also writes files atomically and renders
// unified diffs.
package fixer

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
	"github.com/nixdock/nixdock/rules"
)

// LintFunc lints a buffer. The command line passes a closure over
// rules.LintSource with its configuration and suppressions, so the fixer
// sees exactly the findings the user sees.
type LintFunc func(name string, src []byte) (*parser.File, []rules.Diagnostic)

// DefaultMaxPasses bounds the fix-and-relint loop. Rules' fixes settle in
// one or two passes; the bound only guards against two fixes undoing each
// other forever.
const DefaultMaxPasses = 10

// Options say which fixes may be applied.
type Options struct {
	Unsafe    bool // apply unsafe fixes too (--unsafe-fixes)
	MaxPasses int  // 0 means DefaultMaxPasses
	// Mode is the parser mode the proofs parse with: the one the lint
	// function reads files with (rules.Config.ParseMode).
	Mode parser.Mode
}

// Refusal is a fix that was not applied because its result failed a proof.
type Refusal struct {
	Diagnostic rules.Diagnostic
	Reason     string
}

// Result is what Apply did.
type Result struct {
	Src       []byte             // the fixed source (the input if nothing changed)
	Applied   []rules.Diagnostic // findings whose fix was applied, in order
	Refused   []Refusal          // fixes dropped because their result failed a proof
	Remaining []rules.Diagnostic // the findings of the final source
	Passes    int                // passes that applied at least one fix
	Changed   bool
}

// Apply lints src, applies every allowed fix, and repeats on the result
// until no fix applies or the pass limit is reached.
//
// In one pass, fixes are taken in source order; a fix whose edits overlap
// an edit already taken waits for the next pass (its finding is reported
// again by the re-lint if it still holds). Two insertions at the same
// offset count as overlapping, since their order would be a guess; a fix
// identical to one already taken is a duplicate and is dropped.
//
// A pass's result must parse and resolve, and must not name anything new
// that only a with could provide. If it does not, the pass's fixes are
// retried one at a time and those that break the proof are refused; a
// broken file is never returned. If src itself does not parse or resolve,
// Apply returns an error and does nothing.
func Apply(name string, src []byte, lint LintFunc, opts Options) (*Result, error) {
	max := opts.MaxPasses
	if max <= 0 {
		max = DefaultMaxPasses
	}
	base, err := check(name, src, nil, opts.Mode)
	if err != nil {
		return nil, err
	}
	crlf := UsesCRLF(src)
	res := &Result{Src: src}
	refused := map[string]bool{}
	_, diags := lint(name, src)
	for pass := 0; pass < max; pass++ {
		cands := candidates(diags, opts.Unsafe, refused)
		if len(cands) == 0 {
			break
		}
		chosen := chooseDisjoint(cands)
		out := splice(res.Src, chosen, crlf)
		applied := chosen
		if _, err := check(name, out, base, opts.Mode); err != nil {
			// Find the culprits: apply the chosen fixes one by one,
			// keeping each that leaves a proven result.
			cur := res.Src
			applied = nil
			for _, c := range chosen {
				next := splice(cur, []candidate{c}, crlf)
				if _, err := check(name, next, base, opts.Mode); err != nil {
					refused[c.key] = true
					res.Refused = append(res.Refused, Refusal{Diagnostic: c.diag, Reason: err.Error()})
					continue
				}
				// Later fixes' offsets refer to the pass's input; shift
				// them past what this fix changed.
				cur = next
				applied = append(applied, c)
				shiftAfter(chosen, c)
			}
			out = cur
		}
		if len(applied) == 0 {
			continue // everything refused; the next pass re-lints the same source
		}
		for _, c := range applied {
			res.Applied = append(res.Applied, c.diag)
		}
		res.Passes++
		res.Src = out
		_, diags = lint(name, out)
	}
	res.Remaining = diags
	res.Changed = !bytes.Equal(res.Src, src)
	return res, nil
}

// candidate is one fix chosen from a finding, with its edits sorted.
type candidate struct {
	diag  rules.Diagnostic
	edits []rules.TextEdit
	key   string // identifies the fix across passes, whatever its offsets
	pos   int
}

func candidates(diags []rules.Diagnostic, unsafe bool, refused map[string]bool) []candidate {
	var out []candidate
	for _, d := range diags {
		for _, fx := range d.Fixes {
			if fx.Safety == rules.Unsafe && !unsafe {
				continue
			}
			if len(fx.Edits) == 0 {
				continue
			}
			edits := append([]rules.TextEdit(nil), fx.Edits...)
			sort.SliceStable(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
			var kb strings.Builder
			kb.WriteString(d.Code + "\x00" + fx.Message)
			for _, e := range edits {
				kb.WriteString("\x00" + e.NewText)
			}
			c := candidate{diag: d, edits: edits, key: kb.String(), pos: edits[0].Pos}
			if !refused[c.key] {
				out = append(out, c)
			}
			break // the first allowed fix of a finding is the one applied
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	return out
}

func overlaps(a, b rules.TextEdit) bool {
	if a.Pos == b.Pos {
		return true
	}
	return a.Pos < b.End && b.Pos < a.End
}

func sameEdits(a, b []rules.TextEdit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// chooseDisjoint keeps, in order, each candidate none of whose edits
// overlaps an edit already kept, and whose own edits do not overlap.
func chooseDisjoint(cands []candidate) []candidate {
	var kept []candidate
	var taken []rules.TextEdit
next:
	for _, c := range cands {
		for i := 1; i < len(c.edits); i++ {
			if overlaps(c.edits[i-1], c.edits[i]) || c.edits[i-1].End > c.edits[i].Pos {
				continue next // a malformed fix is never applied
			}
		}
		for _, k := range kept {
			if sameEdits(k.edits, c.edits) {
				continue next
			}
		}
		for _, e := range c.edits {
			for _, t := range taken {
				if overlaps(e, t) {
					continue next
				}
			}
		}
		kept = append(kept, c)
		taken = append(taken, c.edits...)
	}
	return kept
}

// splice applies the edits of cands (disjoint) to src.
func splice(src []byte, cands []candidate, crlf bool) []byte {
	var edits []rules.TextEdit
	for _, c := range cands {
		edits = append(edits, c.edits...)
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	var out bytes.Buffer
	out.Grow(len(src) + 256)
	last := 0
	for _, e := range edits {
		if e.Pos < last || e.End < e.Pos || e.End > len(src) {
			continue // out of range: the lint was of another source
		}
		out.Write(src[last:e.Pos])
		text := e.NewText
		if crlf {
			text = ToCRLF(text)
		}
		out.WriteString(text)
		last = e.End
	}
	out.Write(src[last:])
	return out.Bytes()
}

// shiftAfter moves the edits of the candidates after done by the length
// change done's edits made.
func shiftAfter(cands []candidate, done candidate) {
	delta := 0
	for _, e := range done.edits {
		delta += len(e.NewText) - (e.End - e.Pos)
	}
	if delta == 0 {
		return
	}
	end := done.edits[len(done.edits)-1].End
	for i := range cands {
		c := &cands[i]
		if c.pos < end {
			continue
		}
		edits := append([]rules.TextEdit(nil), c.edits...)
		for j := range edits {
			edits[j].Pos += delta
			edits[j].End += delta
		}
		c.edits = edits
		c.pos += delta
	}
}

// UsesCRLF reports whether the file's lines end in CRLF: the first line
// ending decides, as editors do. Fix texts are written with "\n"; in such a
// file they are converted with ToCRLF.
func UsesCRLF(src []byte) bool {
	i := bytes.IndexByte(src, '\n')
	return i > 0 && src[i-1] == '\r'
}

// ToCRLF turns each bare "\n" into "\r\n".
func ToCRLF(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' && (i == 0 || s[i-1] != '\r') {
			b.WriteByte('\r')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// withOnly is the set of names used without a lexical binding, which only
// an enclosing with may provide.
type withOnly map[string]bool

// check parses and resolves src and returns the names it leaves to a with.
// With base set, it also fails when src leaves a name to a with that base
// did not: a fix must not make the meaning of the file depend on what a
// with happens to contain.
func check(name string, src []byte, base withOnly, mode parser.Mode) (withOnly, error) {
	f, err := parser.ParseFile(name, src, mode)
	if err != nil {
		if base != nil {
			return nil, fmt.Errorf("the fixed source does not parse: %v", err)
		}
		return nil, err
	}
	// What check returns holds names and messages, nothing of the tree.
	defer f.Discard()
	info := scope.Resolve(f)
	defer info.Discard()
	if len(info.Errors) > 0 {
		errs := append(parser.ErrorList(nil), info.Errors...)
		errs.Sort()
		if base != nil {
			return nil, fmt.Errorf("the fixed source does not bind every name: %v", errs[0])
		}
		return nil, errs
	}
	names := withOnly{}
	for _, u := range info.Uses {
		if u.Def == nil {
			if base != nil && !base[u.Ident.Name] {
				return nil, fmt.Errorf("the fix names %q, which only an enclosing with could provide", u.Ident.Name)
			}
			names[u.Ident.Name] = true
		}
	}
	return names, nil
}
