//go:build !linux

package readfile

func readRegular(string) ([]byte, bool, error) { return nil, false, nil }

func readKnownRegular(string) ([]byte, bool, error) { return nil, false, nil }

func openNamed(string) (Opened, bool, bool) { return Opened{}, false, false }

func readOpened(Opened, string, []byte) ([]byte, []byte, bool, error) { return nil, nil, false, nil }

func closeOpened(Opened) {}
