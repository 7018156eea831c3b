//go:build !linux || !(amd64 || arm64)

package readfile

import "io/fs"

func rawMode(string) (fs.FileMode, bool, error) { return 0, false, nil }
