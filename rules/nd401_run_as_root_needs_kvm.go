package rules

// RunAsRootNeedsKVM (ND401) finds buildImage calls with runAsRoot.
// buildImage runs that script inside a virtual machine, which needs the
// kvm system feature: a builder without /dev/kvm (most CI runners, macOS,
// many remote builders) cannot build the image at all. The layered
// builders run fakeRootCommands under fakeroot instead, with no VM.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; runAsRoot = "mkdir -p /data"; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildLayeredImage { name = "app"; fakeRootCommands = "mkdir -p ./data"; }
//
// There is no fix: fakeRootCommands run in the layer directory rather than
// in /, and the layered builders take contents where buildImage takes
// copyToRoot, so the script and the arguments need rewriting by hand.
var RunAsRootNeedsKVM = &Rule{
	Code:     "ND401",
	Name:     "run-as-root-needs-kvm",
	Summary:  "buildImage's runAsRoot runs in a VM and needs a builder with KVM",
	Severity: Info,
	NoFix:    "moving runAsRoot to a layered builder's fakeRootCommands changes how the script runs, so it is left to the author",
	Run:      runRunAsRootNeedsKVM,
}

func runRunAsRootNeedsKVM(p *Pass) {
	for _, img := range p.Images {
		if !singleLayer(img.Func) {
			continue
		}
		a, e := img.m.argSet(img.args, "runAsRoot")
		if a != Present {
			continue
		}
		n := reportAt(img, e)
		p.Report(diagAt(n, "runAsRoot makes buildImage run the script in a virtual machine, so the builder needs KVM (the kvm system feature); buildLayeredImage with fakeRootCommands (and enableFakechroot = true for scripts that work in /) needs none, though enableFakechroot does not work on Darwin"))
	}
}

func init() { register(RunAsRootNeedsKVM) }
