package parity_test

import (
	"github.com/nixdock/nixdock/parser"
	"github.com/nixdock/nixdock/parser/scope"
)

func resolveErrors(f *parser.File) parser.ErrorList { return scope.Resolve(f).Errors }
