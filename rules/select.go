package rules

import (
	"slices"
	"strings"
	"sync/atomic"
)

// Rule selection, after ruff's. A selector is ALL, a code prefix (ND,
// ND2, ND20), a whole code (ND203) or a rule name (mtime-now), in any
// case. Each selector has a specificity: ALL is the least specific, then
// prefixes by length, and a whole code or a name is the most specific.
//
// Within one layer (a config file's select, extend-select and ignore, or
// the command line's flags), the most specific selector that matches a
// rule decides whether it runs; at the same specificity, ignore beats
// select. A layer with a select runs only what it selects; a layer
// without one starts from what the layer before ran (the default set, for
// the first), and changes only the rules its selectors match.
//
// ND000 always runs: a file that Nix rejects cannot be checked at all.

// Specificities of selectors; 0 means the selector does not match.
const (
	specAll  = 1
	specCode = 5 // a whole code, or a name
)

// specificity is how specifically sel names r, or 0 if it does not.
func specificity(sel string, r *Rule) int {
	switch {
	case strings.EqualFold(sel, "ALL"):
		return specAll
	case strings.EqualFold(sel, r.Name):
		return specCode
	case len(sel) >= 2 && len(sel) <= len(r.Code) && strings.EqualFold(r.Code[:len(sel)], sel):
		return len(sel)
	}
	return 0
}

// decide says what one layer makes of r: on, and whether any selector of
// the layer matched it at all.
func decide(selects [2][]string, ignore []string, r *Rule) (on, matched bool) {
	best := 0
	for _, list := range selects {
		for _, s := range list {
			if sp := specificity(s, r); sp > best {
				best, on = sp, true
			}
		}
	}
	for _, s := range ignore {
		if sp := specificity(s, r); sp > 0 && sp >= best {
			best, on = sp, false
		}
	}
	return on, best > 0
}

// apply is whether r runs after the layer s, given whether it ran before.
func (s *Selection) apply(r *Rule, before bool) bool {
	if len(s.Select) == 0 && len(s.ExtendSelect) == 0 && len(s.Ignore) == 0 {
		// An empty layer (a config file that selects nothing) changes
		// nothing; it is asked about every rule for every file.
		return before
	}
	on, matched := decide([2][]string{s.Select, s.ExtendSelect}, s.Ignore, r)
	switch {
	case matched:
		return on
	case len(s.Select) > 0:
		return false
	}
	return before
}

// enabled reports whether cfg selects r.
func (c *Config) enabled(r *Rule) bool {
	if r.Code == SyntaxError.Code {
		return true
	}
	on := !r.OptIn
	if c == nil {
		return on
	}
	on = (&Selection{c.Select, c.ExtendSelect, c.Ignore}).apply(r, on)
	if c.Flags != nil {
		on = c.Flags.apply(r, on)
	}
	return on
}

// The selection of the registered rules under one config, kept for the
// next file: lint asks which rules run for every file, and a run lints
// every file under the same few selections. It is found again by the
// selectors themselves, compared string by string, not by the Config
// that made it, so that it holds for a copy and never for a Config whose
// selectors changed since.
type selectionMemo struct {
	key        selectionKey // a copy of the selectors it was made for
	registered int          // len(registry) then
	on         []bool       // by position in registry
}

// selectionKey is every selector of a Config, the flags' after the
// config's. A nil Config or nil Flags have none, and select as empty
// lists do.
type selectionKey struct {
	sel, ext, ign    []string
	fSel, fExt, fIgn []string
}

func keyOf(c *Config) (k selectionKey) {
	if c == nil {
		return k
	}
	k.sel, k.ext, k.ign = c.Select, c.ExtendSelect, c.Ignore
	if f := c.Flags; f != nil {
		k.fSel, k.fExt, k.fIgn = f.Select, f.ExtendSelect, f.Ignore
	}
	return k
}

func (k selectionKey) equal(o selectionKey) bool {
	return slices.Equal(k.sel, o.sel) && slices.Equal(k.ext, o.ext) && slices.Equal(k.ign, o.ign) &&
		slices.Equal(k.fSel, o.fSel) && slices.Equal(k.fExt, o.fExt) && slices.Equal(k.fIgn, o.fIgn)
}

func (k selectionKey) clone() selectionKey {
	return selectionKey{
		slices.Clone(k.sel), slices.Clone(k.ext), slices.Clone(k.ign),
		slices.Clone(k.fSel), slices.Clone(k.fExt), slices.Clone(k.fIgn),
	}
}

var lastSelection atomic.Pointer[selectionMemo]

// enabledRegistered says, for each rule of the registry in order, whether
// c selects it (c.enabled of each), worked out once per selection.
func (c *Config) enabledRegistered() []bool {
	k := keyOf(c)
	if m := lastSelection.Load(); m != nil && m.registered == len(registry) && m.key.equal(k) {
		return m.on
	}
	m := &selectionMemo{key: k.clone(), registered: len(registry), on: make([]bool, len(registry))}
	for i, r := range registry {
		m.on[i] = c.enabled(r)
	}
	lastSelection.Store(m)
	return m.on
}

// ValidSelector reports whether sel selects at least one registered rule:
// ALL, a rule name, or a prefix of a code (at least "ND").
func ValidSelector(sel string) bool {
	if strings.EqualFold(sel, "ALL") {
		return true
	}
	if len(sel) < 2 {
		return false
	}
	for _, r := range registry {
		if specificity(sel, r) > specAll {
			return true
		}
	}
	return false
}

// SelectorError is an unknown selector in a Config: Key says which list
// holds it (select, extend-select or ignore).
type SelectorError struct {
	Key, Selector string
}

func (e *SelectorError) Error() string {
	return e.Key + ": unknown selector " + quote(e.Selector) +
		" (want ALL, a rule code or code prefix such as ND2, or a rule name; see nixdock rules)"
}

// validateSelection returns the first unknown selector of s; prefix names
// the layer in the message ("--" for flags).
func validateSelection(s Selection, prefix string) error {
	for _, l := range []struct {
		key  string
		list []string
	}{{"select", s.Select}, {"extend-select", s.ExtendSelect}, {"ignore", s.Ignore}} {
		for _, sel := range l.list {
			if !ValidSelector(sel) {
				return &SelectorError{Key: prefix + l.key, Selector: sel}
			}
		}
	}
	return nil
}
