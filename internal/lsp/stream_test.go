package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"testing"
	"time"
)

// rawClient speaks to a server in framed JSON text, to check what is on
// the wire.
type rawClient struct {
	t    *testing.T
	w    io.WriteCloser
	r    *stream
	done chan int
}

func startRaw(t *testing.T, opts Options) *rawClient {
	sr, cw := io.Pipe()
	cr, sw := io.Pipe()
	c := &rawClient{t: t, w: cw, r: newStream(cr, nil, t.Logf), done: make(chan int, 1)}
	go func() { c.done <- Serve(sr, sw, opts); _ = sw.Close() }()
	t.Cleanup(func() { _ = cw.Close() })
	return c
}

func (c *rawClient) send(msg string) {
	c.t.Helper()
	if _, err := fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%s", len(msg), msg); err != nil {
		c.t.Fatal(err)
	}
}

// expect reads the next message, which must be want (compared as JSON).
func (c *rawClient) expect(want string) {
	c.t.Helper()
	got, err := c.r.readFrame()
	if err != nil {
		c.t.Fatal(err)
	}
	var g, w any
	if json.Unmarshal(got, &g) != nil || json.Unmarshal([]byte(want), &w) != nil || fmt.Sprint(g) != fmt.Sprint(w) {
		c.t.Errorf("got %s, want %s", got, want)
	}
}

// TestRequestIDs checks that an id comes back as it was sent, whatever its
// type, that $/cancelRequest finds a request by a string id, and that an
// id still in use is refused.
func TestRequestIDs(t *testing.T) {
	entered := make(chan struct{}, 1)
	c := startRaw(t, Options{hook: func(ctx context.Context, method string) {
		if method == "hover" {
			entered <- struct{}{}
			select {
			case <-ctx.Done():
			case <-time.After(20 * time.Second):
			}
		}
	}})
	c.send(`{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"capabilities":{}}}`)
	got, err := c.r.readFrame()
	if err != nil || string(got[:27]) != `{"jsonrpc":"2.0","id":"init` {
		t.Fatalf("initialize: %s %v", got, err)
	}
	for _, id := range []string{`-5`, `1.5`, `"a\"b"`} {
		c.send(`{"jsonrpc":"2.0","id":` + id + `,"method":"shutdown!"}`)
		c.expect(`{"jsonrpc":"2.0","id":` + id + `,"error":{"code":-32601,"message":"method not found","data":"shutdown!"}}`)
	}
	hover := `{"jsonrpc":"2.0","id":"h","method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.nix"},"position":{"line":0,"character":0}}}`
	c.send(hover)
	<-entered
	c.send(hover)
	c.expect(`{"jsonrpc":"2.0","id":"h","error":{"code":-32600,"message":"duplicate request ID","data":"\"h\""}}`)
	c.send(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"h"}}`)
	c.expect(`{"jsonrpc":"2.0","id":"h","error":{"code":-32800,"message":"request cancelled"}}`)
	// A batch is refused; a response to nothing the server asked is
	// dropped; the server goes on.
	c.send(`[{"jsonrpc":"2.0","id":1,"method":"shutdown"}]`)
	c.expect(`{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch requests are not supported"}}`)
	c.send(`{"jsonrpc":"2.0","id":12345,"result":{}}`)
	c.send(`{"jsonrpc":"2.0","id":null,"result":{}}`)
	c.send(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`)
	c.expect(`{"jsonrpc":"2.0","id":2,"result":null}`)
	c.send(`{"jsonrpc":"2.0","method":"exit"}`)
	select {
	case code := <-c.done:
		if code != 0 {
			t.Errorf("exit code %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no exit")
	}
}
