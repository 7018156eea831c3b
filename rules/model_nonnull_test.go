package rules

import (
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// argSet says Present only for a value that is surely not null, Absent for
// one that surely is, and Unknown for anything that may be either.
func TestArgSet(t *testing.T) {
	src := `{ pkgs, lib, cfg, c ? false }:
let
  base = pkgs.dockerTools.pullImage { imageName = "a"; imageDigest = "sha256:x"; sha256 = "y"; };
  images = { inherit base; none = null; };
  inherit (images) none;
in
pkgs.dockerTools.buildImage {
  name = "a";
  letCall = base;
  selected = images.base;
  selectedNull = images.none;
  inheritedNull = none;
  isFalse = false;
  isNull = null;
  ifNull = if c then base else null;
  ifBoth = if c then base else images.base;
  option = cfg.fromImage;
  orNull = cfg.fromImage or null;
  mkDefaultNull = lib.mkDefault null;
  package = pkgs.hello;
  set = { a = 1; } // { b = 2; };
  inherit c;
}`
	f, err := parser.ParseFile("t.nix", []byte(src), 0)
	if err != nil {
		t.Fatal(err)
	}
	imgs := FindImages(f, scope.Resolve(f))
	if len(imgs) != 1 {
		t.Fatalf("found %d images, want 1", len(imgs))
	}
	img := imgs[0]
	for key, want := range map[string]Answer{
		"letCall":       Present,
		"selected":      Present,
		"selectedNull":  Absent,
		"inheritedNull": Absent,
		"isFalse":       Present,
		"isNull":        Absent,
		"ifNull":        Unknown,
		"ifBoth":        Present,
		"option":        Unknown,
		"orNull":        Unknown,
		"mkDefaultNull": Unknown,
		"package":       Present,
		"set":           Present,
		"c":             Unknown,
		"missing":       Absent,
	} {
		if got, _ := img.m.argSet(img.args, key); got != want {
			t.Errorf("argSet(%s) = %v, want %v", key, got, want)
		}
	}
}
