package report

import (
	"encoding/json"
	"io"
	"path/filepath"
	"strings"

	"github.com/nixdock/nixdock/docs"
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/rules"
)

// SARIF 2.1.0, shaped for GitHub code scanning: one run, every rule in the
// driver with a helpUri, paths relative to the %SRCROOT% base, regions in
// UTF-16 columns (SARIF's default column kind, which GitHub follows).

// Version is the tool version reported in SARIF; the command line sets it.
var Version = "dev"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool              sarifTool                   `json:"tool"`
	OriginalURIBaseID map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	Results           []sarifResult               `json:"results"`
	ColumnKind        string                      `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	Name                 string      `json:"name"`
	ShortDescription     sarifText   `json:"shortDescription"`
	HelpURI              string      `json:"helpUri"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
	Properties           sarifProps  `json:"properties"`
}

// sarifProps is a rule's property bag: its group, also as a tag, which
// GitHub code scanning shows and filters on.
type sarifProps struct {
	Group string   `json:"group"`
	Tags  []string `json:"tags"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           sarifRegion      `json:"region"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

type sarifChange struct {
	ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifFix struct {
	Description     sarifText     `json:"description"`
	ArtifactChanges []sarifChange `json:"artifactChanges"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
	Fixes     []sarifFix      `json:"fixes,omitempty"`
}

func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "note"
}

func region(f *parser.File, pos, end int) sarifRegion {
	s, e := f.Position(pos), f.Position(end)
	return sarifRegion{StartLine: s.Line, StartColumn: s.ColumnUTF16, EndLine: e.Line, EndColumn: e.ColumnUTF16}
}

// artifact is a file's location relative to the source root when it is
// under the working directory, else an absolute file URI.
func artifact(path string) sarifArtifactLoc {
	if !filepath.IsAbs(path) && !strings.HasPrefix(filepath.Clean(path), "..") {
		return sarifArtifactLoc{URI: uriEscape(filepath.ToSlash(filepath.Clean(path))), URIBaseID: "%SRCROOT%"}
	}
	abs, _ := filepath.Abs(path)
	return sarifArtifactLoc{URI: "file://" + uriEscape(filepath.ToSlash(abs))}
}

func uriEscape(p string) string {
	return strings.NewReplacer("%", "%25", " ", "%20", "#", "%23", "?", "%3F").Replace(p)
}

func writeSARIF(w io.Writer, files []File) error {
	all := rules.All()
	index := map[string]int{}
	driver := sarifDriver{Name: "nixdock", InformationURI: "https://github.com/nixdock/nixdock", Version: Version, Rules: []sarifRule{}}
	for i, r := range all {
		index[r.Code] = i
		driver.Rules = append(driver.Rules, sarifRule{
			ID: r.Code, Name: r.Name, ShortDescription: sarifText{Text: r.Summary},
			HelpURI: docs.URL(r.Code), DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)},
			Properties: sarifProps{Group: r.Group(), Tags: []string{r.Group()}},
		})
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, Results: []sarifResult{}, ColumnKind: "utf16CodeUnits"}
	if wd, err := filepath.Abs("."); err == nil {
		run.OriginalURIBaseID = map[string]sarifArtifactLoc{"%SRCROOT%": {URI: "file://" + uriEscape(filepath.ToSlash(wd)) + "/"}}
	}
	for _, f := range files {
		loc := artifact(f.Path)
		for _, d := range f.Diags {
			res := sarifResult{
				RuleID: d.Code, RuleIndex: index[d.Code], Level: sarifLevel(d.Severity),
				Message:   sarifText{Text: d.Message},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: loc, Region: region(f.File, d.Pos, d.End)}}},
			}
			if fx := fixOf(d); fx != nil {
				change := sarifChange{ArtifactLocation: loc}
				for _, e := range fx.Edits {
					change.Replacements = append(change.Replacements, sarifReplacement{
						DeletedRegion: region(f.File, e.Pos, e.End), InsertedContent: sarifText{Text: e.NewText},
					})
				}
				res.Fixes = []sarifFix{{Description: sarifText{Text: fx.Message}, ArtifactChanges: []sarifChange{change}}}
			}
			run.Results = append(run.Results, res)
		}
	}
	log := sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
