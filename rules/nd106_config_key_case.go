package rules

import (
	"sort"
	"strings"
)

// ConfigKeyCase (ND106) finds an image config key that is an OCI config key
// in the wrong case (EntryPoint, env, cmd, workingDir), and a key that is no
// config key at all (Version, Ports). Docker decodes the config with Go's
// encoding/json, which matches keys case-insensitively, so the first kind
// works there; tools that match keys by their exact name (the Rust
// oci-spec crate, clients generated from the Docker API schema) ignore
// them, and every runtime ignores the second kind.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; config.EntryPoint = [ "app" ]; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; config.Entrypoint = [ "app" ]; }
//
// The fix renames the key to its canonical spelling when that key is surely
// not set as well; a key that is no config key has no fix.
var ConfigKeyCase = &Rule{
	Code:     "ND106",
	Name:     "config-key-case",
	Summary:  "a config key is an OCI key in the wrong case, or no config key at all",
	Severity: Warning,
	HasFix:   true,
	Fix:      Safe,
	Run:      runConfigKeyCase,
}

// configKeys are the keys of an image's config: the OCI image spec's, and
// those the Docker image and container configuration add (Healthcheck,
// Shell, OnBuild and the rest), which Docker reads from an image too.
var configKeys = []string{
	// OCI image spec, config.
	"User", "ExposedPorts", "Env", "Entrypoint", "Cmd", "Volumes", "WorkingDir",
	"Labels", "StopSignal", "ArgsEscaped",
	// Docker image spec and Engine API ImageConfig / ContainerConfig.
	"Memory", "MemorySwap", "CpuShares", "Healthcheck", "OnBuild", "Shell",
	"StopTimeout", "Hostname", "Domainname", "AttachStdin", "AttachStdout",
	"AttachStderr", "Tty", "OpenStdin", "StdinOnce", "Image", "NetworkDisabled",
	"MacAddress",
}

// ociKeys are the OCI image spec's config keys, named in the messages.
var ociKeys = configKeys[:10]

// canonicalKey returns the config key k spells, ignoring case, or "".
func canonicalKey(k string) string {
	for _, c := range configKeys {
		if strings.EqualFold(c, k) {
			return c
		}
	}
	return ""
}

// nearConfigKey returns the one config key within an edit of k (two for
// keys of six letters or more), ignoring case: Volume for Volumes,
// Entrypiont for Entrypoint. "" when there is none or more than one.
func nearConfigKey(k string) string {
	found := ""
	for _, c := range configKeys {
		limit := 1
		if len(c) >= 6 {
			limit = 2
		}
		if editDistance(strings.ToLower(k), strings.ToLower(c)) <= limit {
			if found != "" {
				return ""
			}
			found = c
		}
	}
	return found
}

func runConfigKeyCase(p *Pass) {
	seen := map[int]bool{}
	for _, img := range p.Images {
		if nixShell(img.Func) {
			continue
		}
		m := img.m
		a, cfg := m.lookupAttr(img.args, "config")
		if a == Absent || cfg == nil {
			continue
		}
		keys, _ := m.writtenKeys(cfg)
		for _, k := range keys {
			c := canonicalKey(k.name)
			if c == k.name || seen[k.node.Pos()] {
				continue
			}
			seen[k.node.Pos()] = true
			d := Diagnostic{Pos: k.node.Pos(), End: k.node.End()}
			if c == "" {
				known := append([]string(nil), ociKeys...)
				sort.Strings(known)
				d.Message = "config key `" + k.name + "` is not an image config key, so runtimes ignore it"
				if near := nearConfigKey(k.name); near != "" {
					d.Message += " (did you mean `" + near + "`?); there is no fix, as the value may not have the shape `" + near + "` needs"
				} else {
					d.Message += " (the OCI keys are " + strings.Join(known, ", ") + "); there is no fix, as its meaning is unknown"
				}
				p.Report(d)
				continue
			}
			d.Message = "config key `" + k.name + "` is the config key `" + c + "` in the wrong case: Docker accepts it, but tools that read keys by their exact name ignore it"
			if ca, _ := m.lookup(cfg, c); ca != Absent {
				d.Message += "; `" + c + "` may be set as well, so it is not renamed"
			} else if k.attr == nil {
				d.Message += "; it is inherited, so it is not renamed here (rename the name it inherits)"
			} else if k.shared {
				d.Message += "; the set is shared with other code, so it is not renamed here"
			} else if m.captures(k.set, c) || m.recRefers(k.set, k.name) {
				d.Message += "; the rec set refers to `" + k.name + "` or `" + c + "`, so it is not renamed"
			} else {
				d.Fixes = []Fix{{
					Message: "rename `" + k.name + "` to `" + c + "`",
					Safety:  Safe,
					Edits:   []TextEdit{{Pos: k.node.Pos(), End: k.node.End(), NewText: c}},
				}}
			}
			p.Report(d)
		}
	}
}

func init() { register(ConfigKeyCase) }
