package rules

// PullImageTLSDisabled (ND303) finds dockerTools.pullImage calls with
// tlsVerify = false. pullImage then fetches the image over plain HTTP
// (skopeo --src-tls-verify=false), so anyone on the path to the registry
// can read what is pulled and answer in the registry's place; only the
// hash pins the result, and a first fetch with a hash copied from that
// answer pins the attacker's image.
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.pullImage {
//	  imageName = "registry.local/base";
//	  imageDigest = "sha256:…";
//	  hash = "sha256-…";
//	  tlsVerify = false;
//	}
//
// Good: leave tlsVerify out (it defaults to true) and serve the registry
// over HTTPS.
//
// There is no fix: the registry has to serve HTTPS first.
var PullImageTLSDisabled = &Rule{
	Code:     "ND303",
	Name:     "pull-image-tls-disabled",
	Summary:  "pullImage with tlsVerify = false fetches the image over plain HTTP",
	Severity: Error,
	NoFix:    "turning verification on fails against a registry that only speaks plain HTTP; remove tlsVerify = false once it has TLS",
	Run:      runPullImageTLSDisabled,
}

func runPullImageTLSDisabled(p *Pass) {
	if p.ownDockerToolsFile() {
		return
	}
	for _, call := range p.Calls() {
		if !call.Is("pullImage") {
			continue
		}
		a, e := call.m.argIs(call.args, "tlsVerify", "false")
		if a != Present {
			continue
		}
		p.Report(Diagnostic{
			Pos:     e.Pos(),
			End:     e.End(),
			Message: "tlsVerify = false makes pullImage fetch the image over plain HTTP, where anyone on the way can read or replace it; serve the registry over HTTPS and drop tlsVerify",
		})
	}
}

func init() { register(PullImageTLSDisabled) }
