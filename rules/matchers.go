package rules

import "strings"

// The matchers below check the few text shapes the rules care about: image
// names and tags, digests, store paths and names, port keys, URLs with
// credentials and dates. They were regular expressions; compiling those
// cost a noticeable part of linting one small file, which is what an
// editor or a pre-commit hook does in each process, while these cost
// nothing to set up. Each accepts exactly what its expression accepted
// (matchers_test.go keeps the expressions and holds the two together), so
// each comment gives the expression alongside the grammar it comes from.
//
// All work on bytes, which gives the answers the expressions gave on runes:
// every character the expressions name is ASCII (\d, \w and \s are
// ASCII-only in Go); an ASCII byte always reads as itself, even next to
// invalid UTF-8; and any other byte is part of a non-ASCII rune, or reads
// as U+FFFD, which only the negated classes take, and they take it whole.

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLowerAlnum(c byte) bool { return 'a' <= c && c <= 'z' || isDigit(c) }

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }

// isWordChar is \w: an ASCII letter, digit or underscore.
func isWordChar(c byte) bool { return isAlnum(c) || c == '_' }

// isSpace is \s as Go reads it: tab, newline, form feed, carriage return
// and space (not vertical tab).
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// allOf reports whether every byte of s passes f (true for "").
func allOf(s string, f func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !f(s[i]) {
			return false
		}
	}
	return true
}

// skip returns the index of the first byte at or after i that fails f.
func skip(s string, i int, f func(byte) bool) int {
	for i < len(s) && f(s[i]) {
		i++
	}
	return i
}

// shaped reports whether s has the layout of pattern, where '#' stands
// for one ASCII digit and any other byte for itself.
func shaped(s, pattern string) bool {
	if len(s) != len(pattern) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if pattern[i] == '#' && !isDigit(s[i]) || pattern[i] != '#' && s[i] != pattern[i] {
			return false
		}
	}
	return true
}

// isTag reports whether s is a tag in the OCI distribution reference
// grammar: a word character, then up to 127 word characters, dots and
// dashes (^[\w][\w.-]{0,127}$).
func isTag(s string) bool {
	if s == "" || len(s) > 128 || !isWordChar(s[0]) {
		return false
	}
	return allOf(s[1:], func(c byte) bool { return isWordChar(c) || c == '.' || c == '-' })
}

// isImageName reports whether s is a name in the distribution reference
// grammar, that is a repository path with an optional registry domain in
// front:
//
//	name      := [domain '/'] component ('/' component)*
//	domain    := host [':' port-number]
//	host      := domain-name | '[' IPv6 address ']'
//	component := [a-z0-9]+ (separator [a-z0-9]+)*
//	separator := [._] | '__' | '-'+
//
// It leaves the length limit of 255 to the caller. A domain holds no
// slash, so it can only be the part before the first slash; since the
// domain is optional, the name is valid if it reads as components alone or
// as a domain and components, and both readings are tried.
func isImageName(s string) bool {
	if isPath(s) {
		return true
	}
	i := strings.IndexByte(s, '/')
	return i >= 0 && isDomain(s[:i]) && isPath(s[i+1:])
}

// isPath reports whether s is one or more components separated by
// slashes.
func isPath(s string) bool {
	for {
		i := strings.IndexByte(s, '/')
		if i < 0 {
			return isPathComponent(s)
		}
		if !isPathComponent(s[:i]) {
			return false
		}
		s = s[i+1:]
	}
}

// isPathComponent reports whether s is a path component of a name: runs
// of lowercase letters and digits joined by one dot, one or two
// underscores, or any number of dashes.
func isPathComponent(s string) bool {
	i := 0
	for {
		j := skip(s, i, isLowerAlnum)
		if j == i {
			return false // empty, or a separator at the start, end or next to another
		}
		if j == len(s) {
			return true
		}
		switch i = j; s[i] {
		case '.':
			i++
		case '_':
			i++
			if i < len(s) && s[i] == '_' {
				i++
			}
		case '-':
			i = skip(s, i, func(c byte) bool { return c == '-' })
		default:
			return false
		}
	}
}

// isDomain reports whether s is a registry domain: a host name of
// dot-separated labels, or an IPv6 address in brackets (only its
// characters are checked, hexadecimal digits and colons), then an optional
// ":port".
func isDomain(s string) bool {
	var host, port string
	if strings.HasPrefix(s, "[") {
		i := strings.IndexByte(s, ']')
		if i < 0 {
			return false
		}
		host, port = s[:i+1], s[i+1:]
		addr := host[1:i]
		if addr == "" || !allOf(addr, func(c byte) bool {
			return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' || c == ':'
		}) {
			return false
		}
	} else {
		host, port = s, ""
		if i := strings.IndexByte(s, ':'); i >= 0 {
			host, port = s[:i], s[i:]
		}
		for _, label := range strings.Split(host, ".") {
			if !isDomainLabel(label) {
				return false
			}
		}
	}
	return port == "" || len(port) > 1 && port[0] == ':' && allOf(port[1:], isDigit)
}

// isDomainLabel reports whether s is one label of a host name: letters,
// digits and dashes, starting and ending with a letter or digit.
func isDomainLabel(s string) bool {
	return s != "" && isAlnum(s[0]) && isAlnum(s[len(s)-1]) &&
		allOf(s, func(c byte) bool { return isAlnum(c) || c == '-' })
}

// storeDir starts every store path the rules look for.
const storeDir = "/nix/store/"

// isNixBase32 reports whether c is a digit of Nix's base-32 alphabet, in
// which store path hashes are written: digits and lowercase letters but
// e, o, u and t ([0-9a-df-np-sv-z]).
func isNixBase32(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' && c != 'e' && c != 'o' && c != 'u' && c != 't'
}

// storePathIndexes finds the store paths in s and returns their start and
// end offsets, in order and without overlap (nil if there are none), as
// regexp's FindAllStringIndex(s, -1) did for
// /nix/store/[0-9a-df-np-sv-z]{32}-[^/\s"'$]*. A store path is the store
// directory, a hash of 32 base-32 digits, a dash and the name, which here
// runs to the next slash, whitespace, quote or dollar sign: the characters
// that end it in the shell commands and strings that hold one.
func storePathIndexes(s string) [][]int {
	var found [][]int
	for at := 0; ; {
		i := strings.Index(s[at:], storeDir)
		if i < 0 {
			return found
		}
		start := at + i
		hash := start + len(storeDir)
		if hash+33 > len(s) || !allOf(s[hash:hash+32], isNixBase32) || s[hash+32] != '-' {
			at = start + 1
			continue
		}
		end := skip(s, hash+33, func(c byte) bool {
			return c != '/' && c != '"' && c != '\'' && c != '$' && !isSpace(c)
		})
		found = append(found, []int{start, end})
		at = end
	}
}

// isStoreName reports whether s may name a derivation (and so a store
// path): Nix allows letters, digits and + - . _ ? = in a store path name.
// A leading dot is refused too: Nix versions before 2.4 refused it, and
// current ones refuse some names that start with one
// (^[A-Za-z0-9+_?=-][A-Za-z0-9+._?=-]*$).
func isStoreName(s string) bool {
	return s != "" && s[0] != '.' && allOf(s, func(c byte) bool {
		return isAlnum(c) || strings.IndexByte("+-._?=", c) >= 0
	})
}

// isDigest reports whether s is a digest pullImage can fetch by:
// algorithm, colon and the hash in lowercase hexadecimal, for the two
// algorithms the OCI image spec registers, sha256 (64 digits) and sha512
// (128) (^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$).
func isDigest(s string) bool {
	var n int
	switch {
	case strings.HasPrefix(s, "sha256:"):
		n = 64
	case strings.HasPrefix(s, "sha512:"):
		n = 128
	default:
		return false
	}
	hex := s[len("sha256:"):]
	return len(hex) == n && allOf(hex, func(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' })
}

// portKey splits an ExposedPorts key (port/protocol in the OCI image
// config): a port number, an optional "-end" of a range and an
// optional "/tcp", "/udp" or "/sctp" in any case. Like FindStringSubmatch
// for ^([0-9]+)(-[0-9]+)?(/(?i:tcp|udp|sctp))?$ it returns the key, the
// port, the range end with its dash and the protocol with its slash (""
// for a part left out), or nil if k is not a port key.
func portKey(k string) []string {
	i := skip(k, 0, isDigit)
	if i == 0 {
		return nil
	}
	port, end, proto := k[:i], "", ""
	if i < len(k) && k[i] == '-' {
		j := skip(k, i+1, isDigit)
		if j == i+1 {
			return nil
		}
		end, i = k[i:j], j
	}
	if i < len(k) && k[i] == '/' {
		if !isPortProtocol(k[i+1:]) {
			return nil
		}
		proto, i = k[i:], len(k)
	}
	if i != len(k) {
		return nil
	}
	return []string{k, port, end, proto}
}

// isPortProtocol reports whether p is tcp, udp or sctp in any case. Case
// is folded as (?i) folded it in the expression, by Unicode simple
// folding, which strings.EqualFold shares: "ſctp", with a long s, passes
// too.
func isPortProtocol(p string) bool {
	return strings.EqualFold(p, "tcp") || strings.EqualFold(p, "udp") || strings.EqualFold(p, "sctp")
}

// hasURLCredentials reports whether s starts as a URL with a user name and
// a non-empty password, scheme://user:password@ (RFC 3986: the scheme is a
// letter then letters, digits, + . and -; the user name ends at the first
// colon). It matches what ^[A-Za-z][A-Za-z0-9+.-]*://[^/@:\s]+:[^/@\s]+@
// matches.
func hasURLCredentials(s string) bool {
	if s == "" || !isAlpha(s[0]) {
		return false
	}
	i := skip(s, 1, func(c byte) bool { return isAlnum(c) || c == '+' || c == '.' || c == '-' })
	if !strings.HasPrefix(s[i:], "://") {
		return false
	}
	i += len("://")
	j := skip(s, i, func(c byte) bool { return c != '/' && c != '@' && c != ':' && !isSpace(c) })
	if j == i || j == len(s) || s[j] != ':' {
		return false
	}
	j++
	k := skip(s, j, func(c byte) bool { return c != '/' && c != '@' && !isSpace(c) })
	return k > j && k < len(s) && s[k] == '@'
}

// isISO8601 reports whether s is a full date and time with a zone, the
// RFC 3339 profile of ISO 8601 that image configs use for created:
// YYYY-MM-DDTHH:MM:SS, optional decimal fraction of a second, then Z or
// ±HH:MM. Only the shape is checked, not the ranges
// (^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$).
func isISO8601(s string) bool {
	if len(s) < 20 || !shaped(s[:19], "####-##-##T##:##:##") {
		return false
	}
	zone := s[19:]
	if zone[0] == '.' {
		i := skip(zone, 1, isDigit)
		if i == 1 {
			return false
		}
		zone = zone[i:]
	}
	return zone == "Z" || shaped(zone, "+##:##") || shaped(zone, "-##:##")
}

// dateParts splits a literal date of one of the forms that are not ISO
// 8601 but whose meaning is plain: YYYY-MM-DD, YYYYMMDD, YYYYMMDDHHMMSS,
// and YYYY-MM-DD HH:MM:SS with a space or a T. It returns s and its year,
// month, day and, if written, hour, minute and second, as FindStringSubmatch
// did for the first of these expressions to match, or nil:
//
//	^(\d{4})-(\d{2})-(\d{2})$
//	^(\d{4})(\d{2})(\d{2})$
//	^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$
//	^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})$
func dateParts(s string) []string {
	switch {
	case shaped(s, "####-##-##"):
		return []string{s, s[0:4], s[5:7], s[8:10]}
	case shaped(s, "########"):
		return []string{s, s[0:4], s[4:6], s[6:8]}
	case shaped(s, "##############"):
		return []string{s, s[0:4], s[4:6], s[6:8], s[8:10], s[10:12], s[12:14]}
	case len(s) == 19 && (s[10] == 'T' || s[10] == ' ') &&
		shaped(s[:10], "####-##-##") && shaped(s[11:], "##:##:##"):
		return []string{s, s[0:4], s[5:7], s[8:10], s[11:13], s[14:16], s[17:19]}
	}
	return nil
}

// matchFunc lets a matcher stand where a regular expression stood.
type matchFunc func(string) bool

// MatchString reports whether s matches.
func (m matchFunc) MatchString(s string) bool { return m(s) }
