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
	if _, ok := files[StringsFile]; !ok {
		files[StringsFile] = `{"en": {"title": "Assistant"}}`
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
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
			name: "one ASCII-only strings script per language, keys in source order",
			files: map[string]string{
				"loader.ts": "export {};\n",
				"chat.ts":   "export {};\n",
				StringsFile: `{"ja": {"title": "チャット", "send": "送信"}, "en": {"title": "Chat", "send": "Send"}}`,
			},
			check: func(t *testing.T, out map[string][]byte) {
				if len(out) != 4 {
					t.Errorf("got %d assets, want loader, chat and 2 languages", len(out))
				}
				en := string(out[StringsAsset("en")])
				if !strings.Contains(en, `.strings("en",{title:"Chat",send:"Send"})`) {
					t.Errorf("en strings = %s", en)
				}
				ja := out[StringsAsset("ja")]
				if !bytes.Contains(ja, []byte(`title:"\u30C1\u30E3\u30C3\u30C8"`)) {
					t.Errorf("ja strings not ASCII-escaped: %s", ja)
				}
				for _, c := range ja {
					if c >= 0x80 {
						t.Fatalf("ja strings contain a non-ASCII byte: %s", ja)
					}
				}
			},
		},
		{
			name:    "strings that are not a language table fail",
			files:   map[string]string{"loader.ts": "export {};\n", "chat.ts": "export {};\n", StringsFile: `{"en": ["x"]}`},
			wantErr: "language \"en\"",
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
