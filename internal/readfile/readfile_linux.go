package readfile

import (
	"os"
	"slices"
	"strings"
	"sync"
	"syscall"
	"unsafe"
)

// readRegular reads a regular file with open, fstat, read and close. It
// returns ok == false, having read nothing, for anything else (directories,
// pipes, devices, files the kernel reports as empty such as /proc), which
// os.ReadFile then handles with its usual errors.
func readRegular(path string) (data []byte, ok bool, err error) {
	fd, err := rawOpen(path)
	if err != nil {
		return nil, true, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer rawClose(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG || st.Size <= 0 {
		return nil, false, nil
	}
	// One byte more than the size, so that a file that grew since fstat is
	// noticed (the read fills the buffer) and read to its end.
	buf := make([]byte, st.Size+1)
	n := 0
	for {
		m, err := rawRead(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, true, &os.PathError{Op: "read", Path: path, Err: err}
		}
		if m == 0 {
			return buf[:n:n], true, nil
		}
		n += m
		if n == int(st.Size) {
			// Exactly the size fstat gave, and the read stopped short of
			// the extra byte: the file ends here. (A second read to see
			// end of file would cost a system call per file.)
			return buf[:n:n], true, nil
		}
		if n == len(buf) {
			buf = append(buf, 0)[:n]
			buf = buf[:cap(buf)]
		}
	}
}

// openNamed is Open: open and fstat. The file is opened without blocking,
// so that a named pipe with no writer yet does not hold up the caller
// (anything but a regular file or a directory is closed again and left to
// the usual path, which opens it as it always has), and without taking a
// terminal as the controlling one.
func openNamed(path string) (o Opened, isDir, ok bool) {
	var buf cPath
	p, err := buf.from(path)
	if err != nil {
		return Opened{}, false, false
	}
	var fd uintptr
	for {
		var e syscall.Errno
		cwd := atFDCWD
		fd, _, e = syscall.RawSyscall6(syscall.SYS_OPENAT, uintptr(cwd), uintptr(unsafe.Pointer(p)),
			uintptr(syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK|syscall.O_NOCTTY), 0, 0, 0)
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return Opened{}, false, false
		}
		break
	}
	var st syscall.Stat_t
	if _, _, e := syscall.RawSyscall(syscall.SYS_FSTAT, fd, uintptr(unsafe.Pointer(&st)), 0); e == 0 {
		switch {
		case st.Mode&syscall.S_IFMT == syscall.S_IFREG && st.Size > 0:
			return Opened{fd: int(fd) + 1, size: st.Size}, false, true
		case st.Mode&syscall.S_IFMT == syscall.S_IFDIR:
			rawClose(int(fd))
			return Opened{}, true, true
		}
	}
	rawClose(int(fd))
	return Opened{}, false, false
}

// readOpened reads the regular file o to its end and closes it, as
// readRegular does after its fstat, into buf if it has room for the file
// and fresh memory otherwise; mem is the memory data lies at the start of.
// ok is false, with the file closed, if the read would block (the file
// was opened without blocking, which a regular file ignores but a
// lease-holding one need not): Read then reads it anew.
func readOpened(o Opened, path string, buf []byte) (data, mem []byte, ok bool, err error) {
	fd := o.fd - 1
	defer rawClose(fd)
	// One byte more than the size, so that a file that grew since fstat is
	// noticed (the read fills the buffer) and read to its end.
	if want := int(o.size) + 1; cap(buf) >= want {
		buf = buf[:want]
	} else {
		buf = make([]byte, want)
	}
	n := 0
	for {
		m, err := rawRead(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN {
			return nil, nil, false, nil
		}
		if err != nil {
			return nil, nil, true, &os.PathError{Op: "read", Path: path, Err: err}
		}
		if m == 0 {
			return buf[:n:n], buf, true, nil
		}
		n += m
		if n == int(o.size) {
			return buf[:n:n], buf, true, nil
		}
		if n == len(buf) {
			buf = append(buf, 0)[:n]
			buf = buf[:cap(buf)]
		}
	}
}

func closeOpened(o Opened) { rawClose(o.fd - 1) }

// scratch buffers for readKnownRegular; most Nix files fit in one.
var scratch = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}

// readKnownRegular reads a file known to be regular with open, read and
// close: a read that returns less than asked of a regular file has reached
// its end, so neither a stat nor a second read is needed. A file that
// fills the scratch buffer is read on to its end from the same descriptor.
func readKnownRegular(path string) (data []byte, ok bool, err error) {
	fd, err := rawOpen(path)
	if err != nil {
		return nil, true, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer rawClose(fd)
	bp := scratch.Get().(*[]byte)
	defer scratch.Put(bp)
	buf := *bp
	n, err := rawRead(fd, buf)
	switch {
	case err == syscall.EISDIR:
		return nil, false, nil // not regular after all: os.ReadFile gives the usual error
	case err != nil:
		return nil, true, &os.PathError{Op: "read", Path: path, Err: err}
	case n < len(buf):
		return append([]byte(nil), buf[:n]...), true, nil
	}
	data = append(make([]byte, 0, 2*n), buf[:n]...)
	for {
		if len(data) == cap(data) {
			data = slices.Grow(data, len(data))
		}
		m, err := rawRead(fd, data[len(data):cap(data)])
		if err != nil {
			return nil, true, &os.PathError{Op: "read", Path: path, Err: err}
		}
		if m == 0 {
			return data, true, nil
		}
		data = data[:len(data)+m]
	}
}

// The system calls are made raw, without telling the Go scheduler: opening
// and reading a small local file is quick, and announcing each call lets
// the runtime hand the processor to another thread whenever a call takes
// a few microseconds (as on virtual machines), which costs more than the
// call itself when a tree of small files is read.

func rawOpen(path string) (int, error) {
	var buf cPath
	p, err := buf.from(path)
	if err != nil {
		return -1, err
	}
	for {
		cwd := atFDCWD
		fd, _, e := syscall.RawSyscall6(syscall.SYS_OPENAT, uintptr(cwd), uintptr(unsafe.Pointer(p)),
			uintptr(syscall.O_RDONLY|syscall.O_CLOEXEC), 0, 0, 0)
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return -1, e
		}
		return int(fd), nil
	}
}

// cPath is room for a path as the kernel takes it, ended by a NUL, on the
// caller's stack: syscall.BytePtrFromString puts each on the heap, and a
// tree's thousands of open and stat calls made that an allocation apiece.
// The stack does not move under a raw system call, which cannot be
// preempted.
type cPath [512]byte

// from returns path as a NUL-terminated string in b, or in memory of its
// own if it does not fit; EINVAL if it holds a NUL, as BytePtrFromString.
func (b *cPath) from(path string) (*byte, error) {
	if len(path) >= len(b) {
		return syscall.BytePtrFromString(path)
	}
	if strings.IndexByte(path, 0) >= 0 {
		return nil, syscall.EINVAL
	}
	copy(b[:], path)
	b[len(path)] = 0
	return &b[0], nil
}

// atFDCWD is AT_FDCWD: paths are relative to the working directory.
const atFDCWD = -100

func rawRead(fd int, buf []byte) (int, error) {
	if len(buf) == 0 {
		return 0, nil
	}
	for {
		n, _, e := syscall.RawSyscall(syscall.SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return 0, e
		}
		return int(n), nil
	}
}

func rawClose(fd int) {
	_, _, _ = syscall.RawSyscall(syscall.SYS_CLOSE, uintptr(fd), 0, 0) // a read-only descriptor: nothing to lose
}
