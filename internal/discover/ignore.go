package discover

import (
	"path/filepath"
	"strings"
)

// ignorePattern is one line of a .gitignore (or .ignore, or
// .git/info/exclude), read as gitignore(5) describes: "!" re-includes, a
// trailing "/" matches only directories, a "/" at the start or in the
// middle anchors the pattern to the directory of its file, "**" spans
// directories, and *, ?, [...] match within one name.
type ignorePattern struct {
	domain   []string // the directory of the ignore file, from the repository root
	segs     []string // the pattern split at "/"
	negate   bool
	dirOnly  bool
	anchored bool
}

// parseIgnore reads one non-blank, non-comment line of an ignore file
// found in the directory domain.
func parseIgnore(line string, domain []string) ignorePattern {
	p := ignorePattern{domain: domain}
	if strings.HasPrefix(line, "!") {
		p.negate = true
		line = line[1:]
	}
	// Trailing blanks are dropped unless the last is escaped.
	for strings.HasSuffix(line, " ") && !strings.HasSuffix(line, `\ `) {
		line = line[:len(line)-1]
	}
	if strings.HasSuffix(line, "/") {
		p.dirOnly = true
		line = strings.TrimRight(line, "/")
	}
	if strings.Contains(line, "/") {
		p.anchored = true
		line = strings.TrimPrefix(line, "/")
	}
	p.segs = strings.Split(line, "/")
	return p
}

// matches reports whether the pattern applies to path (its names from the
// repository root). A pattern that matches a directory applies to all
// below it, as git never looks inside an ignored directory.
func (p *ignorePattern) matches(path []string, isDir bool) bool {
	if len(path) <= len(p.domain) {
		return false
	}
	for i, d := range p.domain {
		if path[i] != d {
			return false
		}
	}
	rel := path[len(p.domain):]
	if !p.anchored {
		// A name: it matches any entry of that name below the domain;
		// when only directories count, the entry itself must be one.
		for i, name := range rel {
			if ok, err := filepath.Match(p.segs[0], name); err == nil && ok {
				if p.dirOnly && !isDir && i == len(rel)-1 {
					return false
				}
				return true
			}
		}
		return false
	}
	return p.matchSegs(p.segs, rel, isDir)
}

// matchSegs matches pattern segments against the start of path. What is
// left of path after the last segment is the inside of a matched
// directory; when nothing is left, the match is path itself, which must be
// a directory for a pattern ending in "/".
func (p *ignorePattern) matchSegs(segs, path []string, isDir bool) bool {
	if len(segs) == 0 {
		return len(path) > 0 || !p.dirOnly || isDir
	}
	seg := segs[0]
	if seg == "**" {
		if len(segs) == 1 {
			// "dir/**": everything inside.
			return len(path) > 0
		}
		for k := 0; k < len(path); k++ {
			if p.matchSegs(segs[1:], path[k:], isDir) {
				return true
			}
		}
		return false
	}
	if len(path) == 0 {
		return false
	}
	if ok, err := filepath.Match(seg, path[0]); err != nil || !ok {
		return false
	}
	return p.matchSegs(segs[1:], path[1:], isDir)
}

// ignoreMatcher holds the patterns in force in a directory, in the order
// read: the last one that matches a path decides.
type ignoreMatcher []ignorePattern

// ignored reports whether path (from the repository root) is ignored.
func (m ignoreMatcher) ignored(path []string, isDir bool) bool {
	for i := len(m) - 1; i >= 0; i-- {
		if m[i].matches(path, isDir) {
			return !m[i].negate
		}
	}
	return false
}
