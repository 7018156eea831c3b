package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestStampOf(t *testing.T) {
	vcs := &debug.BuildInfo{
		Main: debug.Module{Path: "github.com/nixdock/nixdock", Version: "v0.0.0-20261203070136-0123456789ab+dirty"},
		Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	for _, tc := range []struct {
		name              string
		version, revision string
		bi                *debug.BuildInfo
		want              string
	}{
		{"no build info", "", "", nil, "nixdock dev"},
		{"go run", "", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "nixdock dev"},
		{"go install module@version", "", "", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "nixdock v1.2.3"},
		{"go build in a checkout", "", "", vcs, "nixdock v0.0.0-20261203070136-0123456789ab+dirty\nrevision 0123456789abcdef0123456789abcdef01234567 (modified)"},
		{"flake", "0123456", "0123456789abcdef0123456789abcdef01234567", vcs, "nixdock 0123456\nrevision 0123456789abcdef0123456789abcdef01234567"},
		{"flake, dirty tree", "0123456-dirty", "0123456789abcdef0123456789abcdef01234567-dirty", nil, "nixdock 0123456-dirty\nrevision 0123456789abcdef0123456789abcdef01234567-dirty"},
		{"flake, no commit", "dev", "", nil, "nixdock dev"},
	} {
		if got := stampOf(tc.version, tc.revision, tc.bi).String(); got != tc.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}

func TestVersionFlag(t *testing.T) {
	want := stamp().String() + "\n"
	for _, args := range [][]string{{"version"}, {"--version"}, {"lint", "--version"}} {
		r := nixdock(t, "", "", args...)
		if r.code != 0 || r.stdout != want || !strings.HasPrefix(r.stdout, "nixdock ") {
			t.Errorf("nixdock %s: exit %d, printed %q, want %q", strings.Join(args, " "), r.code, r.stdout, want)
		}
	}
}
