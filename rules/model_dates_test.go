package rules

import "testing"

// The formatter ND202 builds around any lastModifiedDate is the commit
// date ND002 and ND201 insert.
func TestFormatterIsCommitDate(t *testing.T) {
	if got := formatterOf("self.lastModifiedDate"); got != commitDate {
		t.Errorf("formatterOf(self.lastModifiedDate) = %s\nwant %s", got, commitDate)
	}
}

func TestISOOf(t *testing.T) {
	for in, want := range map[string]string{
		"2024-01-02":          "2024-01-02T00:00:00Z",
		"20240102":            "2024-01-02T00:00:00Z",
		"20240102030405":      "2024-01-02T03:04:05Z",
		"2024-01-02 03:04:05": "2024-01-02T03:04:05Z",
		"2024-01-02T03:04:05": "2024-01-02T03:04:05Z",
	} {
		if got, ok := isoOf(in); !ok || got != want || !iso8601.MatchString(got) {
			t.Errorf("isoOf(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "now", "today", "2024-1-2", "1704164645", "2024-01-02T03:04", "2024010203"} {
		if got, ok := isoOf(in); ok {
			t.Errorf("isoOf(%q) = %q, want no rewrite", in, got)
		}
	}
	for _, s := range []string{"1970-01-01T00:00:01Z", "2024-01-02T03:04:05+02:00", "2024-01-02T03:04:05.123Z"} {
		if !iso8601.MatchString(s) {
			t.Errorf("%q is ISO 8601", s)
		}
	}
	for _, s := range []string{"2024-01-02", "2024-01-02T03:04:05", "20240102030405", "now"} {
		if iso8601.MatchString(s) {
			t.Errorf("%q is not a full ISO 8601 date and time", s)
		}
	}
}
