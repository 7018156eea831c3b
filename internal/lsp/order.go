package lsp

import (
	"context"
	"sync"

	"github.com/creachadair/jrpc2"
	"github.com/creachadair/jrpc2/handler"
)

// orderedAssigner gives the protocol's ordering on top of jrpc2's: jrpc2
// runs a notification only after the notifications before it, but a
// notification may overtake a request that came first (initialized its
// initialize, exit its shutdown, a change the code action asked about the
// text before it). Here a notification also waits for the requests that
// arrived before it; $/cancelRequest waits for nothing, or it could not
// cancel them. jrpc2 calls Assign in arrival order, before any handler
// runs, which is what makes "before" well defined.
type orderedAssigner struct {
	m       handler.Map
	mu      sync.Mutex
	next    uint64
	pending map[uint64]chan struct{} // requests not yet answered
}

func newOrderedAssigner(m handler.Map) *orderedAssigner {
	return &orderedAssigner{m: m, pending: map[uint64]chan struct{}{}}
}

func (o *orderedAssigner) Assign(ctx context.Context, method string) jrpc2.Handler {
	h := o.m[method]
	if h == nil {
		return nil
	}
	req := jrpc2.InboundRequest(ctx)
	if req == nil {
		return h
	}
	if req.IsNotification() {
		if method == "$/cancelRequest" {
			return h
		}
		o.mu.Lock()
		var waits []chan struct{}
		for _, c := range o.pending {
			waits = append(waits, c)
		}
		o.mu.Unlock()
		if len(waits) == 0 {
			return h
		}
		return func(ctx context.Context, req *jrpc2.Request) (any, error) {
			for _, c := range waits {
				<-c
			}
			return h(ctx, req)
		}
	}
	o.mu.Lock()
	id := o.next
	o.next++
	done := make(chan struct{})
	o.pending[id] = done
	o.mu.Unlock()
	finish := func() {
		o.mu.Lock()
		delete(o.pending, id)
		o.mu.Unlock()
		close(done)
	}
	// jrpc2 ends a request's context when it writes the response (under
	// the lock that also guards stopping the server), or when the request
	// is cancelled or the server stops: a notification waiting for it goes
	// on only once its answer is out, so that exit cannot overtake the
	// answer to shutdown.
	context.AfterFunc(ctx, finish)
	return h
}
