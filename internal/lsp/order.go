package lsp

import (
	"context"
	"encoding/json"
	"strings"
	"sync"

	"github.com/sourcegraph/jsonrpc2"
)

// handlerFunc is a method of the server: its result is the answer to a
// request (a notification's is dropped).
type handlerFunc func(ctx context.Context, req *jsonrpc2.Request) (any, error)

// maxConcurrent bounds the handlers running at once. Requests run side by
// side, so that a slow one does not hold up the others; the bound keeps a
// client that sends many from starting as many lints.
const maxConcurrent = 16

// dispatcher is the connection's jsonrpc2.Handler. The library calls
// Handle for each request and notification in arrival order, on its
// reading goroutine, and reads nothing more until Handle returns; the
// dispatcher runs each in a goroutine of its own under the protocol's
// ordering:
//
//   - a notification runs after the notifications before it and after
//     the requests before it are answered (initialized after initialize,
//     exit after the answer to shutdown, a change after the code action
//     that asked about the text before it);
//   - a request runs after the notifications before it, and side by side
//     with other requests;
//   - $/cancelRequest acts at once, on arrival: it must not wait for the
//     request it cancels.
type dispatcher struct {
	handlers map[string]handlerFunc
	stream   *stream
	ready    chan struct{} // closed once the server holds the connection
	sem      chan struct{} // a slot for each running handler
	wg       sync.WaitGroup

	mu       sync.Mutex
	lastNote chan struct{}            // closed when the last notification so far has run
	next     uint64                   // numbers requests, as keys of pending
	pending  map[uint64]chan struct{} // requests not yet answered: closed once answered
	inflight map[string]*running      // requests running, by id's JSON text
}

// running is a request being handled, for $/cancelRequest to cancel.
type running struct{ cancel context.CancelFunc }

func newDispatcher(handlers map[string]handlerFunc, st *stream) *dispatcher {
	done := make(chan struct{})
	close(done)
	return &dispatcher{
		handlers: handlers,
		stream:   st,
		ready:    make(chan struct{}),
		sem:      make(chan struct{}, maxConcurrent),
		lastNote: done,
		pending:  map[uint64]chan struct{}{},
		inflight: map[string]*running{},
	}
}

// Handle implements jsonrpc2.Handler. ctx ends when the connection closes.
func (d *dispatcher) Handle(ctx context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) {
	<-d.ready
	d.stream.attachParams(req)
	if req.Notif {
		d.notification(req)
		return
	}
	d.request(ctx, req)
}

func (d *dispatcher) notification(req *jsonrpc2.Request) {
	if req.Method == "$/cancelRequest" {
		var p cancelParams
		if unmarshalParams(req, &p) == nil && len(p.ID) > 0 {
			d.cancel(strings.TrimSpace(string(p.ID)))
		}
		return
	}
	h := d.handlers[req.Method]
	if h == nil {
		return // an unknown notification is ignored
	}
	d.mu.Lock()
	prev := d.lastNote
	waits := make([]chan struct{}, 0, len(d.pending))
	for _, c := range d.pending {
		waits = append(waits, c)
	}
	done := make(chan struct{})
	d.lastNote = done
	d.mu.Unlock()
	d.wg.Go(func() {
		defer close(done)
		<-prev
		for _, c := range waits {
			<-c
		}
		d.sem <- struct{}{}
		defer func() { <-d.sem }()
		// A notification is not cancelled: not even by the end of the
		// connection, so that an exit read just before the end of the
		// input still counts.
		_, _ = h(context.Background(), req)
	})
}

func (d *dispatcher) request(ctx context.Context, req *jsonrpc2.Request) {
	id := req.ID.Str // the id's JSON text (see stream)
	h := d.handlers[req.Method]
	if h == nil {
		h = func(context.Context, *jsonrpc2.Request) (any, error) {
			return nil, newError(jsonrpc2.CodeMethodNotFound, "method not found", req.Method)
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	r := &running{cancel: cancel}
	d.mu.Lock()
	if d.inflight[id] != nil {
		// The id names a request still running: a $/cancelRequest for it
		// must still reach that one.
		h = func(context.Context, *jsonrpc2.Request) (any, error) {
			return nil, newError(jsonrpc2.CodeInvalidRequest, "duplicate request ID", id)
		}
	} else {
		d.inflight[id] = r
	}
	prev := d.lastNote
	key := d.next
	d.next++
	done := make(chan struct{})
	d.pending[key] = done
	d.mu.Unlock()
	d.wg.Go(func() {
		defer func() {
			d.mu.Lock()
			delete(d.pending, key)
			d.mu.Unlock()
			close(done)
		}()
		<-prev
		res, err := d.run(ctx, h, req)
		d.mu.Lock()
		if d.inflight[id] == r {
			delete(d.inflight, id)
		}
		d.mu.Unlock()
		cancel()
		// The answer is written before the request counts as answered: a
		// notification after it (exit after shutdown) must not overtake it.
		_ = d.stream.reply(json.RawMessage(id), res, err)
	})
}

// run runs a request's handler in a slot and encodes its answer.
func (d *dispatcher) run(ctx context.Context, h handlerFunc, req *jsonrpc2.Request) (json.RawMessage, *jsonrpc2.Error) {
	select {
	case d.sem <- struct{}{}:
		defer func() { <-d.sem }()
	case <-ctx.Done():
		// Cancelled while waiting for a slot: the handler answers at
		// once that it was.
	}
	v, err := h(ctx, req)
	if err != nil {
		if e, ok := err.(*jsonrpc2.Error); ok {
			return nil, e
		}
		return nil, newError(jsonrpc2.CodeInternalError, err.Error(), nil)
	}
	res, err := json.Marshal(v)
	if err != nil {
		return nil, newError(jsonrpc2.CodeInternalError, err.Error(), nil)
	}
	return res, nil
}

// cancel cancels the request whose id has the JSON text id, if it is
// still running.
func (d *dispatcher) cancel(id string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if r := d.inflight[id]; r != nil {
		r.cancel()
		delete(d.inflight, id)
	}
}

// unmarshalParams decodes a message's parameters into v; absent or null
// parameters leave v as it is. A decoding error is the protocol's invalid
// params error.
func unmarshalParams(req *jsonrpc2.Request, v any) error {
	if req.Params == nil || isNull(*req.Params) {
		return nil
	}
	if err := json.Unmarshal(*req.Params, v); err != nil {
		return newError(jsonrpc2.CodeInvalidParams, "invalid parameters", err.Error())
	}
	return nil
}
