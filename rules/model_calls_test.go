package rules

import (
	"reflect"
	"strings"
	"testing"

	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

// Every table function spells Image, so mayBuildImage keeps its files.
func TestSignatureNamesSpellImage(t *testing.T) {
	for _, b := range Builders() {
		if !strings.Contains(b, "Image") {
			t.Errorf("%s does not spell Image; FindCalls would skip its files", b)
		}
	}
}

// FindCalls lists pullImage and exportImage with the image builds, and
// FindImages still lists only the builds.
func TestFindCalls(t *testing.T) {
	src := `{ pkgs, stream ? false }:
let
  base = pkgs.dockerTools.pullImage { imageName = "alpine"; imageDigest = "sha256:x"; sha256 = "y"; };
  mk = if stream then pkgs.dockerTools.streamLayeredImage else pkgs.dockerTools.buildLayeredImage;
in [
  (pkgs.dockerTools.buildImage { name = "a"; fromImage = base; })
  (pkgs.dockerTools.exportImage { fromImage = ./x.tar; })
  (mk { name = "b"; })
  (pkgs.dockerTools.mergeImages [ ])
  (pkgs.other.pullImage { imageName = "no"; })
  ((pkgs.dockerTools.override { }).exportImage { fromImage = base; })
]`
	f, err := parser.ParseFile("t.nix", []byte(src), 0)
	if err != nil {
		t.Fatal(err)
	}
	info := scope.Resolve(f)
	var got [][]string
	for _, c := range FindCalls(f, info) {
		got = append(got, c.Alts)
		if c.Func != c.Alts[0] {
			t.Errorf("Func %s is not Alts[0] %v", c.Func, c.Alts)
		}
	}
	want := [][]string{{"pullImage"}, {"buildImage"}, {"exportImage"}, {"streamLayeredImage", "buildLayeredImage"}, {"exportImage"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FindCalls = %v, want %v", got, want)
	}
	var images []string
	for _, img := range FindImages(f, info) {
		images = append(images, img.Func)
	}
	if !reflect.DeepEqual(images, []string{"buildImage", "streamLayeredImage"}) {
		t.Errorf("FindImages = %v, want the two builds only", images)
	}
	calls := FindCalls(f, info)
	if a, e := calls[0].Attr("imageDigest"); a != Present || e == nil {
		t.Errorf("pullImage imageDigest: %v %v", a, e)
	}
	if a, _ := calls[2].Attr("name"); a != Absent {
		t.Errorf("exportImage name: %v, want absent", a)
	}
	if !calls[0].Is("pullImage") || calls[0].Is("exportImage") {
		t.Error("Is is wrong for pullImage")
	}
	if calls[3].Is("streamLayeredImage") || calls[3].Is("buildLayeredImage") {
		t.Error("Is: a call chosen by an if is surely neither function")
	}
	if calls[0].IsImageBuild() || !calls[1].IsImageBuild() {
		t.Error("IsImageBuild is wrong for pullImage or buildImage")
	}
}

func TestRedefinesDockerTools(t *testing.T) {
	for src, want := range map[string]bool{
		`{ pkgs }: pkgs.dockerTools.buildImage { name = "a"; }`:                                           false,
		`{ pkgs }: { dockerTools = pkgs.dockerTools; }`:                                                   false,
		`final: prev: { dockerTools = prev.dockerTools // { buildImage = a: a; }; }`:                      true,
		`final: prev: { dockerTools.buildImage = a: a; }`:                                                 true,
		`final: prev: { dockerTools = prev.dockerTools.override { writePython3 = prev.writePython3; }; }`: false,
		`final: prev: { dockerTools = (prev.dockerTools.override { }) // { buildImage = a: a; }; }`:       true,
	} {
		f, err := parser.ParseFile("t.nix", []byte(src), 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := RedefinesDockerTools(f); got != want {
			t.Errorf("RedefinesDockerTools(%s) = %v, want %v", src, got, want)
		}
	}
}
