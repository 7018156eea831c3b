package lsp

import (
	"encoding/json"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

// The protocol types come from glsp's protocol_3_16 package. The few
// LSP 3.17 fields the server needs, which that package predates, are
// declared here, next to the 3.16 types they extend.

// clientCapabilities317 is the part of the client's capabilities from 3.17
// the server reads: the position encodings it offers, and whether it pulls
// diagnostics.
type clientCapabilities317 struct {
	Capabilities struct {
		General *struct {
			PositionEncodings []string `json:"positionEncodings"`
		} `json:"general"`
		TextDocument *struct {
			Diagnostic *struct {
				DynamicRegistration bool `json:"dynamicRegistration"`
			} `json:"diagnostic"`
		} `json:"textDocument"`
		Workspace *struct {
			Diagnostics *struct {
				RefreshSupport bool `json:"refreshSupport"`
			} `json:"diagnostics"`
		} `json:"workspace"`
	} `json:"capabilities"`
}

// serverCapabilities317 adds the 3.17 positionEncoding and
// diagnosticProvider to the 3.16 capabilities.
type serverCapabilities317 struct {
	protocol.ServerCapabilities
	PositionEncoding   string             `json:"positionEncoding,omitempty"`
	DiagnosticProvider *diagnosticOptions `json:"diagnosticProvider,omitempty"`
}

// MarshalJSON writes the embedded 3.16 capabilities and the 3.17 fields
// side by side. (The embedded type's UnmarshalJSON would otherwise be
// promoted and stand for the whole struct.)
func (c serverCapabilities317) MarshalJSON() ([]byte, error) {
	base, err := json.Marshal(c.ServerCapabilities)
	if err != nil {
		return nil, err
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(base, &m); err != nil {
		return nil, err
	}
	if c.PositionEncoding != "" {
		m["positionEncoding"], _ = json.Marshal(c.PositionEncoding)
	}
	if c.DiagnosticProvider != nil {
		m["diagnosticProvider"], _ = json.Marshal(c.DiagnosticProvider)
	}
	return json.Marshal(m)
}

type initializeResult317 struct {
	Capabilities serverCapabilities317                `json:"capabilities"`
	ServerInfo   *protocol.InitializeResultServerInfo `json:"serverInfo,omitempty"`
}

type diagnosticOptions struct {
	Identifier            string `json:"identifier,omitempty"`
	InterFileDependencies bool   `json:"interFileDependencies"`
	WorkspaceDiagnostics  bool   `json:"workspaceDiagnostics"`
}

// documentDiagnosticParams is textDocument/diagnostic's request.
type documentDiagnosticParams struct {
	TextDocument     protocol.TextDocumentIdentifier `json:"textDocument"`
	Identifier       string                          `json:"identifier,omitempty"`
	PreviousResultID string                          `json:"previousResultId,omitempty"`
}

// documentDiagnosticReport is its answer: kind "full" with the items, or
// "unchanged" when previousResultId is still current.
type documentDiagnosticReport struct {
	Kind     string                 `json:"kind"`
	ResultID string                 `json:"resultId,omitempty"`
	Items    *[]protocol.Diagnostic `json:"items,omitempty"` // set for "full", even when empty
}

func fullReport(id string, items []protocol.Diagnostic) documentDiagnosticReport {
	if items == nil {
		items = []protocol.Diagnostic{}
	}
	return documentDiagnosticReport{Kind: "full", ResultID: id, Items: &items}
}

// cancelParams is $/cancelRequest's: glsp's CancelParams cannot be decoded
// (its IntegerOrString unmarshals into a copy), so the id is kept raw.
type cancelParams struct {
	ID json.RawMessage `json:"id"`
}

// diagnosticData is what each diagnostic carries in its data field, so
// that a code action for it needs no new lint: the document version it was
// computed for, its code, and its fixes as text edits in the client's
// position encoding.
type diagnosticData struct {
	Version int32     `json:"version"`
	Code    string    `json:"code"`
	Fixes   []fixData `json:"fixes,omitempty"`
}

type fixData struct {
	Title  string              `json:"title"`
	Unsafe bool                `json:"unsafe,omitempty"`
	Edits  []protocol.TextEdit `json:"edits"`
}

// settings are the initialization options and workspace settings.
type settings struct {
	Select      []string `json:"select"`
	Ignore      []string `json:"ignore"`
	UnsafeFixes bool     `json:"unsafeFixes"`
}
