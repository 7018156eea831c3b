// Package discover finds the Nix files a lint run covers: every *.nix file
// under the given directories that git would not ignore, plus every file
// named explicitly.
package discover

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"

	"github.com/nixdock/nixdock/internal/readfile"
)

// ignoreFiles are read in every directory, in this order; later patterns
// win, so .ignore can re-include what .gitignore excludes.
var ignoreFiles = []string{".gitignore", ".ignore"}

// File is a file to lint.
type File struct {
	Path string
	// Regular is true when the file is known to be a regular file (from
	// its directory entry or a stat), which lets the reader skip asking
	// again.
	Regular bool
}

// Find returns the files to lint under paths, sorted and without
// duplicates, with what the search learnt about each. A path that cannot
// be read is reported in errs and the others are still walked.
func Find(paths []string) (files []File, errs []error) {
	var mu sync.Mutex
	errs = Walk(paths, func(f File) {
		mu.Lock()
		files = append(files, f)
		mu.Unlock()
	})
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, errs
}

// Walk calls found for each file to lint under paths, once per file (by
// its cleaned path), as the search finds it: from several goroutines at
// once and in no particular order, so that a caller can start on the
// first files while the rest are being found. A path that cannot be read
// is reported in errs, in the order of paths, and the others are still
// walked. Walk returns when every call of found has returned.
func Walk(paths []string, found func(File)) (errs []error) {
	var mu sync.Mutex
	seen := make(map[string]bool, len(paths))
	add := func(p string, regular bool) {
		p = Clean(p)
		mu.Lock()
		dup := seen[p]
		seen[p] = true
		mu.Unlock()
		if !dup {
			found(File{Path: p, Regular: regular})
		}
	}
	rootErrs := make([]error, len(paths))
	// A pre-commit hook or xargs names thousands of files, and a stat
	// each, one after another, was a tenth of such a run: a few
	// goroutines share the paths out, and the directories' walks share a
	// pool of goroutines of their own.
	sem := make(chan struct{}, 2*runtime.NumCPU())
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(2*runtime.NumCPU(), len(paths)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(paths) {
					return
				}
				root := paths[i]
				mode, err := readfile.Mode(root)
				switch {
				case err != nil:
					rootErrs[i] = err
				case !mode.IsDir():
					add(root, mode.IsRegular()) // named explicitly: always linted
				default:
					rootErrs[i] = walk(root, sem, func(p string) { add(p, true) })
				}
			}
		})
	}
	wg.Wait()
	for _, err := range rootErrs {
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

// walk calls found for each *.nix file under root that is not ignored, in
// no particular order. Directories are read by several goroutines at once:
// walking a tree is mostly waiting on the kernel, one directory at a time
// took half as long as linting every file found.
func walk(root string, sem chan struct{}, found func(string)) error {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return err
	}
	repo := repoRoot(absRoot)
	// Patterns from the repository root down to root's parent apply too.
	var patterns []gitignore.Pattern
	patterns = append(patterns, readPatterns(filepath.Join(repo, ".git", "info", "exclude"), nil)...)
	var parts []string // root's path from the repository root
	if rel, err := filepath.Rel(repo, absRoot); err == nil && rel != "." {
		dir := repo
		for _, part := range strings.Split(rel, string(filepath.Separator)) {
			patterns = append(patterns, dirPatterns(dir, parts)...)
			dir = filepath.Join(dir, part)
			parts = append(parts, part)
		}
	}
	w := &walker{sem: sem, found: found}
	w.dir(root, absRoot, parts, append(patterns, dirPatterns(absRoot, parts)...))
	w.wg.Wait()
	return w.err
}

// walker is one walk's shared state.
type walker struct {
	wg    sync.WaitGroup
	sem   chan struct{} // a slot for each extra goroutine reading directories
	found func(string)
	// err is the error met at errPath, the first path in order that
	// could not be read, so that the same error is reported whichever
	// goroutine met it first.
	mu      sync.Mutex
	err     error
	errPath string
}

// dir lists directory p (abs is its absolute path, parts its path from the
// repository root, patterns the ignore patterns in force in it), and each
// directory below it: in a goroutine of its own while there are slots,
// here otherwise.
func (w *walker) dir(p, abs string, parts []string, patterns []gitignore.Pattern) {
	f, err := os.Open(p)
	var entries []fs.DirEntry
	if err == nil {
		entries, err = f.ReadDir(-1)
		f.Close()
	}
	if err != nil {
		w.mu.Lock()
		if w.err == nil || p < w.errPath {
			w.err, w.errPath = err, p
		}
		w.mu.Unlock()
		return
	}
	var match gitignore.Matcher
	if len(patterns) > 0 {
		match = gitignore.NewMatcher(patterns)
	}
	ignored := func(name string, isDir bool) bool {
		return match != nil && match.Match(append(parts[:len(parts):len(parts)], name), isDir)
	}
	for _, d := range entries {
		name := d.Name()
		child := filepath.Join(p, name)
		if d.IsDir() {
			if name == ".git" || ignored(name, true) {
				continue
			}
			childAbs := filepath.Join(abs, name)
			// Fresh slices for the child: its siblings share parts and
			// patterns.
			childParts := slices.Concat(parts, []string{name})
			childPatterns := patterns
			if own := dirPatterns(childAbs, childParts); len(own) > 0 {
				childPatterns = slices.Concat(patterns, own)
			}
			select {
			case w.sem <- struct{}{}:
				w.wg.Go(func() {
					w.dir(child, childAbs, childParts, childPatterns)
					<-w.sem
				})
			default:
				w.dir(child, childAbs, childParts, childPatterns)
			}
			continue
		}
		if t := d.Type(); t&fs.ModeType != 0 && t&fs.ModeSymlink == 0 {
			continue // a pipe, socket or device: nothing to lint, and reading could block
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// result, result-dev...: links nix build leaves behind.
			if name == "result" || strings.HasPrefix(name, "result-") {
				continue
			}
			st, err := os.Stat(child)
			if err != nil || !st.Mode().IsRegular() {
				continue
			}
		}
		if !strings.HasSuffix(name, ".nix") || ignored(name, false) {
			continue
		}
		w.found(child)
	}
}

// repoRoot is the nearest directory at or above dir holding .git, or dir.
func repoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

func dirPatterns(dir string, domain []string) []gitignore.Pattern {
	var out []gitignore.Pattern
	for _, n := range ignoreFiles {
		out = append(out, readPatterns(filepath.Join(dir, n), domain)...)
	}
	return out
}

func readPatterns(path string, domain []string) []gitignore.Pattern {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []gitignore.Pattern
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, gitignore.ParsePattern(line, append([]string(nil), domain...)))
	}
	return out
}

// Clean is filepath.Clean, with a quick answer for a path that plainly
// needs no cleaning: a list of thousands of paths from xargs or a
// pre-commit hook is nearly always clean already, and Clean's full pass
// over each path was a noticeable share of a run.
func Clean(p string) string {
	if p == "" || p == "." || p == ".." || runtime.GOOS == "windows" ||
		strings.HasSuffix(p, "/") || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") ||
		strings.Contains(p, "//") || strings.Contains(p, "/.") {
		return filepath.Clean(p)
	}
	return p
}

// Dir is filepath.Dir for a path Clean returned, without cleaning it again.
func Dir(p string) string {
	if runtime.GOOS == "windows" {
		return filepath.Dir(p)
	}
	switch i := strings.LastIndexByte(p, '/'); i {
	case -1:
		return "."
	case 0:
		return "/"
	default:
		return p[:i]
	}
}
