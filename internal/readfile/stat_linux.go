//go:build linux && (amd64 || arm64)

package readfile

import (
	"io/fs"
	"os"
	"syscall"
	"unsafe"
)

func rawMode(path string) (fs.FileMode, bool, error) {
	var buf cPath
	p, err := buf.from(path)
	if err != nil {
		return 0, false, nil
	}
	var st syscall.Stat_t
	cwd := atFDCWD
	for {
		_, _, e := syscall.RawSyscall6(sysFstatat, uintptr(cwd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(&st)), 0, 0, 0)
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return 0, true, &os.PathError{Op: "stat", Path: path, Err: e}
		}
		break
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFREG:
		return 0, true, nil
	case syscall.S_IFDIR:
		return fs.ModeDir, true, nil
	}
	return 0, false, nil // anything rarer: os.Stat names it
}
