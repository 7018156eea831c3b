package rules

// CreatedUnset (ND002) finds images with no created date. dockerTools then
// writes 1970-01-01T00:00:01Z, so docker images shows the image as built
// decades ago; the haskell-flake guide ("Time") sets created = "now".
//
// Bad:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; tag = "1"; }
//
// Good:
//
//	{ pkgs }: pkgs.dockerTools.buildImage { name = "app"; tag = "1"; created = "now"; }
//
// Option created: "now" (default) inserts created = "now", which makes the
// image differ on every build; "commit-date" inserts the flake's commit
// time, built from self.lastModifiedDate, which keeps the build
// reproducible and is offered only where self is bound. When ND201
// (created-now) runs, the fix is always the commit date.
var CreatedUnset = &Rule{
	Code:     "ND002",
	Name:     "created-unset",
	Summary:  "the image has no created date, so it shows as built in 1970",
	Severity: Info,
	HasFix:   true,
	Fix:      Safe,
	Options: []Option{{
		Name:    "created",
		Doc:     `what the fix sets created to: "now", or "commit-date" (the flake's last commit time, reproducible)`,
		Values:  []string{"now", "commit-date"},
		Default: "now",
	}},
	Run: runCreatedUnset,
}

// commitDate turns self.lastModifiedDate (%Y%m%d%H%M%S) into ISO 8601.
const commitDate = `let d = self.lastModifiedDate; in ` +
	`"${builtins.substring 0 4 d}-${builtins.substring 4 2 d}-${builtins.substring 6 2 d}` +
	`T${builtins.substring 8 2 d}:${builtins.substring 10 2 d}:${builtins.substring 12 2 d}Z"`

func runCreatedUnset(p *Pass) {
	mode := p.Option("created")
	if p.Enabled(CreatedNow) {
		// ND201 reports created = "now": offering it here would have
		// the two rules undo each other.
		mode = "commit-date"
	}
	for _, img := range p.Images {
		if img.OnlyBase() {
			continue // a base image's created date is not carried into the images built on it
		}
		m := img.m
		if a, _ := m.lookup(img.args, "created"); a != Absent {
			continue
		}
		d := Diagnostic{
			Pos:     img.Fun.Pos(),
			End:     img.Fun.End(),
			Message: "image sets no created date, so it is dated 1970-01-01 and docker images shows it as decades old",
		}
		if t, ok := insertTarget(img.args); ok && !m.captures(t, "created") {
			at := t.set.LBrace + 1
			val := `"now"`
			if mode == "commit-date" {
				val = ""
				if m.selfAt(at) && m.builtinsFree(at) {
					val = commitDate
				}
			}
			if val != "" {
				d.Fixes = []Fix{{
					Message: "set created to " + map[bool]string{true: "the commit date", false: `"now"`}[mode == "commit-date"],
					Safety:  Safe,
					Edits:   []TextEdit{insertBinding(m.f, t, "created", func(layout) string { return val })},
				}}
			}
		}
		p.Report(d)
	}
}

func init() { register(CreatedUnset) }
