package lsp

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/nixdock/nixdock/internal/lintrun"
)

// benchDoc is a 2,000-line file with five images, each with findings.
func benchDoc() string {
	var b strings.Builder
	b.WriteString("{ pkgs, lib }:\nlet\n")
	lines := 2
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "  image%d = pkgs.dockerTools.buildImage {\n    name = \"app%d\";\n    config.Cmd = [ \"${pkgs.hello}/bin/hello\" ];\n  };\n", i, i)
		lines += 4
	}
	// Filler as Nix files have it: bindings, a nested set, a list, a
	// comment now and then; about 30 bytes a line.
	for i := 0; lines < 2000-6; i++ {
		switch i % 10 {
		case 0:
			fmt.Fprintf(&b, "  # setting %d\n", i)
		case 1:
			fmt.Fprintf(&b, "  set%d = {\n    enable = true;\n    port = %d;\n  };\n", i, 8000+i)
			lines += 3
		case 2:
			fmt.Fprintf(&b, "  list%d = [ pkgs.hello pkgs.jq ];\n", i)
		default:
			fmt.Fprintf(&b, "  value%d = \"text-%d\";\n", i, i)
		}
		lines++
	}
	b.WriteString("in\n{\n  inherit image0 image1 image2 image3 image4;\n")
	b.WriteString("  # edited\n  x = 1;\n}\n")
	return b.String()
}

// editedLine is the line of the comment the benchmarks edit.
func editedLine(text string) protocol.UInteger {
	i := strings.Index(text, "# edited")
	if i < 0 {
		panic("no comment to edit")
	}
	return protocol.UInteger(strings.Count(text[:i], "\n"))
}

// BenchmarkEditToDiagnostics measures what the server does between a
// one-character edit and the diagnostics being ready to publish: apply the
// incremental change, find the config, lint, apply suppressions and
// convert the findings to protocol diagnostics.
func BenchmarkEditToDiagnostics(b *testing.B) {
	text := []byte(benchDoc())
	if n := strings.Count(string(text), "\n"); n != 2000 {
		b.Fatalf("%d lines", n)
	}
	s := &server{configs: lintrun.NewConfigCache(), reported: map[string]bool{}}
	path := filepath.Join(b.TempDir(), "image.nix")
	line := editedLine(string(text))
	at := protocol.Position{Line: line, Character: 4}
	after := protocol.Position{Line: line, Character: 5}
	res := s.analyze(snapshot{configs: s.configs, uri: "file://" + path, path: path, text: text})
	if n := len(res.items); n != 15 {
		b.Fatalf("%d findings, want 15 (three per image)", n)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			text = applyChange(text, utf16, &protocol.Range{Start: at, End: at}, "x")
		} else {
			text = applyChange(text, utf16, &protocol.Range{Start: at, End: after}, "")
		}
		res = s.analyze(snapshot{configs: s.configs, uri: "file://" + path, path: path, text: text, version: int32(i), gen: uint64(i)})
		if len(res.items) != 15 {
			b.Fatalf("%d findings", len(res.items))
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/edit")
}

// BenchmarkEditToPublish measures the same through the protocol: a
// didChange sent over the pipe until its publishDiagnostics arrives, with
// no debounce.
func BenchmarkEditToPublish(b *testing.B) {
	text := benchDoc()
	cl, _ := start(b, nil, map[string]any{}, func(o *Options) { o.Debounce = time.Nanosecond })
	uri := cl.open("image.nix", text)
	cl.waitVersion(uri, 1)
	line := editedLine(text)
	at := protocol.Position{Line: line, Character: 4}
	after := protocol.Position{Line: line, Character: 5}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		change := map[string]any{"range": protocol.Range{Start: at, End: at}, "text": "x"}
		if i%2 == 1 {
			change = map[string]any{"range": protocol.Range{Start: at, End: after}, "text": ""}
		}
		if err := cl.c.Notify(context.Background(), "textDocument/didChange", map[string]any{
			"textDocument": map[string]any{"uri": uri, "version": i + 2}, "contentChanges": []any{change},
		}); err != nil {
			b.Fatal(err)
		}
		p := cl.waitVersion(uri, i+2)
		if len(p.items) != 15 {
			b.Fatalf("%d findings", len(p.items))
		}
		cl.mu.Lock()
		cl.diags[uri] = nil
		cl.mu.Unlock()
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/edit")
}
