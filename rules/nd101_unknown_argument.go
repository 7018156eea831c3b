package rules

import "strings"

// UnknownArgument (ND101) finds an argument the called dockerTools function
// does not take. None of buildImage, streamLayeredImage, pullImage,
// exportImage and the nix-shell image functions ends its argument pattern
// with "...", so Nix stops with "called with unexpected argument". The
// layered and the single-layer builders look alike but take different
// arguments (the nixpkgs manual: they "cannot be interchanged").
//
// Bad:
//
//	pkgs.dockerTools.buildLayeredImage { name = "app"; copyToRoot = pkgs.hello; }
//
// Good:
//
//	pkgs.dockerTools.buildLayeredImage { name = "app"; contents = pkgs.hello; }
//
// Arguments are checked against the union of the releases from 22.05 to
// unstable (signatures.go), so an argument a newer nixpkgs added is never
// reported. The rule looks only at argument sets whose every attribute name
// is written in the file: a set merged with a function argument (// args),
// an import or a dynamic name is left alone, and so is an inherited name.
// The fix (unsafe) renames copyToRoot to contents on the layered builders,
// and a misspelt name to the one accepted name it is close to.
var UnknownArgument = &Rule{
	Code:     "ND101",
	Name:     "unknown-argument",
	Summary:  "the dockerTools function does not take this argument, so evaluation fails",
	Severity: Error,
	HasFix:   true,
	Fix:      Unsafe,
	Run:      runUnknownArgument,
}

func runUnknownArgument(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	seen := map[int]bool{}
	for _, c := range p.Calls() {
		m := c.m
		names, complete := m.writtenKeys(c.args)
		if !complete {
			continue
		}
		for _, n := range names {
			if n.attr == nil || seen[n.attr.Pos()] {
				continue
			}
			accepted := false
			for _, fn := range c.Alts {
				if Accepts(fn, n.name) {
					accepted = true
				}
			}
			if accepted {
				continue
			}
			seen[n.attr.Pos()] = true
			d := Diagnostic{Pos: n.node.Pos(), End: n.node.End()}
			target, why := unknownArgHelp(c, n.name)
			d.Message = "`" + n.name + "` is not an argument of " + strings.Join(c.Alts, " or ") + why
			if target != "" && m.freeTarget(c, target) && !n.set.shared && len(n.set.prefix) == 0 {
				if e, ok := m.renameKey(n.set, n.attr, target); ok {
					d.Fixes = []Fix{{
						Message: "rename `" + n.name + "` to `" + target + "`",
						Safety:  Unsafe,
						Edits:   []TextEdit{e},
					}}
				}
			}
			p.Report(d)
		}
	}
}

// unknownArgHelp explains an unknown argument and names the argument it
// should probably be, or "" when there is no single answer. The message
// starts after "`name` is not an argument of F".
func unknownArgHelp(c *Call, name string) (target, why string) {
	const fails = "; Nix stops with \"called with unexpected argument\""
	if len(c.Alts) == 1 && layered(c.Func) && name == "copyToRoot" {
		return "contents", ", which takes the files of the image root as `contents`" + fails
	}
	if others := otherBuilders(name); len(others) > 0 {
		return "", " but of " + joinAnd(others) + fails + crossHint(c, name)
	}
	if len(c.Alts) != 1 {
		return "", fails
	}
	var close []string
	for _, a := range Signature(c.Func).Args {
		if !closeName(name, a.Name) {
			continue
		}
		cand := a.Name
		if a.ReplacedBy != "" {
			cand = a.ReplacedBy
		}
		if !contains(close, cand) {
			close = append(close, cand)
		}
	}
	if len(close) != 1 {
		return "", fails
	}
	return close[0], " (did you mean `" + close[0] + "`?)" + fails
}

// crossHint names, for an argument of the other kind of builder, what
// this builder has instead.
func crossHint(c *Call, name string) string {
	if len(c.Alts) != 1 {
		return ""
	}
	switch {
	case layered(c.Func) && name == "runAsRoot":
		return "; the layered builders run such a script as `fakeRootCommands` (with `enableFakechroot = true` to see the image as /)"
	case singleLayer(c.Func) && name == "fakeRootCommands":
		return "; buildImage runs such a script as `runAsRoot`, in a VM"
	case c.Func == "streamLayeredImage" && name == "compressor":
		return "; streamLayeredImage writes an uncompressed stream, which buildLayeredImage compresses"
	}
	return ""
}

// joinAnd writes a, b and c.
func joinAnd(list []string) string {
	if len(list) < 2 {
		return strings.Join(list, "")
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

// otherBuilders names the main functions that take an argument, leaving out
// the wrappers that only pass it on (the WithNixDb variants) and the
// nix-shell images when an ordinary builder takes it too.
func otherBuilders(name string) []string {
	var main, shell []string
	for _, b := range acceptedBy(name) {
		switch {
		case strings.HasSuffix(b, "WithNixDb"):
		case strings.HasSuffix(b, "NixShellImage"):
			shell = append(shell, b)
		default:
			main = append(main, b)
		}
	}
	if len(main) == 0 {
		return shell
	}
	return main
}

// freeTarget reports whether renaming to target leaves the call with one
// binding for it: target is surely absent, and so is every argument that
// stands for the same thing (contents and copyToRoot on buildImage).
func (m *model) freeTarget(c *Call, target string) bool {
	group := []string{target}
	for _, fn := range c.Alts {
		sig := Signature(fn)
		if sig == nil {
			return false
		}
		for _, a := range sig.Args {
			if a.ReplacedBy == target && !contains(group, a.Name) {
				group = append(group, a.Name)
			}
			if a.Name == target && a.ReplacedBy != "" && !contains(group, a.ReplacedBy) {
				group = append(group, a.ReplacedBy)
			}
		}
	}
	for _, g := range group {
		if a, _ := m.lookup(c.args, g); a != Absent {
			return false
		}
	}
	return true
}

func init() { register(UnknownArgument) }
