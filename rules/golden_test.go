package rules_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/internal/nixtest"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

var update = flag.Bool("update", false, "rewrite expected.txt and fixed.nix of the golden cases")

// goldenCase is one directory testdata/rules/<code>/<case>/.
type goldenCase struct {
	code, dir string
	opts      map[string]string
}

func goldenCases(t *testing.T) []goldenCase {
	t.Helper()
	var out []goldenCase
	codes, err := filepath.Glob("../testdata/rules/ND*")
	if err != nil || len(codes) == 0 {
		t.Fatalf("no golden cases found: %v", err)
	}
	for _, c := range codes {
		dirs, _ := filepath.Glob(filepath.Join(c, "*", "input.nix"))
		for _, in := range dirs {
			gc := goldenCase{code: filepath.Base(c), dir: filepath.Dir(in), opts: map[string]string{}}
			if b, err := os.ReadFile(filepath.Join(gc.dir, "options")); err == nil {
				for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
					if k, v, ok := strings.Cut(line, "="); ok {
						gc.opts[strings.TrimSpace(k)] = strings.TrimSpace(v)
					}
				}
			}
			out = append(out, gc)
		}
	}
	return out
}

func (gc goldenCase) config() *rules.Config {
	return &rules.Config{Select: []string{gc.code}, Options: map[string]map[string]string{gc.code: gc.opts}}
}

// format renders findings as expected.txt lines.
func format(f *parser.File, ds []rules.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		p := f.Position(d.Pos)
		fmt.Fprintf(&b, "%d:%d: %s %s\n", p.Line, p.Column, d.Code, d.Message)
	}
	return b.String()
}

// applyFixes applies every fix of every finding, safe and unsafe, and fails
// on overlapping edits: the rules must never produce them for one file.
func applyFixes(t *testing.T, src []byte, ds []rules.Diagnostic) []byte {
	t.Helper()
	var edits []rules.TextEdit
	for _, d := range ds {
		for _, fx := range d.Fixes {
			edits = append(edits, fx.Edits...)
		}
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	var out []byte
	last := 0
	for _, e := range edits {
		if e.Pos < last || e.End < e.Pos || e.End > len(src) {
			t.Fatalf("overlapping or invalid edit %+v", e)
		}
		out = append(out, src[last:e.Pos]...)
		out = append(out, e.NewText...)
		last = e.End
	}
	return append(out, src[last:]...)
}

func fixable(ds []rules.Diagnostic) int {
	n := 0
	for _, d := range ds {
		if len(d.Fixes) > 0 {
			n++
		}
	}
	return n
}

func TestGolden(t *testing.T) {
	for _, gc := range goldenCases(t) {
		t.Run(gc.code+"/"+filepath.Base(gc.dir), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(gc.dir, "input.nix"))
			if err != nil {
				t.Fatal(err)
			}
			f, ds := rules.LintSource("input.nix", src, gc.config())
			for _, d := range ds {
				if d.Code == "ND000" {
					t.Fatalf("input does not parse: %s", d.Message)
				}
			}
			got := format(f, ds)
			fixed := applyFixes(t, src, ds)
			expPath, fixPath := filepath.Join(gc.dir, "expected.txt"), filepath.Join(gc.dir, "fixed.nix")
			if *update {
				must(t, os.WriteFile(expPath, []byte(got), 0o644))
				if string(fixed) != string(src) {
					must(t, os.WriteFile(fixPath, fixed, 0o644))
				} else {
					_ = os.Remove(fixPath)
				}
			}
			want, err := os.ReadFile(expPath)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("findings differ\n got:\n%s\nwant:\n%s", got, want)
			}
			wantFixed, err := os.ReadFile(fixPath)
			if os.IsNotExist(err) {
				wantFixed = src
			}
			if string(fixed) != string(wantFixed) {
				t.Errorf("fixed output differs\n got:\n%s\nwant:\n%s", fixed, wantFixed)
			}

			// Idempotence: what the fixes resolved is gone, and the
			// fixed file raises nothing new for this rule.
			f2, ds2 := rules.LintSource("fixed.nix", fixed, gc.config())
			if len(ds2) != len(ds)-fixable(ds) {
				t.Errorf("after fixing, %d findings remain, want %d:\n%s", len(ds2), len(ds)-fixable(ds), format(f2, ds2))
			}
			for _, d := range ds2 {
				if len(d.Fixes) > 0 {
					t.Errorf("after fixing, a fixable finding remains: %s", format(f2, []rules.Diagnostic{d}))
				}
			}
		})
	}
}

// TestGoldenNix checks every case with Nix itself: input and fixed output
// parse and bind, and evaluating them with stub packages shows the fix did
// what it says and changed nothing else in the image arguments.
func TestGoldenNix(t *testing.T) {
	nixtest.Require(t)
	harness, err := filepath.Abs("../testdata/rules/harness.nix")
	must(t, err)
	for _, gc := range goldenCases(t) {
		t.Run(gc.code+"/"+filepath.Base(gc.dir), func(t *testing.T) {
			in, err := filepath.Abs(filepath.Join(gc.dir, "input.nix"))
			must(t, err)
			if r := nixtest.ParseFile(t, in); !r.OK {
				t.Fatalf("nix rejects input.nix: %s", r.Stderr)
			}
			before := nixtest.EvalJSON(t, fmt.Sprintf("import %s %s", harness, in))
			if !before.OK {
				t.Fatalf("evaluating input.nix: %s", before.Stderr)
			}
			fixPath := filepath.Join(gc.dir, "fixed.nix")
			if _, err := os.Stat(fixPath); err != nil {
				return // nothing was fixed
			}
			fixAbs, _ := filepath.Abs(fixPath)
			if r := nixtest.ParseFile(t, fixAbs); !r.OK {
				t.Fatalf("nix rejects fixed.nix: %s", r.Stderr)
			}
			after := nixtest.EvalJSON(t, fmt.Sprintf("import %s %s", harness, fixAbs))
			if !after.OK {
				t.Fatalf("evaluating fixed.nix: %s", after.Stderr)
			}
			checkSemantics(t, gc, before.Stdout, after.Stdout)
		})
	}
}

type jsonDiff struct {
	path          string
	before, after any // nil when absent on that side
	hadBefore     bool
}

// diffJSON lists the places where two JSON values differ, descending into
// objects only (lists and scalars compare whole).
func diffJSON(path string, a, b any, hadA bool, out *[]jsonDiff) {
	walkDiffs(path, a, b, hadA, false, out)
}

// walkDiffs lists the places where two JSON values differ, descending into
// objects and, with intoLists, into lists of the same length.
func walkDiffs(path string, a, b any, hadA, intoLists bool, out *[]jsonDiff) {
	if la, ok := a.([]any); ok && intoLists {
		if lb, ok := b.([]any); ok && len(la) == len(lb) {
			for i := range la {
				walkDiffs(fmt.Sprintf("%s[%d]", path, i), la[i], lb[i], true, intoLists, out)
			}
			return
		}
	}
	ma, okA := a.(map[string]any)
	mb, okB := b.(map[string]any)
	if okA && okB {
		keys := map[string]bool{}
		for k := range ma {
			keys[k] = true
		}
		for k := range mb {
			keys[k] = true
		}
		for k := range keys {
			va, inA := ma[k]
			walkDiffs(path+"."+k, va, mb[k], inA, intoLists, out)
		}
		return
	}
	if !reflect.DeepEqual(a, b) {
		*out = append(*out, jsonDiff{path, a, b, hadA})
	}
}

// semanticChecks holds, per rule code, the check that one change between
// the evaluated input and fixed output is what the rule's fix promises. A
// rule's test file adds its own in an init, so rules written side by side
// do not edit this file.
var semanticChecks = map[string]func(t *testing.T, gc goldenCase, d jsonDiff){}

const certPath = "/nix/store/0000-cacert/etc/ssl/certs/ca-bundle.crt"

func checkSemantics(t *testing.T, gc goldenCase, before, after string) {
	t.Helper()
	if gc.code == "ND004" {
		// The only change is that Haskell packages became their static
		// variants.
		if strings.Count(after, "-static") <= strings.Count(before, "-static") ||
			strings.ReplaceAll(after, "-static", "") != strings.ReplaceAll(before, "-static", "") {
			t.Errorf("ND004 fix changed more than the packages:\nbefore %s\nafter  %s", before, after)
		}
		return
	}
	var a, b any
	must(t, json.Unmarshal([]byte(before), &a))
	must(t, json.Unmarshal([]byte(after), &b))
	var diffs []jsonDiff
	diffJSON("", a, b, true, &diffs)
	if len(diffs) == 0 {
		t.Fatalf("the fix changed nothing in the evaluated result")
	}
	for _, d := range diffs {
		if !strings.Contains(d.path, ".args.") {
			t.Errorf("change outside image arguments at %s", d.path)
			continue
		}
		switch gc.code {
		case "ND001":
			if strings.HasSuffix(d.path, ".config.Env") || strings.HasSuffix(d.path, ".args.config") {
				checkEnvDiff(t, d)
			} else {
				checkCARootDiff(t, d)
			}
		case "ND002":
			want := "now"
			if gc.opts["created"] == "commit-date" {
				want = "2024-01-02T03:04:05Z"
			}
			if !strings.HasSuffix(d.path, ".args.created") || d.hadBefore || d.after != want {
				t.Errorf("ND002: unexpected change %s: %v -> %v", d.path, d.before, d.after)
			}
		case "ND003":
			// The short commit id of the stub self, or the version of a
			// stub package.
			if !strings.HasSuffix(d.path, ".args.tag") || d.before != nil ||
				(d.after != "012345678" && d.after != "1.2.3" && d.after != "0.4.0" && d.after != "2.0.1") {
				t.Errorf("ND003: unexpected change %s: %v -> %v", d.path, d.before, d.after)
			}
		case "ND005":
			checkLinkDiff(t, d)
		default:
			check, ok := semanticChecks[gc.code]
			if !ok {
				t.Errorf("no semantic check for %s", gc.code)
				continue
			}
			check(t, gc, d)
		}
	}
}

// checkLinkDiff accepts only a new pathsToLink starting with "/bin": on a
// buildEnv's arguments, or on buildEnv entries of a contents or copyToRoot
// list, whose other entries stay as they were.
func checkLinkDiff(t *testing.T, d jsonDiff) {
	t.Helper()
	newLinks := func(path string, had bool, after any) bool {
		l, ok := after.([]any)
		return strings.HasSuffix(path, ".pathsToLink") && !had && ok && len(l) > 0 && l[0] == "/bin"
	}
	if newLinks(d.path, d.hadBefore, d.after) {
		return
	}
	old, okOld := d.before.([]any)
	now, okNow := d.after.([]any)
	rootList := strings.HasSuffix(d.path, ".contents") || strings.HasSuffix(d.path, ".copyToRoot")
	if !okOld || !okNow || len(old) != len(now) || !rootList {
		t.Errorf("ND005: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		return
	}
	changed := 0
	for i := range old {
		var sub []jsonDiff
		diffJSON(fmt.Sprintf("%s[%d]", d.path, i), old[i], now[i], true, &sub)
		for _, s := range sub {
			changed++
			if !strings.Contains(s.path, ".buildEnv.") || !newLinks(s.path, s.hadBefore, s.after) {
				t.Errorf("ND005: unexpected change %s: %v -> %v", s.path, s.before, s.after)
			}
		}
	}
	if changed == 0 {
		t.Errorf("ND005: %s changed but no entry did", d.path)
	}
}

// checkEnvDiff accepts only new SSL_CERT_FILE / SYSTEM_CERTIFICATE_PATH
// entries pointing at cacert, appended after the entries already there.
func checkEnvDiff(t *testing.T, d jsonDiff) {
	t.Helper()
	var old, now []any
	switch {
	case strings.HasSuffix(d.path, ".config.Env"):
		old, _ = d.before.([]any)
		now, _ = d.after.([]any)
	case strings.HasSuffix(d.path, ".args.config") && !d.hadBefore:
		m, _ := d.after.(map[string]any)
		if len(m) != 1 {
			t.Errorf("ND001: new config has more than Env: %v", d.after)
		}
		now, _ = m["Env"].([]any)
	default:
		t.Errorf("ND001: unexpected change %s: %v -> %v", d.path, d.before, d.after)
		return
	}
	if len(now) <= len(old) || (len(old) > 0 && !reflect.DeepEqual(now[:len(old)], old)) {
		t.Errorf("ND001: Env %v is not %v plus new entries", now, old)
		return
	}
	sawCert := false
	for _, e := range now[len(old):] {
		s, _ := e.(string)
		switch s {
		case "SSL_CERT_FILE=" + certPath:
			sawCert = true
		case "SYSTEM_CERTIFICATE_PATH=" + certPath:
		default:
			t.Errorf("ND001: unexpected Env entry %q", s)
		}
	}
	if !sawCert {
		t.Errorf("ND001: no SSL_CERT_FILE added: %v", now)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
