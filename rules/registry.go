package rules

// registry lists every rule in code order. A rule is added by writing its
// file (ndNNN_name.go) and listing it here.
var registry = []*Rule{
	SyntaxError,
	MissingSSLCertEnv,
	CreatedUnset,
	UntaggedImage,
	MissingJustStaticExecutables,
	MissingPathsToLink,
	UnusedSuppression,
}
