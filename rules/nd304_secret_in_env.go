package rules

import (
	"strings"
	"unicode"

	"github.com/nixdock/nixdock/parser"
)

// SecretInEnv (ND304) finds config.Env entries written in the file that
// bake a secret into the image: a variable whose name holds one of the
// words PASSWORD, PASSWD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY
// or CREDENTIALS with a non-empty literal value, or a *_URL, *_URI or DSN
// value with user:password@ in it. The image config is plain JSON that
// anyone who can pull the image reads with docker inspect, and the
// value also sits in the world-readable Nix store.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "app"; config.Env = [ "API_TOKEN=3f9a1c" ]; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "app"; config.Env = [ "API_TOKEN_FILE=/run/secrets/api-token" ]; }
//
// Values interpolated from elsewhere, names that point to a file (…_FILE)
// or name the secret rather than hold it (…_PATH, …_DIR, …_NAME, …), and
// values that are paths or refer to another variable are not reported.
// There is no fix: the secret has to move to the runtime (an env file, a
// mounted secret) and be rotated, as it has already been published.
var SecretInEnv = &Rule{
	Code:     "ND304",
	Name:     "secret-in-env",
	Summary:  "config.Env holds a literal secret, readable by anyone who pulls the image",
	Severity: Error,
	NoFix:    "a secret must leave the image and be rotated, which no edit of this file can do",
	Run:      runSecretInEnv,
}

// secretWords are the words (or word pairs) of a variable name that mark
// its value as a secret.
var secretWords = [][]string{
	{"PASSWORD"}, {"PASSWD"}, {"SECRET"}, {"TOKEN"}, {"CREDENTIALS"},
	{"API", "KEY"}, {"APIKEY"}, {"PRIVATE", "KEY"}, {"ACCESS", "KEY"},
}

// metaWords end names that describe a secret rather than hold one.
var metaWords = []string{
	"FILE", "PATH", "DIR", "NAME", "URL", "URI", "ENDPOINT", "HOST", "PORT",
	"ID", "TYPE", "HEADER", "LENGTH", "TTL", "EXPIRY", "EXPIRES", "TIMEOUT",
	"ENABLED", "REQUIRED", "METHOD", "ALGORITHM", "SIZE", "LIFETIME", "COMMAND", "CMD",
}

func runSecretInEnv(p *Pass) {
	for _, img := range p.Images {
		m := img.m
		a, e := img.Attr("config", "Env")
		if a != Present || e == nil {
			continue
		}
		elems, _ := m.listElems(e)
		for _, el := range elems {
			if el.maybe {
				continue
			}
			s, ok := parser.Unparen(el.expr).(*parser.String)
			if !ok {
				continue
			}
			name, value, ok := splitEnvLiteral(s)
			if !ok {
				continue
			}
			if msg := secretFinding(name, value); msg != "" {
				p.Report(Diagnostic{Pos: s.Pos(), End: s.End(), Message: msg})
			}
		}
	}
}

// splitEnvLiteral splits a written "NAME=value" entry. It fails when the name or
// the value is not all written text (an interpolation anywhere).
func splitEnvLiteral(s *parser.String) (name, value string, ok bool) {
	text, ok := stringLit(s)
	if !ok {
		return "", "", false
	}
	return strings.Cut(text, "=")
}

// secretFinding returns the message for an Env entry that holds a secret,
// or "".
func secretFinding(name, value string) string {
	words := nameWords(name)
	if len(words) == 0 || value == "" {
		return ""
	}
	last := words[len(words)-1]
	if urlLike(last, words) && hasURLCredentials(value) {
		return name + " holds a URL with a password in it, which anyone who pulls the image can read in its config (docker inspect); pass it at run time instead and change the password"
	}
	if contains(metaWords, last) || !hasSecretWord(words) || notASecret(value) {
		return ""
	}
	return name + " holds a literal secret, which anyone who pulls the image can read in its config (docker inspect) and which sits in the world-readable Nix store; pass it at run time (an env file, or a mounted secret named by a …_FILE variable where the program reads one) and rotate it"
}

func urlLike(last string, words []string) bool {
	return last == "URL" || last == "URI" || last == "DSN" || contains(words, "DSN")
}

// nameWords splits a variable name into upper-case words at underscores,
// dashes, dots and lower-to-upper case changes (dbPassword: DB PASSWORD).
func nameWords(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToUpper(string(cur)))
			cur = cur[:0]
		}
	}
	var prev rune
	for _, r := range name {
		switch {
		case r == '_' || r == '-' || r == '.':
			flush()
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	return words
}

func hasSecretWord(words []string) bool {
	for _, sw := range secretWords {
		for i := 0; i+len(sw) <= len(words); i++ {
			match := true
			for j, w := range sw {
				if words[i+j] != w {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}

// notASecret reports whether a value is surely not a secret: a path, a
// reference to another variable, or a switch.
func notASecret(v string) bool {
	if strings.HasPrefix(v, "/") || strings.HasPrefix(v, "./") || strings.Contains(v, "$") {
		return true
	}
	switch strings.ToLower(v) {
	case "true", "false", "yes", "no", "on", "off", "0", "1", "none", "null":
		return true
	}
	return false
}

func init() { register(SecretInEnv) }
