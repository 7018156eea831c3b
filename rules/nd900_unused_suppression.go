package rules

// UnusedSuppression (ND900) reports a "# nixdock: ignore" comment that
// suppresses nothing, so that stale suppressions do not hide future
// findings. The findings are produced after Lint by the suppression
// handling of the command line (internal/suppress), which knows the
// comments; the rule is registered here so that it can be selected,
// ignored, re-graded and documented like any other. Its fix deletes the
// comment.
var UnusedSuppression = &Rule{
	Code:     "ND900",
	Name:     "unused-suppression",
	Summary:  "a suppression comment that suppresses no finding",
	Severity: Warning,
	HasFix:   true,
	Fix:      Safe,
}

func init() { register(UnusedSuppression) }
