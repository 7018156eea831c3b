package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/nixdock/nixdock/internal/report"
)

// linkVersion and linkRevision are set by the linker when nixdock is built
// by its flake, which has no .git to stamp from:
//
//	-X main.linkVersion=<short commit> -X main.linkRevision=<commit>
var (
	linkVersion  string
	linkRevision string
)

// buildStamp is what a binary knows about the source it was built from.
type buildStamp struct {
	Version  string // a module version, the flake's short commit, or "dev"
	Revision string // the full commit, "" when unknown
	Modified bool   // built from a tree with uncommitted changes
}

// stampOf works out the stamp: the linker's values win (a Nix build), then
// the build information the go command records (go install and go build
// from a checkout), then "dev".
func stampOf(version, revision string, bi *debug.BuildInfo) buildStamp {
	s := buildStamp{Version: "dev"}
	if bi != nil {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			s.Version = v
		}
		for _, kv := range bi.Settings {
			switch kv.Key {
			case "vcs.revision":
				s.Revision = kv.Value
			case "vcs.modified":
				s.Modified = kv.Value == "true"
			}
		}
	}
	if version != "" {
		s.Version = version
	}
	if revision != "" {
		// The flake marks a dirty tree in the revision itself.
		s.Revision, s.Modified = revision, false
	}
	return s
}

// String is what nixdock version and nixdock --version print.
func (s buildStamp) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "nixdock %s", s.Version)
	if s.Revision != "" {
		fmt.Fprintf(&b, "\nrevision %s", s.Revision)
		if s.Modified {
			b.WriteString(" (modified)")
		}
	}
	return b.String()
}

// stamp is this binary's stamp.
func stamp() buildStamp {
	bi, _ := debug.ReadBuildInfo()
	return stampOf(linkVersion, linkRevision, bi)
}

func init() { report.Version = stamp().Version }
