//go:build profile

package main

import (
	"os"
	"runtime/pprof"
)

// startProfile writes a CPU profile to the file NIXDOCK_CPUPROFILE names,
// until the function it returns is called. Only a binary built with
// -tags profile has it: runtime/pprof brings compress/gzip and its tables,
// whose start-up every one-file run would pay.
func startProfile() (stop func()) {
	p := os.Getenv("NIXDOCK_CPUPROFILE")
	if p == "" {
		return func() {}
	}
	f, err := os.Create(p)
	if err != nil {
		return func() {}
	}
	_ = pprof.StartCPUProfile(f)
	return func() {
		pprof.StopCPUProfile()
		_ = f.Close()
	}
}
