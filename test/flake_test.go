package test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/internal/nixtest"
)

// The flake is evaluated with nix-instantiate against a stub nixpkgs
// (testdata/stub-nixpkgs.nix) whose builders return their arguments, so
// that no nixpkgs, network or build is needed.

var (
	linuxSystems  = []string{"aarch64-linux", "armv7l-linux", "riscv64-linux", "x86_64-linux"}
	darwinSystems = []string{"aarch64-darwin", "x86_64-darwin"}
)

func allSystems() []string {
	s := append(append([]string(nil), linuxSystems...), darwinSystems...)
	sort.Strings(s)
	return s
}

// A self for a clean tree at a known commit.
const (
	stubRev          = "0123456789abcdef0123456789abcdef01234567"
	stubShortRev     = "0123456"
	stubLastModified = "20261203070136"
	stubCreated      = "2026-12-03T07:01:36Z"
)

func cleanSelf(outPath string) string {
	return fmt.Sprintf(`{ outPath = %s; rev = %q; shortRev = %q; lastModifiedDate = %q; lastModified = 1796281296; }`,
		nixString(outPath), stubRev, stubShortRev, stubLastModified)
}

// nixString quotes s as a Nix string.
func nixString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "${", `\${`).Replace(s) + `"`
}

// drv is what the stub's builders return, as the projection below prints it.
type drv struct {
	Builder string          `json:"builder"`
	Path    string          `json:"path"`
	Args    json.RawMessage `json:"args"`
}

type goModuleArgs struct {
	Pname       string            `json:"pname"`
	Version     string            `json:"version"`
	Src         string            `json:"src"`
	VendorHash  string            `json:"vendorHash"`
	SubPackages []string          `json:"subPackages"`
	Ldflags     []string          `json:"ldflags"`
	Env         map[string]string `json:"env"`
	DoCheck     *bool             `json:"doCheck"`
	Meta        struct {
		MainProgram string `json:"mainProgram"`
	} `json:"meta"`
}

type imageArgs struct {
	Name     string   `json:"name"`
	Tag      string   `json:"tag"`
	Created  string   `json:"created"`
	Contents []string `json:"contents"`
	Config   struct {
		Entrypoint []string `json:"Entrypoint"`
		Cmd        []string `json:"Cmd"`
		WorkingDir string   `json:"WorkingDir"`
		User       string   `json:"User"`
		Env        []string `json:"Env"`
	} `json:"config"`
}

type runCommandArgs struct {
	Name   string `json:"name"`
	Script string `json:"script"`
	Env    struct {
		NativeBuildInputs []string `json:"nativeBuildInputs"`
	} `json:"env"`
}

type flakeEval struct {
	Description string                       `json:"description"`
	NixpkgsURL  string                       `json:"nixpkgsUrl"`
	Outputs     []string                     `json:"outputs"`
	Packages    map[string]map[string]drv    `json:"packages"`
	Apps        map[string]map[string]app    `json:"apps"`
	DevShells   map[string]map[string]drv    `json:"devShells"`
	Checks      map[string]map[string]drv    `json:"checks"`
	Overlay     drv                          `json:"overlay"`
	Stub        map[string]map[string]string `json:"stub"`
}

type app struct {
	Type    string `json:"type"`
	Program string `json:"program"`
	Meta    struct {
		Description string `json:"description"`
	} `json:"meta"`
}

// evalFlake evaluates flake.nix's outputs with the stub nixpkgs and the
// given self (a Nix expression).
func evalFlake(t *testing.T, self string) flakeEval {
	t.Helper()
	expr := fmt.Sprintf(`
let
  nixpkgs = import %s;
  flake = import %s;
  out = flake.outputs { self = %s; inherit nixpkgs; };
  drv = d: { builder = d.builder; path = d.outPath; args = d.args; };
  drvs = builtins.mapAttrs (_: builtins.mapAttrs (_: drv));
  stub = nixpkgs.legacyPackages.x86_64-linux;
in {
  inherit (flake) description;
  nixpkgsUrl = flake.inputs.nixpkgs.url;
  outputs = builtins.attrNames out;
  packages = drvs out.packages;
  inherit (out) apps;
  devShells = drvs out.devShells;
  checks = drvs out.checks;
  overlay = drv (out.overlays.default stub { }).nixdock;
  stub = {
    cacert.path = stub.cacert.outPath;
    caCertificates.path = stub.dockerTools.caCertificates.outPath;
    fakeNss.path = stub.dockerTools.fakeNss.outPath;
    go.path = stub.go.outPath;
    golangci-lint.path = stub.golangci-lint.outPath;
    nix.path = stub.nix.outPath;
  };
}`, nixString(filepath.Join(root, "test", "testdata", "stub-nixpkgs.nix")), nixString(filepath.Join(root, "flake.nix")), self)
	r := nixtest.EvalJSON(t, expr)
	if !r.OK {
		t.Fatalf("evaluating the flake with stub inputs failed:\n%s", r.Stderr)
	}
	var out flakeEval
	if err := json.Unmarshal([]byte(r.Stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.Stdout)
	}
	return out
}

func decode[T any](t *testing.T, d drv, builder string) T {
	t.Helper()
	if d.Builder != builder {
		t.Fatalf("built with %q, want %s", d.Builder, builder)
	}
	var v T
	if err := json.Unmarshal(d.Args, &v); err != nil {
		t.Fatalf("arguments of %s: %v\n%s", builder, err, d.Args)
	}
	return v
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestFlakeOutputs checks every output of the flake for every system.
func TestFlakeOutputs(t *testing.T) {
	f := evalFlake(t, cleanSelf("/src"))
	if f.Description == "" || f.NixpkgsURL != "github:NixOS/nixpkgs/nixos-unstable" {
		t.Errorf("description %q, nixpkgs input %q", f.Description, f.NixpkgsURL)
	}
	if want := []string{"apps", "checks", "devShells", "overlays", "packages"}; !reflect.DeepEqual(f.Outputs, want) {
		t.Errorf("outputs %v, want %v", f.Outputs, want)
	}
	for name, got := range map[string][]string{
		"packages": keys(f.Packages), "apps": keys(f.Apps), "devShells": keys(f.DevShells), "checks": keys(f.Checks),
	} {
		if !reflect.DeepEqual(got, allSystems()) {
			t.Errorf("%s systems %v, want %v", name, got, allSystems())
		}
	}
	linux := map[string]bool{}
	for _, s := range linuxSystems {
		linux[s] = true
	}
	for _, system := range allSystems() {
		t.Run(system, func(t *testing.T) {
			ps := f.Packages[system]
			wantNames := []string{"default", "nixdock"}
			if linux[system] {
				wantNames = []string{"default", "image", "nixdock"}
			}
			if got := keys(ps); !reflect.DeepEqual(got, wantNames) {
				t.Fatalf("packages %v, want %v", got, wantNames)
			}
			pkg := ps["default"]
			if !reflect.DeepEqual(ps["nixdock"], pkg) {
				t.Errorf("packages.nixdock differs from packages.default")
			}
			checkPackage(t, decode[goModuleArgs](t, pkg, "buildGoModule"), stubShortRev, stubRev, "/src")
			exe := pkg.Path + "/bin/nixdock"

			if linux[system] {
				img := decode[imageArgs](t, ps["image"], "streamLayeredImage")
				checkImage(t, img, f.Stub, exe, stubShortRev, stubCreated)
			}

			a := f.Apps[system]["default"]
			if a.Type != "app" || a.Program != exe || a.Meta.Description == "" {
				t.Errorf("apps.default = %+v, want program %s", a, exe)
			}

			shell := f.DevShells[system]["default"]
			shellArgs := decode[struct {
				Packages []string `json:"packages"`
			}](t, shell, "mkShell")
			if want := []string{f.Stub["go"]["path"], f.Stub["golangci-lint"]["path"], f.Stub["nix"]["path"]}; !reflect.DeepEqual(shellArgs.Packages, want) {
				t.Errorf("devShells.default packages %v, want %v", shellArgs.Packages, want)
			}

			if got := keys(f.Checks[system]); !reflect.DeepEqual(got, []string{"lint"}) {
				t.Fatalf("checks %v", got)
			}
			check := decode[runCommandArgs](t, f.Checks[system]["lint"], "runCommand")
			if !reflect.DeepEqual(check.Env.NativeBuildInputs, []string{pkg.Path}) {
				t.Errorf("the lint check runs %v, want this flake's nixdock %s", check.Env.NativeBuildInputs, pkg.Path)
			}
			if !strings.Contains(check.Script, "\ncd /src\n"+strings.Join(dogfoodLint, " ")+" .\ntouch $out\n") {
				t.Errorf("lint check script:\n%s", check.Script)
			}
		})
	}
	// The overlay builds the same package with the nixpkgs it is applied to.
	if !reflect.DeepEqual(f.Overlay, f.Packages["x86_64-linux"]["default"]) {
		t.Errorf("overlay gives\n%+v\nthe flake's package is\n%+v", f.Overlay, f.Packages["x86_64-linux"]["default"])
	}
}

func checkPackage(t *testing.T, a goModuleArgs, version, revision, src string) {
	t.Helper()
	if a.Pname != "nixdock" || a.Version != version || a.Src != src {
		t.Errorf("pname %q version %q src %q, want nixdock %q %q", a.Pname, a.Version, a.Src, version, src)
	}
	if !reflect.DeepEqual(a.SubPackages, []string{"cmd/nixdock"}) {
		t.Errorf("subPackages %v", a.SubPackages)
	}
	want := []string{"-s", "-w", "-X main.linkVersion=" + version, "-X main.linkRevision=" + revision}
	if !reflect.DeepEqual(a.Ldflags, want) {
		t.Errorf("ldflags %q, want %q", a.Ldflags, want)
	}
	if !regexp.MustCompile(`^sha256-[A-Za-z0-9+/]{43}=$`).MatchString(a.VendorHash) {
		t.Errorf("vendorHash %q is not an SRI sha256", a.VendorHash)
	}
	if a.DoCheck == nil || *a.DoCheck {
		t.Errorf("doCheck should be false: the tests need nix-instantiate")
	}
	if a.Env["CGO_ENABLED"] != "0" {
		t.Errorf("env.CGO_ENABLED = %q, want a static binary", a.Env["CGO_ENABLED"])
	}
	if a.Meta.MainProgram != "nixdock" {
		t.Errorf("meta.mainProgram %q", a.Meta.MainProgram)
	}
}

func checkImage(t *testing.T, img imageArgs, stub map[string]map[string]string, exe, tag, created string) {
	t.Helper()
	if img.Name != "nixdock" || img.Tag != tag || img.Created != created {
		t.Errorf("image name %q tag %q created %q, want nixdock %q %q", img.Name, img.Tag, img.Created, tag, created)
	}
	if !reflect.DeepEqual(img.Config.Entrypoint, []string{exe}) || img.Config.Cmd != nil {
		t.Errorf("Entrypoint %q Cmd %q, want [%s] and no Cmd", img.Config.Entrypoint, img.Config.Cmd, exe)
	}
	if img.Config.WorkingDir != "/src" {
		t.Errorf("WorkingDir %q", img.Config.WorkingDir)
	}
	// A numeric uid:gid, not root, which fakeNss names.
	m := regexp.MustCompile(`^([0-9]+):([0-9]+)$`).FindStringSubmatch(img.Config.User)
	if m == nil || m[1] == "0" || m[2] == "0" {
		t.Errorf("User %q, want a numeric non-root uid:gid", img.Config.User)
	}
	want := []string{stub["caCertificates"]["path"], stub["fakeNss"]["path"]}
	if !reflect.DeepEqual(img.Contents, want) {
		t.Errorf("contents %q, want %q", img.Contents, want)
	}
	if want := []string{"SSL_CERT_FILE=" + stub["cacert"]["path"] + "/etc/ssl/certs/ca-bundle.crt"}; !reflect.DeepEqual(img.Config.Env, want) {
		t.Errorf("Env %q, want %q", img.Config.Env, want)
	}
}

// TestFlakeVersion checks the version, revision, tag and created date for
// a clean tree, a dirty tree and a self that knows no commit.
func TestFlakeVersion(t *testing.T) {
	for _, tc := range []struct {
		name, self                 string
		version, revision, created string
	}{
		{"clean", cleanSelf("/src"), stubShortRev, stubRev, stubCreated},
		{"dirty", `{ outPath = "/src"; dirtyRev = "` + stubRev + `-dirty"; dirtyShortRev = "` + stubShortRev + `-dirty"; lastModifiedDate = "19991231235958"; }`,
			stubShortRev + "-dirty", stubRev + "-dirty", "1999-12-31T23:59:58Z"},
		{"no commit", `{ outPath = "/src"; }`, "dev", "", "1970-01-01T00:00:01Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := evalFlake(t, tc.self)
			ps := f.Packages["x86_64-linux"]
			checkPackage(t, decode[goModuleArgs](t, ps["default"], "buildGoModule"), tc.version, tc.revision, "/src")
			img := decode[imageArgs](t, ps["image"], "streamLayeredImage")
			checkImage(t, img, f.Stub, ps["default"].Path+"/bin/nixdock", tc.version, tc.created)
		})
	}
}

// TestDefaultNix checks that default.nix gives the flake's package (at
// version "dev", from a copy of the tree) with the image beside it, for
// Nix without flakes.
func TestDefaultNix(t *testing.T) {
	f := evalFlake(t, `{ outPath = "/src"; }`)
	for _, system := range []string{"x86_64-linux", "aarch64-darwin"} {
		t.Run(system, func(t *testing.T) {
			// src is left out: forcing it would copy the checkout into the store.
			expr := fmt.Sprintf(`
let
  pkgs = (import %s).legacyPackages.%s;
  d = import %s { inherit pkgs; };
  drv = d: { builder = d.builder; path = d.outPath; args = d.args; };
in {
  default = drv d // { args = removeAttrs d.args [ "src" ]; };
  extra = builtins.attrNames (removeAttrs d (builtins.attrNames (drv d) ++ [ "type" "name" "outPath" ]));
  image = if d ? image then drv d.image else null;
  src = builtins.attrNames d.args.src;
}`, nixString(filepath.Join(root, "test", "testdata", "stub-nixpkgs.nix")), system, nixString(filepath.Join(root, "default.nix")))
			r := nixtest.EvalJSON(t, expr)
			if !r.OK {
				t.Fatalf("evaluating default.nix failed:\n%s", r.Stderr)
			}
			var got struct {
				Default drv      `json:"default"`
				Extra   []string `json:"extra"`
				Image   *drv     `json:"image"`
				Src     []string `json:"src"`
			}
			if err := json.Unmarshal([]byte(r.Stdout), &got); err != nil {
				t.Fatal(err)
			}
			a := decode[goModuleArgs](t, got.Default, "buildGoModule")
			checkPackage(t, a, "dev", "", "")
			want := decode[goModuleArgs](t, f.Packages[system]["default"], "buildGoModule")
			want.Src = ""
			if !reflect.DeepEqual(a, want) {
				t.Errorf("default.nix builds\n%+v\nthe flake builds\n%+v", a, want)
			}
			if !reflect.DeepEqual(got.Src, []string{"outPath"}) {
				t.Errorf("src has %v, want the outPath of a copy of the checkout", got.Src)
			}
			wantExtra := []string{}
			if strings.HasSuffix(system, "-linux") {
				wantExtra = []string{"image"}
				if got.Image == nil {
					t.Fatal("no image")
				}
				img := decode[imageArgs](t, *got.Image, "streamLayeredImage")
				checkImage(t, img, f.Stub, got.Default.Path+"/bin/nixdock", "dev", "1970-01-01T00:00:01Z")
			} else if got.Image != nil {
				t.Errorf("an image on %s", system)
			}
			if !reflect.DeepEqual(got.Extra, wantExtra) {
				t.Errorf("default.nix adds %v to the package, want %v", got.Extra, wantExtra)
			}
		})
	}
}

// TestFlakeVendorHash vendors the modules go.mod and go.sum name and
// compares their NAR hash, which is what buildGoModule checks, with the
// flake's vendorHash.
func TestFlakeVendorHash(t *testing.T) {
	f := evalFlake(t, cleanSelf("/src"))
	a := decode[goModuleArgs](t, f.Packages["x86_64-linux"]["default"], "buildGoModule")
	dir := filepath.Join(t.TempDir(), "vendor")
	cmd := exec.Command("go", "mod", "vendor", "-o", dir)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go mod vendor: %v\n%s", err, out)
	}
	r := nixtest.Nix(t, "hash", "path", dir)
	if !r.OK {
		t.Fatalf("nix hash path: %s", r.Stderr)
	}
	got := strings.TrimSpace(r.Stdout)
	if !strings.HasPrefix(got, "sha256-") {
		t.Fatalf("nix hash path printed %q", got)
	}
	if got != a.VendorHash {
		t.Errorf("flake.nix has vendorHash = %q, but go.mod and go.sum vendor to %q: set vendorHash = %q; in flake.nix", a.VendorHash, got, got)
	}
}

// TestFlakeLintCheck runs the script of the flake's lint check as the
// Nix build would: over this checkout, over a copy of its Nix files with
// the examples and a test case (which nixdock.toml keeps out), and over
// that copy with an untagged image in flake.nix.
func TestFlakeLintCheck(t *testing.T) {
	runCheck := func(t *testing.T, src string) (string, error) {
		f := evalFlake(t, cleanSelf(src))
		check := decode[runCommandArgs](t, f.Checks["x86_64-linux"]["lint"], "runCommand")
		out := filepath.Join(t.TempDir(), "out")
		cmd := exec.Command("bash", "-euo", "pipefail", "-c", check.Script)
		cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(binary)+string(os.PathListSeparator)+os.Getenv("PATH"), "out="+out)
		b, err := cmd.CombinedOutput()
		if err == nil {
			if _, serr := os.Stat(out); serr != nil {
				t.Errorf("the check succeeded without creating $out")
			}
		}
		return string(b), err
	}
	if out, err := runCheck(t, root); err != nil {
		t.Fatalf("the lint check fails on this checkout: %v\n%s", err, out)
	}
	// A copy as the store holds it: no .git.
	files := append(ownNixFiles(t), "nixdock.toml", "examples/flake.nix", "testdata/rules/ND003/tag-null/input.nix")
	copyFiles := func(dst string, edit func(name string, src []byte) []byte) {
		for _, name := range files {
			src, err := os.ReadFile(filepath.Join(root, name))
			if err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dst, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, edit(name, src), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	good := t.TempDir()
	copyFiles(good, func(_ string, src []byte) []byte { return src })
	if out, err := runCheck(t, good); err != nil {
		t.Errorf("the lint check fails on a copy with the examples: %v\n%s", err, out)
	}
	bad := t.TempDir()
	copyFiles(bad, func(name string, src []byte) []byte {
		if name == "flake.nix" {
			return dropLines(t, src, "tag = version;")
		}
		return src
	})
	out, err := runCheck(t, bad)
	if err == nil || !strings.Contains(out, "flake.nix:") || !strings.Contains(out, "[ND003]") || strings.Contains(out, "examples/") {
		t.Errorf("the lint check passes a flake with an untagged image, or lints the examples (err %v):\n%s", err, out)
	}
}

// ownNixFiles lists the repository's own Nix files: every .nix file but
// the examples and test data, which show findings on purpose.
func ownNixFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			switch d.Name() {
			case ".git", "testdata", "examples", "out":
				if rel != "." {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if strings.HasSuffix(p, ".nix") {
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// dropLines removes every line containing one of the markers, failing the
// test if a marker matches nothing.
func dropLines(t *testing.T, src []byte, markers ...string) []byte {
	t.Helper()
	lines := strings.SplitAfter(string(src), "\n")
	for _, m := range markers {
		n := 0
		kept := lines[:0:0]
		for _, l := range lines {
			if strings.Contains(l, m) {
				n++
				continue
			}
			kept = append(kept, l)
		}
		if n == 0 {
			t.Fatalf("no line contains %q", m)
		}
		lines = kept
	}
	return []byte(strings.Join(lines, ""))
}
