package rules

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled on its first use. The rules'
// expressions matter only in files that build an image, and compiling
// them all when the program starts took about half a millisecond, a
// quarter of linting one small file from process start to exit.
type lazyRE struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
}

// lazyREs lists every lazyRE, so that a test compiles them all.
var lazyREs []*lazyRE

// lazyRegexp returns pattern to be compiled, with regexp.MustCompile, when
// first used.
func lazyRegexp(pattern string) *lazyRE {
	l := &lazyRE{pattern: pattern}
	lazyREs = append(lazyREs, l)
	return l
}

func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pattern) })
	return l.re
}

func (l *lazyRE) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRE) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
