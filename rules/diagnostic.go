package rules

import (
	"fmt"
	"strings"
)

// Severity says how serious a finding is.
type Severity uint8

// Severities, from least to most serious.
const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", uint8(s))
}

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// Safety says whether a fix can be applied without changing what the user
// meant. Safe fixes are applied by --fix; unsafe ones need --unsafe-fixes.
type Safety uint8

// Fix safeties.
const (
	Safe Safety = iota
	Unsafe
)

func (s Safety) String() string {
	if s == Safe {
		return "safe"
	}
	return "unsafe"
}

// TextEdit replaces the bytes [Pos, End) of the file with NewText. Pos ==
// End inserts.
type TextEdit struct {
	Pos     int
	End     int
	NewText string
}

// Fix is one way to resolve a finding: a set of edits applied together.
type Fix struct {
	Message string
	Safety  Safety
	Edits   []TextEdit
}

// Diagnostic is one finding of a rule in a file, covering the bytes
// [Pos, End).
type Diagnostic struct {
	Pos      int
	End      int
	Code     string // e.g. ND001; filled in by the engine from the rule
	Name     string // e.g. missing-ssl-cert-env; filled in by the engine
	Severity Severity
	Message  string
	Fixes    []Fix // at most one per rule today; empty when there is no fix
	// NoFix says why no fix is offered, when Fixes is empty: the rule's
	// own reason, or the one the engine gives for a fixable rule that
	// could not prove an edit here. Reports show it as the help line.
	NoFix string
}
