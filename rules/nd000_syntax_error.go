package rules

// SyntaxError (ND000) is how a file that Nix would reject appears among the
// findings: a parse error, an undefined variable or a duplicate attribute
// or formal. LintSource produces it; the rule has no Run because a file
// that does not parse or bind has no image model to check.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "x"; name = "y"; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "x"; }
var SyntaxError = &Rule{
	Code:     "ND000",
	Name:     "syntax-error",
	Summary:  "the file does not parse, or uses an undefined variable or a duplicate attribute",
	Severity: Error,
}

func init() { register(SyntaxError) }
