package rules

// VMOptionWithoutRunAsRoot (ND115) finds diskSize or buildVMMemorySize on
// buildImage without runAsRoot. They size the virtual machine runAsRoot
// runs in; with no runAsRoot there is no machine, and the nixpkgs manual
// says they "are ignored".
//
// Bad:
//
//	pkgs.dockerTools.buildImage { name = "app"; diskSize = 4096; }
//
// Good:
//
//	pkgs.dockerTools.buildImage { name = "app"; }
//
// The fix removes the argument. Safe: buildImage passes it only to the
// layer built with runAsRoot, so the image is the same.
var VMOptionWithoutRunAsRoot = &Rule{
	Code:     "ND115",
	Name:     "vm-option-without-run-as-root",
	Summary:  "diskSize and buildVMMemorySize are ignored without runAsRoot",
	Severity: Warning,
	HasFix:   true,
	Fix:      Safe,
	Run:      runVMOptionWithoutRunAsRoot,
}

func runVMOptionWithoutRunAsRoot(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	seen := once{}
	for _, img := range p.Images {
		if !singleLayer(img.Func) {
			continue
		}
		m := img.m
		if a, _ := m.argSet(img.args, "runAsRoot"); a != Absent {
			continue
		}
		for _, key := range []string{"diskSize", "buildVMMemorySize"} {
			if a, _ := img.Attr(key); a != Present {
				continue
			}
			n := m.keyNode(img.args, key)
			if n == nil || !seen.first(n) {
				continue
			}
			d := diagAt(n, "`"+key+"` sizes the virtual machine that runs runAsRoot; without runAsRoot "+img.Func+" ignores it")
			if _, a, ok := m.binding(img.args, key); ok {
				d.Fixes = []Fix{{
					Message: "remove `" + key + "`",
					Safety:  Safe,
					Edits:   []TextEdit{removeBinding(m.f, a)},
				}}
			}
			p.Report(d)
		}
	}
}

func init() { register(VMOptionWithoutRunAsRoot) }
