package rules

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The matchers in matchers.go replaced regular expressions. Each is held
// here to the expression it replaced, kept as an oracle: they must agree on
// every string, in the boolean, the submatches or the index pairs, whichever
// the rules use. The strings are picked edge cases, pseudo-random strings
// from an alphabet of the grammar's own pieces, and mutations of valid
// strings, which land near the boundary of the grammar; each matcher also
// has a fuzz target seeded with the edge cases.

var (
	oracleTag       = regexp.MustCompile(`^[\w][\w.-]{0,127}$`)
	oracleImageName = func() *regexp.Regexp {
		const (
			domainComponent = `(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])`
			host            = `(?:` + domainComponent + `(?:\.` + domainComponent + `)*|\[[a-fA-F0-9:]+\])`
			domain          = host + `(?::[0-9]+)?`
			component       = `[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`
		)
		return regexp.MustCompile(`^(?:` + domain + `/)?` + component + `(?:/` + component + `)*$`)
	}()
	oracleStorePath      = regexp.MustCompile(`/nix/store/[0-9a-df-np-sv-z]{32}-[^/\s"'$]*`)
	oracleStoreName      = regexp.MustCompile(`^[A-Za-z0-9+_?=-][A-Za-z0-9+._?=-]*$`)
	oracleDigest         = regexp.MustCompile(`^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$`)
	oraclePortKey        = regexp.MustCompile(`^([0-9]+)(-[0-9]+)?(/(?i:tcp|udp|sctp))?$`)
	oracleURLCredentials = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://[^/@:\s]+:[^/@\s]+@`)
	oracleISO8601        = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$`)
	oracleDateForms      = []*regexp.Regexp{
		regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`),
		regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`),
		regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$`),
		regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})$`),
	}
)

// oracleIsoOf is isoOf as it was written over the expressions, given the
// submatches of the first of them to match.
func oracleIsoOf(p []string) (string, bool) {
	if p == nil {
		return "", false
	}
	for len(p) < 7 {
		p = append(p, "00")
	}
	return p[1] + "-" + p[2] + "-" + p[3] + "T" + p[4] + ":" + p[5] + ":" + p[6] + "Z", true
}

// agree returns "" if got and want are equal, else what differs.
func agree(s string, got, want any) string {
	if reflect.DeepEqual(got, want) {
		return ""
	}
	return fmt.Sprintf("%q: got %#v, the expression gives %#v", s, got, want)
}

func boolAgainst(m func(string) bool, re *regexp.Regexp) func(string) string {
	return func(s string) string {
		if got, want := m(s), re.MatchString(s); got != want {
			return agree(s, got, want)
		}
		return ""
	}
}

// matcherCase is one matcher, its oracle and the strings to try it on.
type matcherCase struct {
	name string
	// check returns "" if the matcher and its oracle agree on s.
	check func(s string) string
	// accepts reports whether the matcher accepts s (finds something in
	// it, for the store paths).
	accepts func(s string) bool
	// edge are picked cases; each also gets variants (see edgeCases).
	edge []string
	// valid makes a pseudo-random string the grammar accepts, or nearly.
	valid func(r *rand.Rand) string
	// pieces are the alphabet of the random strings: single characters
	// and longer pieces of the grammar, with outsiders.
	pieces []string
}

// outsiders are characters no grammar here accepts, or only some do, or
// that a byte-wise matcher might mistake: near neighbours of the ranges,
// whitespace that \s takes and one (\v) that it does not, multi-byte and
// invalid UTF-8, and the Unicode case folds of k and s.
var outsiders = []string{
	"/", ":", "@", "[", "`", "{", "\x00", " ", "\t", "\n", "\v", "\f", "\r",
	"é", "ſ", "\u212a", "\u0663", "\xff", "\xc5",
}

func randPick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// randBytes makes a string of n bytes drawn from set (near enough evenly: eight
// from each random number).
func randBytes(r *rand.Rand, n int, set string) string {
	b := make([]byte, n)
	var x uint64
	for i := range b {
		if i%8 == 0 {
			x = r.Uint64()
		}
		b[i] = set[int(x&0xff)%len(set)]
		x >>= 8
	}
	return string(b)
}

const (
	lowerDigits = "abcdefghijklmnopqrstuvwxyz0123456789"
	alnums      = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	wordChars   = alnums + "_"
	hexLower    = "0123456789abcdef"
	base32Nix   = "0123456789abcdfghijklmnpqrsvwxyz"
	digitChars  = "0123456789"
)

// randLength picks a length from 0 to limit+1, often one next to limit.
func randLength(r *rand.Rand, limit int) int {
	switch r.IntN(4) {
	case 0:
		return limit - 1 + r.IntN(3)
	case 1:
		return 1 + r.IntN(3)
	}
	return r.IntN(limit + 1)
}

func validTag(r *rand.Rand) string {
	n := randLength(r, 128)
	if n == 0 {
		return ""
	}
	return randBytes(r, 1, wordChars) + randBytes(r, n-1, wordChars+".-")
}

func validComponent(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(randBytes(r, 1+r.IntN(4), lowerDigits))
	for k := r.IntN(4); k > 0; k-- {
		b.WriteString(randPick(r, []string{".", "_", "__", "-", "--", "---"}))
		b.WriteString(randBytes(r, 1+r.IntN(4), lowerDigits))
	}
	return b.String()
}

func validDomain(r *rand.Rand) string {
	var host string
	if r.IntN(4) == 0 {
		host = "[" + randPick(r, []string{"::1", "fe80::1", "2001:DB8::ff", ":", "0"}) + "]"
	} else {
		labels := make([]string, 1+r.IntN(3))
		for i := range labels {
			labels[i] = randBytes(r, 1, alnums)
			if r.IntN(2) == 0 {
				labels[i] += randBytes(r, r.IntN(4), alnums+"-") + randBytes(r, 1, alnums)
			}
		}
		host = strings.Join(labels, ".")
	}
	if r.IntN(2) == 0 {
		host += ":" + randBytes(r, 1+r.IntN(5), digitChars)
	}
	return host
}

func validImageName(r *rand.Rand) string {
	var parts []string
	if r.IntN(2) == 0 {
		parts = append(parts, validDomain(r))
	}
	for k := 1 + r.IntN(3); k > 0; k-- {
		parts = append(parts, validComponent(r))
	}
	if r.IntN(8) == 0 { // long, near the 255 the caller checks
		parts = append(parts, strings.Repeat("a", 240))
	}
	return strings.Join(parts, "/")
}

func validHash(r *rand.Rand) string { return randBytes(r, 32, base32Nix) }

func validStorePaths(r *rand.Rand) string {
	var b strings.Builder
	for k := r.IntN(3); k >= 0; k-- {
		b.WriteString(randPick(r, []string{"", " ", "${x}", "PATH=", "\"", "'", "/nix/store/", ":", "\n"}))
		b.WriteString(storeDir + validHash(r) + "-" + randBytes(r, r.IntN(12), alnums+"+-._?=é"))
		b.WriteString(randPick(r, []string{"", "/bin/sh", " ", "$", "\"", "'", "\t", "\v", ":"}))
	}
	return b.String()
}

func validStoreName(r *rand.Rand) string {
	n := randLength(r, 20)
	if n == 0 {
		return ""
	}
	return randBytes(r, 1, alnums+"+-_?=") + randBytes(r, n-1, alnums+"+-._?=")
}

func validDigest(r *rand.Rand) string {
	if r.IntN(2) == 0 {
		return "sha256:" + randBytes(r, 64, hexLower)
	}
	return "sha512:" + randBytes(r, 128, hexLower)
}

func validPortKey(r *rand.Rand) string {
	s := randBytes(r, 1+r.IntN(6), digitChars)
	if r.IntN(2) == 0 {
		s += "-" + randBytes(r, 1+r.IntN(6), digitChars)
	}
	if r.IntN(3) != 0 {
		s += "/" + randPick(r, []string{"tcp", "udp", "sctp", "TCP", "Udp", "SCTP", "sCtP", "ſctp", "ſCTP", "\u212acp"})
	}
	return s
}

func validURLCredentials(r *rand.Rand) string {
	return randBytes(r, 1, "hHsZ") + randBytes(r, r.IntN(6), alnums+"+.-") + "://" +
		randBytes(r, 1+r.IntN(5), alnums+"._%-é") + ":" + randBytes(r, 1+r.IntN(8), alnums+":._%-!") +
		"@" + randPick(r, []string{"", "example.com", "host:5432/db", " ", "@"})
}

func validISO8601(r *rand.Rand) string {
	s := randBytes(r, 4, digitChars) + "-" + randBytes(r, 2, digitChars) + "-" + randBytes(r, 2, digitChars) + "T" +
		randBytes(r, 2, digitChars) + ":" + randBytes(r, 2, digitChars) + ":" + randBytes(r, 2, digitChars)
	if r.IntN(2) == 0 {
		s += "." + randBytes(r, 1+r.IntN(9), digitChars)
	}
	if r.IntN(2) == 0 {
		return s + "Z"
	}
	return s + randPick(r, []string{"+", "-"}) + randBytes(r, 2, digitChars) + ":" + randBytes(r, 2, digitChars)
}

func validDate(r *rand.Rand) string {
	d := func(n int) string { return randBytes(r, n, digitChars) }
	switch r.IntN(4) {
	case 0:
		return d(4) + "-" + d(2) + "-" + d(2)
	case 1:
		return d(8)
	case 2:
		return d(14)
	}
	return d(4) + "-" + d(2) + "-" + d(2) + randPick(r, []string{"T", " "}) + d(2) + ":" + d(2) + ":" + d(2)
}

var matcherCases = []matcherCase{
	{
		name:    "tag",
		accepts: isTag,
		check:   boolAgainst(isTag, oracleTag),
		edge: []string{
			"", "a", "_", ".", "-", "latest", "v1.2.3-rc.1", "_x", ".x", "-x", "a..b", "a--", "a_", "A9",
			strings.Repeat("a", 127), strings.Repeat("a", 128), strings.Repeat("a", 129),
			"a" + strings.Repeat(".", 127), "a" + strings.Repeat("-", 128),
			strings.Repeat("é", 64), "a" + strings.Repeat("é", 63), "1.0\n", "1.0 ", "a:b", "a/b", "a@b",
		},
		valid:  validTag,
		pieces: []string{"a", "Z", "0", "9", "_", ".", "-", "latest", "1.0"},
	},
	{
		name:    "image name",
		accepts: isImageName,
		check:   boolAgainst(isImageName, oracleImageName),
		edge: []string{
			"", "a", "A", "nginx", "library/nginx", "docker.io/library/nginx", "localhost:5000/x",
			"[::1]:5000/x", "[::1]/x", "[::1]", "[::1]:5000", "[]/x", "[g]/x", "[::1]:/x", "[::1]x/x", "[::1/x",
			"a__b", "a___b", "a---b", "a-b", "a.b", "a_b", "a._b", "a.-b", "a-.b", "a_-b", "a..b",
			"-a", "a-", "_a", "a_", ".a", "a.", "a//b", "/a", "a/", "a:b", "a:b/c", "a:/c", "a:1:2/c",
			"Host/x", "HOST.Example:80/x", "-host/x", "host-/x", "h-o-s-t/x", "a..b/c", ".a/b", "a./b",
			"a/b:c", "a/B", "a/b/c/d/e", "a b", "a\n", "a/b\n", "é/a", "a/é", "localhost",
			strings.Repeat("a", 255), strings.Repeat("a", 256), strings.Repeat("a/", 127) + "a",
			"r.example.com/" + strings.Repeat("a", 240),
		},
		valid: validImageName,
		pieces: []string{
			"a", "z", "0", "9", ".", "_", "__", "-", "--", "/", "/", ":", "[", "]", "::", "A", "F", "G",
			"localhost", ":5000", "[::1]", "example.com",
		},
	},
	{
		name:    "store path",
		accepts: func(s string) bool { return storePathIndexes(s) != nil },
		check: func(s string) string {
			return agree(s, storePathIndexes(s), oracleStorePath.FindAllStringIndex(s, -1))
		},
		edge: []string{
			"", "/nix/store/", "/nix/store/" + strings.Repeat("0", 32), "/nix/store/" + strings.Repeat("0", 32) + "-",
			"/nix/store/" + strings.Repeat("0", 31) + "-x", "/nix/store/" + strings.Repeat("0", 33) + "-x",
			"/nix/store/" + strings.Repeat("e", 32) + "-x", "/nix/store/" + strings.Repeat("t", 32) + "-x",
			"/nix/store/" + strings.Repeat("A", 32) + "-x",
			"/nix/store//nix/store/" + strings.Repeat("z", 32) + "-hello/bin",
			"/nix/store/" + strings.Repeat("a", 32) + "-x/nix/store/" + strings.Repeat("b", 32) + "-y",
			"/nix/store/" + strings.Repeat("a", 32) + "-x$/nix/store/" + strings.Repeat("b", 32) + "-y",
			"/nix/store/" + strings.Repeat("a", 32) + "-a b\tc\nd\ve\ff\rg\"h'i$j/k",
			"/nix/store/" + strings.Repeat("a", 32) + "-é\xff\x00",
			"x/nix/store/" + strings.Repeat("a", 32) + "-x\n",
			"//nix/store/" + strings.Repeat("a", 32) + "-",
		},
		valid: validStorePaths,
		pieces: []string{
			"/nix/store/", "/nix/store", "/nix/", "nix", "store", "/", "-", "0", "a", "z", "e", "o", "t", "u",
			"$", "\"", "'", "hello", "${x}",
		},
	},
	{
		name:    "store name",
		accepts: isStoreName,
		check:   boolAgainst(isStoreName, oracleStoreName),
		edge: []string{
			"", ".", "..", ".a", "a.", "-", "+", "_", "?", "=", "a-b.c_d+e?f=g", "a/b", "a b", "a\n", "é",
			"a:b", "a@b", "a,b", strings.Repeat("a", 211), "A-Z",
		},
		valid:  validStoreName,
		pieces: []string{"a", "Z", "0", "+", "-", ".", "_", "?", "=", "hello", "1.0"},
	},
	{
		name:    "digest",
		accepts: isDigest,
		check:   boolAgainst(isDigest, oracleDigest),
		edge: []string{
			"", "sha256:", "sha512:", "sha256:" + strings.Repeat("a", 63), "sha256:" + strings.Repeat("a", 64),
			"sha256:" + strings.Repeat("a", 65), "sha256:" + strings.Repeat("a", 128),
			"sha512:" + strings.Repeat("f", 127), "sha512:" + strings.Repeat("f", 128), "sha512:" + strings.Repeat("f", 64),
			"sha512:" + strings.Repeat("0", 129), "sha256:" + strings.Repeat("A", 64), "sha256:" + strings.Repeat("g", 64),
			"SHA256:" + strings.Repeat("a", 64), "sha384:" + strings.Repeat("a", 96),
			"sha256:" + strings.Repeat("a", 64) + "\n", "sha256-" + strings.Repeat("a", 64),
		},
		valid: validDigest,
		pieces: []string{
			"sha256:", "sha512:", "sha256", "sha", ":", "a", "f", "0", "9", "g", "A",
			strings.Repeat("a", 8), strings.Repeat("0", 16), strings.Repeat("f", 32), strings.Repeat("1", 64),
		},
	},
	{
		name:    "port key",
		accepts: func(s string) bool { return portKey(s) != nil },
		check: func(s string) string {
			return agree(s, portKey(s), oraclePortKey.FindStringSubmatch(s))
		},
		edge: []string{
			"", "80", "80/tcp", "80/udp", "80/sctp", "80/TCP", "80/Sctp", "80/ſctp", "80/ſCTP", "80/\u212acp",
			"80/tc", "80/tcpx", "80/", "/tcp", "80-", "-80", "80-90", "80-90/udp", "80--90", "80-90-100",
			"80/tcp/udp", "80/tcp\n", "80\n", " 80", "080", "99999999999999999999", "8a", "80:80", "80/icmp",
		},
		valid:  validPortKey,
		pieces: []string{"0", "8", "80", "65535", "-", "/", "tcp", "udp", "sctp", "TCP", "ſ", "s", "ctp", "K"},
	},
	{
		name:    "URL credentials",
		accepts: hasURLCredentials,
		check:   boolAgainst(hasURLCredentials, oracleURLCredentials),
		edge: []string{
			"", "https://u:p@h", "https://u:p@", "https://u:@h", "https://:p@h", "https://u@h", "https://u:p:q@h",
			"https://u:p/@h", "https://u/:p@h", "https://u p:x@h", "https://u:p x@h", "https://u:p\v@h", "https://u\v:p@h",
			"1http://u:p@h", "h://u:p@h", "h+t.t-p://u:p@h", "h_p://u:p@h", "h:/u:p@h", "h//u:p@h", "://u:p@h",
			"postgres://user:secret@db:5432/x", "https://u:p\n@h", "https://é:ü@h", "https://u:p@@h", "HTTPS://U:P@H",
		},
		valid:  validURLCredentials,
		pieces: []string{"https", "h", "+", ".", "-", "://", ":", "/", "//", "@", "user", "pw", "p:w", "_", "%", "1"},
	},
	{
		name:    "ISO 8601",
		accepts: isISO8601,
		check:   boolAgainst(isISO8601, oracleISO8601),
		edge: []string{
			"", "2024-01-02T03:04:05Z", "2024-01-02T03:04:05+02:00", "2024-01-02T03:04:05-02:00",
			"2024-01-02T03:04:05.123Z", "2024-01-02T03:04:05.Z", "2024-01-02T03:04:05.1+00:00",
			"2024-01-02T03:04:05", "2024-01-02T03:04:05z", "2024-01-02t03:04:05Z", "2024-01-02 03:04:05Z",
			"2024-01-02T03:04:05+0200", "2024-01-02T03:04:05+02:0", "2024-01-02T03:04:05+02:000", "2024-01-02T03:04:05ZZ",
			"2024-01-02T03:04:05Z\n", "\u0663024-01-02T03:04:05Z", "24-01-02T03:04:05Z", "2024-1-02T03:04:05Z",
			"2024-01-02T03:04:05.", "2024-01-02T03:04:05.5", "99999-01-02T03:04:05Z",
		},
		valid:  validISO8601,
		pieces: []string{"0", "9", "-", ":", "T", "Z", "+", ".", "t", "z", "2024", "01", "12:34"},
	},
	{
		name:    "dates",
		accepts: func(s string) bool { return dateParts(s) != nil },
		check: func(s string) string {
			var want []string
			for _, re := range oracleDateForms {
				if want = re.FindStringSubmatch(s); want != nil {
					break
				}
			}
			if msg := agree(s, dateParts(s), want); msg != "" {
				return msg
			}
			got, ok := isoOf(s)
			wantISO, wantOK := oracleIsoOf(want)
			return agree(s, []any{got, ok}, []any{wantISO, wantOK})
		},
		edge: []string{
			"", "2024-01-02", "20240102", "20240102030405", "2024-01-02 03:04:05", "2024-01-02T03:04:05",
			"2024-01-02t03:04:05", "2024-01-02_03:04:05", "2024-01-0203:04:05", "2024-01-02T03:04", "2024010203",
			"202401020304", "2024-01-02\n", "20240102\n", "2024-1-2", "1704164645", "\u06630240102", "2024/01/02",
			"2024-01-02T03:04:05Z", "now",
		},
		valid:  validDate,
		pieces: []string{"0", "9", "-", ":", "T", " ", "t", "2024", "01", "0102", "030405"},
	},
}

// edgeCases are a case's picked strings, each also with a newline or
// space around it, upper-cased, and with its first or last byte dropped,
// and the outsiders alone and after a valid string.
func edgeCases(c matcherCase) []string {
	var out []string
	for _, s := range c.edge {
		out = append(out, s, s+"\n", "\n"+s, s+" ", strings.ToUpper(s))
		if s != "" {
			out = append(out, s[1:], s[:len(s)-1])
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, o := range outsiders {
		v := c.valid(r)
		out = append(out, o, v+o, o+v)
		if v != "" {
			i := r.IntN(len(v))
			out = append(out, v[:i]+o+v[i:], v[:i]+o+v[i+1:])
		}
	}
	return out
}

// randomString strings pieces and outsiders together, or mutates a valid
// string a few times.
func randomString(r *rand.Rand, c matcherCase) string {
	piece := func() string {
		if r.IntN(8) == 0 {
			return randPick(r, outsiders)
		}
		return randPick(r, c.pieces)
	}
	if r.IntN(3) == 0 {
		var b strings.Builder
		for k := r.IntN(24); k > 0; k-- {
			b.WriteString(piece())
		}
		return b.String()
	}
	s := c.valid(r)
	for k := r.IntN(4); k > 0; k-- {
		i := 0
		if s != "" {
			i = r.IntN(len(s))
		}
		switch r.IntN(6) {
		case 0: // replace a byte
			if s != "" {
				s = s[:i] + piece() + s[i+1:]
			}
		case 1: // insert
			s = s[:i] + piece() + s[i:]
		case 2: // delete a byte
			if s != "" {
				s = s[:i] + s[i+1:]
			}
		case 3: // delete a stretch
			s = s[:i] + s[i+r.IntN(len(s)-i+1):]
		case 4: // repeat a stretch
			j := i + r.IntN(len(s)-i+1)
			s = s[:j] + s[i:j] + s[j:]
		case 5: // join another valid string
			s += randPick(r, []string{"", "/", " ", ":", "-", "."}) + c.valid(r)
		}
	}
	return s
}

func TestMatchersAgreeWithExpressions(t *testing.T) {
	const random = 50_000
	for i, c := range matcherCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			failures := 0
			fail := func(msg string) {
				if failures++; failures <= 10 {
					t.Error(msg)
				}
			}
			for _, s := range edgeCases(c) {
				if msg := c.check(s); msg != "" {
					fail(msg)
				}
			}
			r := rand.New(rand.NewPCG(uint64(i), 0x6e6978646f636b))
			accepted := 0
			for range random {
				s := randomString(r, c)
				if msg := c.check(s); msg != "" {
					fail(msg)
				}
				if c.accepts(s) {
					accepted++
				}
			}
			if failures > 10 {
				t.Errorf("and %d more", failures-10)
			}
			// Agreement proves little if nearly every string is rejected,
			// or accepted.
			if accepted < random/20 || accepted > random*19/20 {
				t.Errorf("%d of %d random strings accepted", accepted, random)
			}
			t.Logf("%d of %d random strings accepted", accepted, random)
		})
	}
}

// fuzzMatcher checks a matcher against its expression on the fuzzer's
// strings, seeded with the edge cases and a few random strings.
func fuzzMatcher(f *testing.F, name string) {
	for i, c := range matcherCases {
		if c.name != name {
			continue
		}
		for _, s := range edgeCases(c) {
			f.Add(s)
		}
		r := rand.New(rand.NewPCG(uint64(i), 2))
		for range 100 {
			f.Add(randomString(r, c))
		}
		f.Fuzz(func(t *testing.T, s string) {
			if msg := c.check(s); msg != "" {
				t.Error(msg)
			}
		})
		return
	}
	f.Fatalf("no matcher %q", name)
}

func FuzzTag(f *testing.F)            { fuzzMatcher(f, "tag") }
func FuzzImageName(f *testing.F)      { fuzzMatcher(f, "image name") }
func FuzzStorePaths(f *testing.F)     { fuzzMatcher(f, "store path") }
func FuzzStoreName(f *testing.F)      { fuzzMatcher(f, "store name") }
func FuzzDigest(f *testing.F)         { fuzzMatcher(f, "digest") }
func FuzzPortKey(f *testing.F)        { fuzzMatcher(f, "port key") }
func FuzzURLCredentials(f *testing.F) { fuzzMatcher(f, "URL credentials") }
func FuzzISO8601(f *testing.F)        { fuzzMatcher(f, "ISO 8601") }
func FuzzDates(f *testing.F)          { fuzzMatcher(f, "dates") }
