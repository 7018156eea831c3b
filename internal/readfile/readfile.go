// Package readfile reads whole source files with as few system calls as
// the platform allows. Linting a tree reads thousands of small files, and
// os.ReadFile spends more time in the kernel than the parser spends on a
// typical file: it registers each file with the network poller (which
// refuses regular files), stats it, and reads until a second read returns
// nothing.
package readfile

import "os"

// Read returns the contents of the file at path. Errors are *os.PathError,
// as from os.ReadFile.
func Read(path string) ([]byte, error) {
	if data, ok, err := readRegular(path); ok {
		return data, err
	}
	return os.ReadFile(path)
}

// ReadRegular is Read for a path already known to be a regular file (its
// directory entry or a stat said so): it skips asking the kernel again.
func ReadRegular(path string) ([]byte, error) {
	if data, ok, err := readKnownRegular(path); ok {
		return data, err
	}
	return Read(path)
}
