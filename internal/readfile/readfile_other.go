//go:build !linux

package readfile

func readRegular(string) ([]byte, bool, error) { return nil, false, nil }

func readKnownRegular(string) ([]byte, bool, error) { return nil, false, nil }
