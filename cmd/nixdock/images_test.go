package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const imagesSrc = `{ pkgs, args, lib }:
let
  base = pkgs.dockerTools.buildImage { name = "base"; };
in
{
  a = pkgs.dockerTools.buildLayeredImage ({
    name = "a";
    fromImage = base;
    config.Cmd = [ "hello" ];
    entryPoint = [ ];
  } // lib.optionalAttrs true { tag = "1"; });
  b = pkgs.dockerTools.streamLayeredImage (args // { name = "b"; });
}
`

func TestImagesText(t *testing.T) {
	dir := tree(t, map[string]string{"img.nix": imagesSrc, "none.nix": "{ a = 1; }\n"})
	r := nixdock(t, dir, "", "images", "img.nix", "none.nix")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{
		"img.nix:3:10: buildImage (pkgs.dockerTools.buildImage)\n",
		"img.nix:6:7: buildLayeredImage (pkgs.dockerTools.buildLayeredImage)\n",
		"img.nix:12:7: streamLayeredImage (pkgs.dockerTools.streamLayeredImage)\n",
		"  fromImage            present  base (8:17); the image built at 3:10\n",
		"  tag                  unknown  set only under a condition (lib.optionalAttrs)\n",
		"  config.Cmd           present  [ \"hello\" ] (9:18)\n",
		"  created              absent\n",
		"  entryPoint           present  [ ] (10:18)\n",
		"  tag                  unknown  the function argument args, whose attributes this file does not show (12:44)\n",
		"  name                 present  \"b\" (12:61)\n",
		"3 image builds found in 2 files.\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if r := nixdock(t, dir, "", "images", "missing.nix"); r.code != exitUsage {
		t.Errorf("missing file: exit %d", r.code)
	}
}

func TestImagesJSON(t *testing.T) {
	dir := tree(t, map[string]string{"img.nix": imagesSrc, "broken.nix": "{ a = ; }\n"})
	r := nixdock(t, dir, "", "images", "--format", "json", "img.nix", "broken.nix")
	if r.code != exitFindings || !strings.Contains(r.stderr, "broken.nix:1:7") {
		t.Errorf("exit %d, stderr %s", r.code, r.stderr)
	}
	var files []imagesFile
	if err := json.Unmarshal([]byte(r.stdout), &files); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if len(files) != 2 || files[0].File != "broken.nix" || files[0].Error == "" || len(files[1].Images) != 3 {
		t.Fatalf("files: %+v", files)
	}
	img := files[1].Images[1]
	if img.Builder != "buildLayeredImage" || img.Range.Start != (pointJSON{6, 7, 93}) || img.Range.End.Column != 41 {
		t.Errorf("image: %+v", img)
	}
	args := map[string]argJSON{}
	for _, a := range img.Args {
		args[a.Name] = a
	}
	if a := args["name"]; a.Answer != "present" || a.Value != `"a"` || a.Range == nil || a.Range.Start.Line != 7 || a.Range.Start.Column != 12 || a.Range.End.Column != 15 {
		t.Errorf("name: %+v", a)
	}
	if a := args["created"]; a.Answer != "absent" || a.Value != "" || a.Range != nil || a.Reason != "" {
		t.Errorf("created: %+v", a)
	}
	if a := args["tag"]; a.Answer != "unknown" || !strings.Contains(a.Reason, "optionalAttrs") {
		t.Errorf("tag: %+v", a)
	}
	if a := args["fromImage"]; a.Answer != "present" || a.Value != "base" || a.Reason != "the image built at 3:10" {
		t.Errorf("fromImage: %+v", a)
	}
	if a := args["entryPoint"]; a.Answer != "present" {
		t.Errorf("a written argument the rules do not read is not listed: %+v", a)
	}
	streamed := files[1].Images[2]
	for _, a := range streamed.Args {
		if a.Name != "name" && (a.Answer != "unknown" || a.Range == nil || a.Value != "") {
			t.Errorf("stream %s: %+v", a.Name, a)
		}
	}
}
