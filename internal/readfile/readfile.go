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

// Opened is a regular file that Open opened, for a Buffer's ReadOpened
// to read and close. The zero Opened holds nothing.
type Opened struct {
	fd   int // plus one, so that the zero Opened holds nothing
	size int64
}

// Valid reports whether o holds an open file.
func (o Opened) Valid() bool { return o.fd > 0 }

// Open opens a path that names what it is only once opened (a path named
// on the command line), and learns from the open file what it is: one
// look-up of the path where a stat and then an open look it up twice,
// which on a list of thousands of files was a noticeable part of the
// system's time. For a regular file it returns the file, open, for
// Buffer.ReadOpened; for a directory, isDir. For anything else, or any error, ok
// is false and nothing is left open: the caller asks Mode and reads as
// before, so that errors and special files are handled as they always
// were.
func Open(path string) (o Opened, isDir, ok bool) {
	return openNamed(path)
}

// Buffer is memory that one goroutine reads file after file into, so that
// a file whose source is dropped once it is linted (a file without
// findings: nearly every file of a tree) leaves its memory to the next
// rather than to the collector. The zero Buffer is ready to use.
type Buffer struct {
	mem []byte // free for the next read; nil when the last source is kept
}

// ReadOpened reads the file o (opened by Open for path) to its end and
// closes it, reading into b's memory when it has room. Errors are
// *os.PathError. The source it returns must be given up (not kept past the
// next call) unless Keep is called.
func (b *Buffer) ReadOpened(o Opened, path string) ([]byte, error) {
	data, mem, ok, err := readOpened(o, path, b.mem)
	if !ok {
		return Read(path)
	}
	if mem != nil {
		b.mem = mem[:0]
	}
	return data, err
}

// Keep tells b that the source its last ReadOpened returned is kept: its
// memory is not handed out again.
func (b *Buffer) Keep() { b.mem = nil }

// Close closes o without reading it.
func (o Opened) Close() {
	if o.Valid() {
		closeOpened(o)
	}
}
