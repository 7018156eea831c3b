package readfile

import (
	"io/fs"
	"os"
)

// Mode returns the type bits of the file at path, following symlinks, as
// os.Stat would; on Linux it asks the kernel directly, for the same reason
// Read does. Errors are *os.PathError.
func Mode(path string) (fs.FileMode, error) {
	if m, ok, err := rawMode(path); ok {
		return m, err
	}
	st, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	return st.Mode().Type(), nil
}
