package config

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// ExcludedBelow is Excluded for a file found by walking root, a directory
// named on the command line: only a glob that matches the file, or a
// directory between root and the file, excludes it. Naming a directory
// that a glob excludes ("examples", "gen/") therefore lints what is in it,
// as naming an excluded file lints that file; globs that match the files
// themselves ("vendor/**", "*.generated.nix") and globs naming directories
// below the named one still apply.
func (c *Config) ExcludedBelow(file, root string) bool {
	if c == nil || len(c.Exclude) == 0 {
		return false
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return false
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	// The file and each directory above it, up to but not including root
	// (nor the config's own directory, which no glob names).
	for p := filepath.ToSlash(rel); p != "." && p != "/"; p = path.Dir(p) {
		if !within(filepath.Join(c.Dir, filepath.FromSlash(p)), absRoot) {
			break
		}
		for _, g := range c.Exclude {
			if ok, _ := doublestar.Match(strings.TrimSuffix(g, "/"), p); ok {
				return true
			}
		}
	}
	return false
}

// within reports whether p lies strictly below dir (both absolute, clean).
func within(p, dir string) bool {
	if dir == string(filepath.Separator) {
		return p != dir
	}
	return strings.HasPrefix(p, dir+string(filepath.Separator))
}
