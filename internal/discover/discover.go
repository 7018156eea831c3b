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
	seen := map[string]bool{}
	add := func(p string, regular bool) {
		p = filepath.Clean(p)
		if !seen[p] {
			seen[p] = true
			files = append(files, File{Path: p, Regular: regular})
		}
	}
	modes := modesOf(paths)
	for i, root := range paths {
		mode, err := modes[i].mode, modes[i].err
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !mode.IsDir() {
			add(root, mode.IsRegular()) // named explicitly: always linted
			continue
		}
		found, err := walk(root)
		if err != nil {
			errs = append(errs, err)
		}
		for _, f := range found {
			add(f, true)
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, errs
}

// modeResult is what a stat of one path said.
type modeResult struct {
	mode fs.FileMode
	err  error
}

// modesOf stats every path. A pre-commit hook or xargs names thousands of
// files, and a stat each, one after another, was a tenth of such a run
// before any file was read; a few goroutines share them out.
func modesOf(paths []string) []modeResult {
	out := make([]modeResult, len(paths))
	workers := min(2*runtime.NumCPU(), len(paths)/64)
	if workers <= 1 {
		for i, p := range paths {
			out[i].mode, out[i].err = readfile.Mode(p)
		}
		return out
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(paths) {
					return
				}
				out[i].mode, out[i].err = readfile.Mode(paths[i])
			}
		})
	}
	wg.Wait()
	return out
}

// walk lists the *.nix files under root that are not ignored.
func walk(root string) ([]string, error) {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	repo := repoRoot(absRoot)
	// Patterns from the repository root down to root's parent apply too.
	var patterns []gitignore.Pattern
	patterns = append(patterns, readPatterns(filepath.Join(repo, ".git", "info", "exclude"), nil)...)
	if rel, err := filepath.Rel(repo, absRoot); err == nil && rel != "." {
		dir := repo
		var domain []string
		for _, part := range strings.Split(rel, string(filepath.Separator)) {
			patterns = append(patterns, dirPatterns(dir, domain)...)
			dir = filepath.Join(dir, part)
			domain = append(domain, part)
		}
	}
	// The working directory, asked once: filepath.Abs asks for each path,
	// at the cost of two stat calls.
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	var out []string
	var walkErr error
	// matchers holds the patterns in force in each directory walked.
	inForce := map[string][]gitignore.Pattern{}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if walkErr == nil {
				walkErr = err
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		abs := p
		if !filepath.IsAbs(p) {
			abs = filepath.Join(wd, p)
		}
		rel, _ := filepath.Rel(repo, abs)
		parts := strings.Split(filepath.ToSlash(rel), "/")
		if rel == "." {
			parts = nil
		}
		name := d.Name()
		parentPatterns := patterns
		if p != root {
			parentPatterns = inForce[filepath.Dir(p)]
		}
		if d.IsDir() {
			if p != root {
				if name == ".git" {
					return fs.SkipDir
				}
				if gitignore.NewMatcher(parentPatterns).Match(parts, true) {
					return fs.SkipDir
				}
			}
			inForce[p] = append(append([]gitignore.Pattern(nil), parentPatterns...), dirPatterns(abs, parts)...)
			return nil
		}
		if t := d.Type(); t&fs.ModeType != 0 && t&fs.ModeSymlink == 0 {
			return nil // a pipe, socket or device: nothing to lint, and reading could block
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// result, result-dev...: links nix build leaves behind.
			if name == "result" || strings.HasPrefix(name, "result-") {
				return nil
			}
			st, err := os.Stat(p)
			if err != nil || !st.Mode().IsRegular() {
				return nil
			}
		}
		if !strings.HasSuffix(name, ".nix") {
			return nil
		}
		if gitignore.NewMatcher(parentPatterns).Match(parts, false) {
			return nil
		}
		out = append(out, p)
		return nil
	})
	if err == nil {
		err = walkErr
	}
	return out, err
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
