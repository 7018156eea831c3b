package rules

import "sort"

// The dockerTools signature table: every argument each builder accepts,
// whether it must be given, its default, and the nixpkgs releases that
// accept it. It is the one place the rules learn what a builder takes.
//
// The table accepts the union of the releases from 22.05 to unstable: an
// argument added in 24.05 is accepted, with Added = "24.05", so that a
// project on a newer nixpkgs is never told its argument is unknown. Added
// is "22.05" for an argument already in the oldest source the table was
// checked against (nixpkgs of early 2023, NixOS/nixpkgs@34b7a306), except
// copyToRoot, which NixOS/nixpkgs#179801 added in 22.11. Removed is the
// first release that no longer takes an argument ("" while it is still
// accepted; none has been dropped).
//
// Sources: nixpkgs pkgs/build-support/docker/default.nix (the argument
// patterns of buildImage, streamLayeredImage, pullImage, exportImage,
// streamNixShellImage and the wrappers around them) in early 2023 and in
// 2025, and the dockerTools section of the nixpkgs manual.

// BuilderArg is one argument of a dockerTools function.
type BuilderArg struct {
	Name string
	// Required is true when the function has no default for it. (pullImage
	// needs one of sha256 and hash; both are listed as optional, see Note.)
	Required bool
	// Default is the default as nixpkgs writes it, "" when Required.
	Default string
	// Added is the first release that accepts the argument; Removed the
	// first that no longer does ("" while it is accepted).
	Added, Removed string
	// ReplacedBy names the argument that supersedes a deprecated one.
	ReplacedBy string
	// Note is a short remark for the rule pages.
	Note string
}

// BuilderSignature is the argument set of one dockerTools function.
type BuilderSignature struct {
	Builder string
	// Added is the first release that has the function.
	Added string
	// Forwards names the function that receives every argument this one
	// does not consume itself: buildLayeredImage hands all but compressor
	// to streamLayeredImage, whose pattern then rejects anything unknown.
	Forwards string
	// Args lists every accepted argument, forwarded ones included, in the
	// order nixpkgs declares them.
	Args []BuilderArg
	// Positional is true for functions taking something other than an
	// attribute set (mergeImages takes a list); Args is then empty.
	Positional bool
}

// Arg returns the named argument, or nil.
func (s *BuilderSignature) Arg(name string) *BuilderArg {
	for i := range s.Args {
		if s.Args[i].Name == name {
			return &s.Args[i]
		}
	}
	return nil
}

// Names lists the accepted argument names in declaration order.
func (s *BuilderSignature) Names() []string {
	out := make([]string, len(s.Args))
	for i, a := range s.Args {
		out[i] = a.Name
	}
	return out
}

const baseRelease = "22.05"

// buildImageArgs is buildImage's argument pattern (no "...").
var buildImageArgs = []BuilderArg{
	{Name: "name", Required: true, Added: baseRelease},
	{Name: "tag", Default: "null", Added: baseRelease, Note: "null tags the image with the output hash"},
	{Name: "fromImage", Default: "null", Added: baseRelease},
	{Name: "fromImageName", Default: "null", Added: baseRelease},
	{Name: "fromImageTag", Default: "null", Added: baseRelease},
	{Name: "copyToRoot", Default: "null", Added: "22.11", Note: "replaces contents"},
	{Name: "keepContentsDirlinks", Default: "false", Added: baseRelease},
	{Name: "config", Default: "null", Added: baseRelease},
	{Name: "architecture", Default: "go.GOARCH", Added: "23.05"},
	{Name: "extraCommands", Default: `""`, Added: baseRelease},
	{Name: "uid", Default: "0", Added: baseRelease},
	{Name: "gid", Default: "0", Added: baseRelease},
	{Name: "runAsRoot", Default: "null", Added: baseRelease, Note: "runs in a VM and needs KVM"},
	{Name: "diskSize", Default: "1024", Added: baseRelease, Note: "ignored unless runAsRoot is set"},
	{Name: "buildVMMemorySize", Default: "512", Added: baseRelease, Note: "ignored unless runAsRoot is set"},
	{Name: "created", Default: `"1970-01-01T00:00:01Z"`, Added: baseRelease},
	{Name: "compressor", Default: `"gz"`, Added: "24.05", Note: `one of "none", "gz", "zstd"`},
	{Name: "includeNixDB", Default: "false", Added: "24.05"},
	{Name: "contents", Default: "null", Added: baseRelease, ReplacedBy: "copyToRoot", Note: "deprecated since 22.11; an error together with copyToRoot"},
}

// streamLayeredImageArgs is streamLayeredImage's argument pattern (no
// "...").
var streamLayeredImageArgs = []BuilderArg{
	{Name: "name", Required: true, Added: baseRelease},
	{Name: "tag", Default: "null", Added: baseRelease, Note: "null tags the image with the output hash"},
	{Name: "fromImage", Default: "null", Added: baseRelease},
	{Name: "contents", Default: "[ ]", Added: baseRelease},
	{Name: "config", Default: "{ }", Added: baseRelease},
	{Name: "architecture", Default: "go.GOARCH", Added: "23.05"},
	{Name: "created", Default: `"1970-01-01T00:00:01Z"`, Added: baseRelease},
	{Name: "mtime", Default: `"1970-01-01T00:00:01Z"`, Added: "23.11"},
	{Name: "uid", Default: "0", Added: "23.11"},
	{Name: "gid", Default: "0", Added: "23.11"},
	{Name: "uname", Default: `"root"`, Added: "23.11"},
	{Name: "gname", Default: `"root"`, Added: "23.11"},
	{Name: "maxLayers", Default: "100", Added: baseRelease, Note: "must be greater than 1 (asserted)"},
	{Name: "extraCommands", Default: `""`, Added: baseRelease},
	{Name: "fakeRootCommands", Default: `""`, Added: baseRelease},
	{Name: "enableFakechroot", Default: "false", Added: baseRelease, Note: "not on Darwin"},
	{Name: "includeStorePaths", Default: "true", Added: baseRelease},
	{Name: "includeNixDB", Default: "false", Added: "24.05"},
	{Name: "passthru", Default: "{ }", Added: baseRelease},
	{Name: "meta", Default: "{ }", Added: "25.11"},
	{Name: "layeringPipeline", Default: "null", Added: "25.05", Note: "experimental; maxLayers is ignored when set"},
	{Name: "debug", Default: "false", Added: "25.05"},
}

// pullImageArgs is pullImage's argument pattern.
var pullImageArgs = []BuilderArg{
	{Name: "imageName", Required: true, Added: baseRelease},
	{Name: "imageDigest", Required: true, Added: baseRelease, Note: `"sha256:" and 64 hex digits`},
	{Name: "sha256", Added: baseRelease, Note: "required before 24.11; since then one of sha256 and hash is"},
	{Name: "hash", Added: "24.11", Note: "one of sha256 and hash is required"},
	{Name: "os", Default: `"linux"`, Added: baseRelease},
	{Name: "arch", Default: "go.GOARCH", Added: baseRelease},
	{Name: "finalImageName", Default: "imageName", Added: baseRelease},
	{Name: "finalImageTag", Default: `"latest"`, Added: baseRelease},
	{Name: "tlsVerify", Default: "true", Added: baseRelease, Note: "false pulls over plain HTTP"},
	{Name: "name", Default: `"docker-image-${finalImageName}-${finalImageTag}.tar"`, Added: baseRelease},
}

// exportImageArgs is exportImage's argument pattern.
var exportImageArgs = []BuilderArg{
	{Name: "name", Default: "fromImage.name", Added: baseRelease, Note: "required when fromImage is a path"},
	{Name: "fromImage", Required: true, Added: baseRelease},
	{Name: "fromImageName", Default: "null", Added: baseRelease},
	{Name: "fromImageTag", Default: "null", Added: baseRelease},
	{Name: "diskSize", Default: "1024", Added: baseRelease},
}

// streamNixShellImageArgs is streamNixShellImage's argument pattern.
var streamNixShellImageArgs = []BuilderArg{
	{Name: "drv", Required: true, Added: "23.05"},
	{Name: "name", Default: `drv.name + "-env"`, Added: "23.05"},
	{Name: "tag", Default: "null", Added: "23.05"},
	{Name: "uid", Default: "1000", Added: "23.05"},
	{Name: "gid", Default: "1000", Added: "23.05"},
	{Name: "homeDirectory", Default: `"/build"`, Added: "23.05"},
	{Name: "shell", Default: `bashInteractive + "/bin/bash"`, Added: "23.05"},
	{Name: "command", Default: "null", Added: "23.05", Note: "not together with run"},
	{Name: "run", Default: "null", Added: "23.05", Note: "not together with command"},
}

// compressorArg is the argument the tarball-producing wrappers consume
// before forwarding the rest to their streaming function.
var compressorArg = BuilderArg{Name: "compressor", Default: `"gz"`, Added: "24.05", Note: `one of "none", "gz", "zstd"`}

// withArg returns args with extra put after the required ones.
func withArg(args []BuilderArg, extra BuilderArg) []BuilderArg {
	out := make([]BuilderArg, 0, len(args)+1)
	i := 0
	for ; i < len(args) && args[i].Required; i++ {
		out = append(out, args[i])
	}
	out = append(out, extra)
	return append(out, args[i:]...)
}

// signatures is the table, keyed by function name.
var signatures = func() map[string]*BuilderSignature {
	list := []*BuilderSignature{
		{Builder: "buildImage", Added: baseRelease, Args: buildImageArgs},
		// buildImageWithNixDb is args: buildImage (args // { … }).
		{Builder: "buildImageWithNixDb", Added: baseRelease, Forwards: "buildImage", Args: buildImageArgs},
		{Builder: "streamLayeredImage", Added: baseRelease, Args: streamLayeredImageArgs},
		// buildLayeredImage is { name, compressor ? "gz", ... }@args and
		// passes removeAttrs args [ "compressor" ] on (compressor since
		// 24.05; before it, { name, ... }@args passed everything).
		{Builder: "buildLayeredImage", Added: baseRelease, Forwards: "streamLayeredImage", Args: withArg(streamLayeredImageArgs, compressorArg)},
		{Builder: "buildLayeredImageWithNixDb", Added: baseRelease, Forwards: "buildLayeredImage", Args: withArg(streamLayeredImageArgs, compressorArg)},
		{Builder: "streamNixShellImage", Added: "23.05", Args: streamNixShellImageArgs},
		// buildNixShellImage is { drv, compressor ? "gz", ... }@args.
		{Builder: "buildNixShellImage", Added: "23.05", Forwards: "streamNixShellImage", Args: withArg(streamNixShellImageArgs, compressorArg)},
		{Builder: "pullImage", Added: baseRelease, Args: pullImageArgs},
		{Builder: "exportImage", Added: baseRelease, Args: exportImageArgs},
		{Builder: "mergeImages", Added: baseRelease, Positional: true},
	}
	m := make(map[string]*BuilderSignature, len(list))
	for _, s := range list {
		m[s.Builder] = s
	}
	return m
}()

// Signature returns the signature of a dockerTools function, or nil when
// the table does not know it.
func Signature(builder string) *BuilderSignature { return signatures[builder] }

// Builders lists the functions in the table, sorted.
func Builders() []string {
	out := make([]string, 0, len(signatures))
	for b := range signatures {
		out = append(out, b)
	}
	sort.Strings(out)
	return out
}

// Accepts reports whether builder accepts the argument arg in some
// release from 22.05 on. It is false for a function the table does not
// know.
func Accepts(builder, arg string) bool {
	s := signatures[builder]
	return s != nil && s.Arg(arg) != nil
}

// acceptedBy lists the attribute-set builders that accept arg, in table
// order of the names, for messages ("an argument of streamLayeredImage").
func acceptedBy(arg string) []string {
	var out []string
	for _, b := range Builders() {
		if Accepts(b, arg) {
			out = append(out, b)
		}
	}
	return out
}
