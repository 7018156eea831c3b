package config

import (
	"strings"
	"testing"

	"github.com/nixdock/nixdock/parser"
)

func TestPipeOperatorsKey(t *testing.T) {
	for src, want := range map[string]bool{"": true, "pipe-operators = true\n": true, "pipe-operators = false\n": false} {
		c, err := Parse("nixdock.toml", []byte(src))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if c.PipeOperators != want || c.Rules.NoPipeOperators == want || (c.ParseMode()&parser.PipeOperators != 0) != want {
			t.Errorf("%q: PipeOperators %v, NoPipeOperators %v, mode %v; want pipes %v", src, c.PipeOperators, c.Rules.NoPipeOperators, c.ParseMode(), want)
		}
	}
	if _, err := Parse("nixdock.toml", []byte("pipe-operators = \"no\"\n")); err == nil || !strings.Contains(err.Error(), "pipe-operators") && !strings.Contains(err.Error(), "bool") {
		t.Errorf("a string value: %v", err)
	}
	var none *Config
	if none.ParseMode()&parser.PipeOperators == 0 {
		t.Errorf("without a config, pipes are refused")
	}
}
