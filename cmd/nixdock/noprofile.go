//go:build !profile

package main

// startProfile does nothing: build with -tags profile for a binary that
// writes a CPU profile to the file NIXDOCK_CPUPROFILE names.
func startProfile() (stop func()) { return func() {} }
