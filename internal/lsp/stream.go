package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/sourcegraph/jsonrpc2"
)

// stream is the connection's jsonrpc2.ObjectStream: LSP's framing (a
// Content-Length header, then the message) over the server's input and
// output. The library closes a connection on any error a stream reports,
// so the stream itself answers what is malformed (a bad header, a body that
// is not JSON, an invalid request) and reads on; only the end or failure
// of the input ends the connection.
//
// A request goes to the connection with its id as a string holding the
// id's JSON text, and is answered through reply, which writes that text
// back: the client gets its id back exactly as sent, whatever its type
// (the library's ID holds only unsigned integers and strings).
//
// The parameters stay with the stream, and the request carries in its meta
// field the number under which the dispatcher takes them (attachParams):
// the library decodes a request's parameters into maps and encodes them
// again, which for the text of a large file costs more than the lint.
type stream struct {
	r   *bufio.Reader
	log func(string, ...any)

	pmu    sync.Mutex
	pseq   uint64
	params map[uint64]json.RawMessage

	wmu    sync.Mutex
	w      io.WriteCloser
	closed bool
	buf    bytes.Buffer

	rerr error // the error that ended the input, set by ReadObject
}

func newStream(in io.Reader, out io.WriteCloser, log func(string, ...any)) *stream {
	return &stream{r: bufio.NewReader(in), w: out, log: log, params: map[uint64]json.RawMessage{}}
}

// errMalformed is a framing mistake, as opposed to a failure of the
// input: the message is answered with a parse error and reading goes on.
type errMalformed string

func (e errMalformed) Error() string { return string(e) }

// readFrame reads one message. Header fields other than Content-Length are
// ignored: editors send content types of their own spelling (charset=utf8).
func (s *stream) readFrame() ([]byte, error) {
	length := ""
	for {
		raw, err := s.r.ReadString('\n')
		if err != nil && (err != io.EOF || raw == "") {
			return nil, err
		}
		line := strings.TrimRight(raw, "\r\n")
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, errMalformed("invalid header line")
		}
		if strings.EqualFold(name, "content-length") {
			length = strings.TrimSpace(value)
		}
	}
	if length == "" {
		return nil, errMalformed("missing required content-length")
	}
	size, err := strconv.ParseInt(length, 10, 64)
	if err != nil || size < 0 {
		return nil, errMalformed("invalid content-length")
	}
	// The body is read as it comes rather than into a buffer of the
	// announced size, so that a wrong length cannot ask for any amount of
	// memory.
	var body bytes.Buffer
	body.Grow(int(min(size, 1<<20)))
	n, err := io.CopyN(&body, s.r, size)
	switch {
	case err == io.EOF && n == 0:
		return nil, io.EOF
	case err == io.EOF:
		return nil, io.ErrUnexpectedEOF
	case err != nil:
		return nil, err
	}
	return body.Bytes(), nil
}

// ReadObject implements jsonrpc2.ObjectStream. It hands the connection the
// next request, notification or response, and answers anything else
// itself.
func (s *stream) ReadObject(v any) error {
	for {
		body, err := s.readFrame()
		var bad errMalformed
		switch {
		case errors.As(err, &bad):
			s.log("malformed message header: %v", err)
			body = nil // not JSON: answered with a parse error
		case err != nil:
			// The library logs what ends a connection; the server logs it
			// itself, as it always has, and the library need only know
			// that the input ended.
			s.rerr = err
			return io.EOF
		}
		msg, rpcErr := parseMessage(body)
		if rpcErr != nil {
			_ = s.reply(msg.id, nil, rpcErr) // a client that no longer reads is gone: its input ends too
			continue
		}
		out, ok := s.forConn(msg)
		if !ok {
			s.log("dropping a response with id %s, which the server never sent", msg.id)
			continue
		}
		return json.Unmarshal(out, v)
	}
}

// WriteObject implements jsonrpc2.ObjectStream: the server's own requests
// and notifications go out through it.
func (s *stream) WriteObject(obj any) error {
	b, err := json.Marshal(obj)
	if err != nil {
		return err
	}
	return s.write(b)
}

// reply answers the request whose id has the JSON text id ("null" when the
// id could not be read) with a result or an error.
func (s *stream) reply(id json.RawMessage, result json.RawMessage, rpcErr *jsonrpc2.Error) error {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	var b bytes.Buffer
	b.WriteString(`{"jsonrpc":"2.0","id":`)
	b.Write(id)
	if rpcErr != nil {
		e, err := json.Marshal(rpcErr)
		if err != nil {
			return err
		}
		b.WriteString(`,"error":`)
		b.Write(e)
	} else {
		b.WriteString(`,"result":`)
		b.Write(result)
	}
	b.WriteByte('}')
	return s.write(b.Bytes())
}

// contentType is written with every message, as the server always has
// (the protocol makes it optional).
const contentType = "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"

// write sends one message, header and body in one write (one system call),
// under a lock so that messages written side by side do not interleave.
func (s *stream) write(body []byte) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.closed {
		return jsonrpc2.ErrClosed
	}
	s.buf.Reset()
	s.buf.WriteString(contentType)
	s.buf.WriteString("Content-Length: ")
	s.buf.WriteString(strconv.Itoa(len(body)))
	s.buf.WriteString("\r\n\r\n")
	s.buf.Write(body)
	_, err := s.w.Write(s.buf.Bytes())
	if s.buf.Cap() > 1<<20 {
		s.buf = bytes.Buffer{} // one large answer does not stay in memory
	}
	return err
}

// Close implements jsonrpc2.ObjectStream: it closes the output, and
// nothing is written after it. The input is left alone: a reader blocked
// on it cannot be woken anyway.
func (s *stream) Close() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.w.Close()
}

// message is one JSON-RPC message as read from the wire, its parts kept
// raw.
type message struct {
	id     json.RawMessage // nil when absent or null
	method string
	params json.RawMessage // nil when absent or null
	result json.RawMessage
	err    *jsonrpc2.Error
}

func (m *message) isCall() bool { return m.method != "" && m.err == nil && m.result == nil }

func newError(code int64, msg string, data any) *jsonrpc2.Error {
	e := &jsonrpc2.Error{Code: code, Message: msg}
	if data != nil {
		e.SetError(data)
	}
	return e
}

// parseMessage reads and checks one message. A message that is not
// valid JSON-RPC is returned with the error to answer it with; its id is
// set if it could be read.
func parseMessage(body []byte) (*message, *jsonrpc2.Error) {
	m := &message{}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(body, &obj); err != nil {
		var syntax *json.SyntaxError
		switch b := bytes.TrimSpace(body); {
		case errors.As(err, &syntax) || len(b) == 0:
			return m, newError(jsonrpc2.CodeParseError, "invalid request value", nil)
		case b[0] == '[':
			// The protocol has no batches.
			return m, newError(jsonrpc2.CodeInvalidRequest, "batch requests are not supported", nil)
		}
		return m, newError(jsonrpc2.CodeParseError, "request is not a JSON object", nil)
	}
	var first *jsonrpc2.Error
	fail := func(code int64, msg string) {
		if first == nil {
			first = newError(code, msg, nil)
		}
	}
	version := ""
	var extra []string
	for key, val := range obj {
		switch key {
		case "jsonrpc":
			if json.Unmarshal(val, &version) != nil {
				fail(jsonrpc2.CodeParseError, "invalid version key")
			}
		case "id":
			switch {
			case isNull(val):
			case val[0] == '"' || val[0] == '-' || (val[0] >= '0' && val[0] <= '9'):
				m.id = val
			default:
				fail(jsonrpc2.CodeInvalidRequest, "invalid request ID")
			}
		case "method":
			if json.Unmarshal(val, &m.method) != nil {
				fail(jsonrpc2.CodeParseError, "invalid method name")
			}
		case "params":
			if isNull(val) {
				break
			}
			if val[0] != '[' && val[0] != '{' {
				fail(jsonrpc2.CodeInvalidRequest, "parameters must be array or object")
			}
			m.params = val
		case "error":
			if json.Unmarshal(val, &m.err) != nil {
				fail(jsonrpc2.CodeParseError, "invalid error value")
			}
		case "result":
			m.result = val
		default:
			extra = append(extra, key)
		}
	}
	if version != "2.0" {
		fail(jsonrpc2.CodeInvalidRequest, "invalid version marker")
	}
	if m.method != "" && (m.err != nil || m.result != nil) {
		fail(jsonrpc2.CodeInvalidRequest, "mixed request and reply fields")
	}
	if first == nil && len(extra) > 0 {
		first = newError(jsonrpc2.CodeInvalidRequest, "extra fields in request", extra)
	}
	if first == nil && m.method == "" && m.err == nil && m.result == nil {
		first = newError(jsonrpc2.CodeInvalidRequest, "empty method name", nil)
	}
	return m, first
}

// isNull reports whether a JSON value (of a key of an object, so without
// surrounding space) is null.
func isNull(v json.RawMessage) bool { return string(v) == "null" }

// forConn is the message as the connection is to read it: a request with
// its id's JSON text as a string id and the number of its parameters as
// meta, or a response whose id is one of the connection's own. ok is false
// for a response the server cannot have asked for: its id is not one the
// library gives.
func (s *stream) forConn(m *message) (out []byte, ok bool) {
	var b bytes.Buffer
	b.WriteString(`{"jsonrpc":"2.0"`)
	if m.isCall() {
		name, _ := json.Marshal(m.method)
		b.WriteString(`,"method":`)
		b.Write(name)
		if m.id != nil {
			id, _ := json.Marshal(string(m.id))
			b.WriteString(`,"id":`)
			b.Write(id)
		}
		if m.params != nil {
			s.pmu.Lock()
			s.pseq++
			n := s.pseq
			s.params[n] = m.params
			s.pmu.Unlock()
			b.WriteString(`,"meta":`)
			b.WriteString(strconv.FormatUint(n, 10))
		}
		b.WriteByte('}')
		return b.Bytes(), true
	}
	var id jsonrpc2.ID
	if m.id == nil || id.UnmarshalJSON(m.id) != nil || id.IsString {
		return nil, false
	}
	idText, _ := json.Marshal(id)
	b.WriteString(`,"id":`)
	b.Write(idText)
	if m.err != nil {
		e, _ := json.Marshal(m.err)
		b.WriteString(`,"error":`)
		b.Write(e)
	} else {
		b.WriteString(`,"result":`)
		b.Write(m.result)
	}
	b.WriteByte('}')
	return b.Bytes(), true
}

// attachParams gives a request the connection hands over the parameters
// the stream kept for it.
func (s *stream) attachParams(req *jsonrpc2.Request) {
	if req.Meta == nil {
		return
	}
	n, err := strconv.ParseUint(string(*req.Meta), 10, 64)
	req.Meta = nil
	if err != nil {
		return
	}
	s.pmu.Lock()
	p, ok := s.params[n]
	delete(s.params, n)
	s.pmu.Unlock()
	if ok {
		req.Params = &p
	}
}
