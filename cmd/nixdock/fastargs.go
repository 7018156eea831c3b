package main

import (
	"reflect"
	"strconv"
	"strings"
	"unicode"
)

// A one-file run (an editor's on-save hook, a per-file pre-commit wrapper)
// spent about as long building kong's model of the whole command line as
// linting the file. The plain lint command lines those tools write (lint
// is the default command; long and short flags with simple values; paths)
// are read here from the lint command's own struct tags, and anything
// else, or anything unusual in them, goes to kong as before: fastLint
// declines rather than guess, and a test checks that it reads every line
// it accepts exactly as kong does.

// fastField is a flag of lintCmd that fastLint can read.
type fastField struct {
	index int
	kind  reflect.Kind // Bool, String, Int, or Slice of string
	enum  []string     // allowed values, when the tag says
	sep   string       // list separator
	ok    bool         // false: a tag fastLint does not handle; the flag goes to kong
}

// commandNames lists the words that select a command, read from the cli
// struct itself so that a command added there can never be taken for a
// path of the default lint command.
func commandNames() map[string]bool {
	names := map[string]bool{"help": true}
	t := reflect.TypeOf(cli{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if _, ok := f.Tag.Lookup("cmd"); !ok {
			continue
		}
		name := f.Tag.Get("name")
		if name == "" {
			name = kebab(f.Name)
		}
		names[name] = true
		for _, a := range strings.Split(f.Tag.Get("aliases"), ",") {
			if a != "" {
				names[a] = true
			}
		}
	}
	return names
}

// fastLint reads args as the lint command, or returns false.
func fastLint(args []string) (*lintCmd, bool) {
	if len(args) > 0 && commandNames()[args[0]] {
		if args[0] != "lint" {
			return nil, false
		}
		args = args[1:]
	}
	var c lintCmd
	v := reflect.ValueOf(&c).Elem()
	t := v.Type()
	long := map[string]fastField{}
	short := map[string]fastField{}
	paths := -1
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag
		if _, ok := tag.Lookup("arg"); ok {
			if f.Type != reflect.TypeOf(pathList(nil)) {
				return nil, false
			}
			paths = i
			continue
		}
		ff := fastField{index: i, kind: f.Type.Kind(), ok: true}
		if ff.kind == reflect.Slice && f.Type.Elem().Kind() != reflect.String {
			ff.ok = false
		}
		for _, k := range []string{"env", "type", "xor", "and", "required", "negatable", "mapper", "cmd", "embed", "prefix"} {
			if _, has := tag.Lookup(k); has {
				ff.ok = false
			}
		}
		if e, has := tag.Lookup("enum"); has {
			ff.enum = strings.Split(e, ",")
		}
		ff.sep = tag.Get("sep")
		if d, has := tag.Lookup("default"); has && d != "" {
			if !setField(v.Field(i), ff, d) {
				return nil, false
			}
		}
		name := tag.Get("name")
		if name == "" {
			name = kebab(f.Name)
		}
		long[name] = ff
		if s := tag.Get("short"); s != "" {
			short[s] = ff
		}
	}
	var rest pathList
	seen := map[int]bool{}
	flagAfterPaths := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			if flagAfterPaths {
				return nil, false // kong reads the paths as one argument
			}
			rest = append(rest, a)
			continue
		}
		flagAfterPaths = len(rest) > 0
		var ff fastField
		var found bool
		value, hasValue := "", false
		switch {
		case strings.HasPrefix(a, "--") && len(a) > 2:
			name := a[2:]
			if k := strings.IndexByte(name, '='); k >= 0 {
				name, value, hasValue = name[:k], name[k+1:], true
			}
			ff, found = long[name]
		case len(a) == 2:
			ff, found = short[a[1:]]
		}
		if !found || !ff.ok || seen[ff.index] {
			return nil, false // --, --help, -h, combined shorts, repeats, the unknown
		}
		seen[ff.index] = true
		if ff.kind == reflect.Bool {
			if hasValue {
				return nil, false
			}
			v.Field(ff.index).SetBool(true)
			continue
		}
		if !hasValue {
			if i+1 >= len(args) || strings.HasPrefix(args[i+1], "-") {
				return nil, false
			}
			i++
			value = args[i]
		}
		if !setField(v.Field(ff.index), ff, value) {
			return nil, false
		}
	}
	if len(rest) > 0 && commandNames()[rest[0]] {
		return nil, false // a path spelled like a command: kong decides
	}
	if paths >= 0 && len(rest) > 0 {
		v.Field(paths).Set(reflect.ValueOf(rest))
	} else if len(rest) > 0 {
		return nil, false
	}
	// kong checks enums after defaults are applied.
	for _, ff := range long {
		if ff.kind == reflect.String && ff.enum != nil && !contains(ff.enum, v.Field(ff.index).String()) {
			return nil, false
		}
	}
	return &c, true
}

// setField stores a flag's value, or reports false when it is not one
// fastLint reads the way kong would.
func setField(f reflect.Value, ff fastField, s string) bool {
	switch ff.kind {
	case reflect.String:
		f.SetString(s)
	case reflect.Int:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return false
		}
		f.SetInt(n)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return false
		}
		f.SetBool(b)
	case reflect.Slice:
		if ff.sep == "" {
			return false
		}
		items := strings.Split(s, ff.sep)
		if contains(items, "") {
			return false // kong drops empty items
		}
		f.Set(reflect.ValueOf(items))
	default:
		return false
	}
	return true
}

// kebab is kong's flag name for a field: UnsafeFixes is unsafe-fixes.
func kebab(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if unicode.IsUpper(r) {
			if i > 0 && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1]) ||
				(i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1]))) {
				b.WriteByte('-')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
