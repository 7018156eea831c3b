//go:build linux

package readfile

import "syscall"

const sysFstatat = syscall.SYS_FSTATAT
