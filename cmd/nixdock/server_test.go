package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

func frame(body string) string {
	return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body)
}

// heldOpen reads its text and then, as an editor's pipe does, blocks
// instead of ending, until released.
type heldOpen struct {
	r       io.Reader
	release chan struct{}
}

func (h *heldOpen) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	if err == io.EOF {
		<-h.release
	}
	return n, err
}

func serve(session string, args ...string) (int, string) {
	in := &heldOpen{r: strings.NewReader(session), release: make(chan struct{})}
	defer close(in.release)
	var out, errb bytes.Buffer
	code := run(args, &env{stdin: in, stdout: &out, stderr: &errb})
	return code, out.String() + errb.String()
}

// TestServerCommand runs "nixdock server" on a scripted session: the
// answers come back on standard output, and exit after shutdown is 0,
// exit without it 1.
func TestServerCommand(t *testing.T) {
	session := frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`) +
		frame(`{"jsonrpc":"2.0","method":"initialized","params":{}}`) +
		frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`) +
		frame(`{"jsonrpc":"2.0","method":"exit"}`)
	for _, args := range [][]string{{"server"}, {"server", "--stdio"}} {
		code, out := serve(session, args...)
		if code != 0 || !strings.Contains(out, `"positionEncoding":"utf-16"`) || !strings.Contains(out, `"id":2,"result":null`) {
			t.Errorf("%v: exit %d\n%s", args, code, out)
		}
	}
	if code, out := serve(frame(`{"jsonrpc":"2.0","method":"exit"}`), "server"); code != 1 {
		t.Errorf("exit before shutdown: exit %d\n%s", code, out)
	}
}
