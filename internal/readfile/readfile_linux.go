package readfile

import (
	"os"
	"syscall"
)

// readRegular reads a regular file with open, fstat, read and close. It
// returns ok == false, having read nothing, for anything else (directories,
// pipes, devices, files the kernel reports as empty such as /proc), which
// os.ReadFile then handles with its usual errors.
func readRegular(path string) (data []byte, ok bool, err error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	for err == syscall.EINTR {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	}
	if err != nil {
		return nil, true, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG || st.Size <= 0 {
		return nil, false, nil
	}
	// One byte more than the size, so that a file that grew since fstat is
	// noticed (the read fills the buffer) and read to its end.
	buf := make([]byte, st.Size+1)
	n := 0
	for {
		m, err := syscall.Read(fd, buf[n:])
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
