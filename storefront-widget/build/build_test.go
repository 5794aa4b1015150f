package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeSources(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBuildIsDeterministicAndClean(t *testing.T) {
	a, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{LoaderAsset, ChatAsset} {
		out := a[name]
		if len(out) == 0 {
			t.Fatalf("%s is empty", name)
		}
		if !bytes.Equal(out, b[name]) {
			t.Errorf("%s differs between two builds", name)
		}
		if bytes.Contains(out, []byte("sourceMappingURL")) {
			t.Errorf("%s references a source map", name)
		}
		// tsconfig.json's strict mode adds the directive before the IIFE.
		if !bytes.HasPrefix(bytes.TrimPrefix(out, []byte(`"use strict";`)), []byte("(()=>{")) {
			t.Errorf("%s is not a minified IIFE: %.40q", name, out)
		}
		if bytes.Count(out, []byte("\n")) > 2 {
			t.Errorf("%s has %d lines, want minified output", name, bytes.Count(out, []byte("\n")))
		}
	}
}

func TestBuildFrom(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		wantErr string
		check   func(t *testing.T, out map[string][]byte)
	}{
		{
			name: "lowers newer syntax to ES2018 and erases types",
			files: map[string]string{
				"loader.ts": "interface X { a?: { b: number } }\nconst x: X = JSON.parse('{}');\nconsole.log(x.a?.b ?? 1);\n",
				"chat.ts":   "export {};\ntry { JSON.parse('') } catch { console.log('no binding') }\n",
			},
			check: func(t *testing.T, out map[string][]byte) {
				if l := string(out[LoaderAsset]); strings.Contains(l, "?.") || strings.Contains(l, "??") || strings.Contains(l, "interface") {
					t.Errorf("loader not lowered to ES2018: %s", l)
				}
				if c := string(out[ChatAsset]); strings.Contains(c, "catch{") {
					t.Errorf("optional catch binding is ES2019: %s", c)
				}
			},
		},
		{
			name:    "syntax error names the file",
			files:   map[string]string{"loader.ts": "const = ;\n", "chat.ts": "export {};\n"},
			wantErr: "loader.ts",
		},
		{
			name:    "missing import fails",
			files:   map[string]string{"loader.ts": "export {};\n", "chat.ts": "import './nope';\n"},
			wantErr: "nope",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := BuildFrom(writeSources(t, tt.files))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, out)
		})
	}
}

func TestSourceDir(t *testing.T) {
	dir, err := SourceDir()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"loader.ts", "chat.ts"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
}
