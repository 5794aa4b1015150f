package limits_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"shopassist/limits"
)

// messageSized is the smallest literal the drift test treats as a message
// limit: names, titles and labels are checked against smaller numbers.
const messageSized = 200

// platformLimits are files that check other systems' limits (the fake
// Graph API enforces Meta's), not ours.
var platformLimits = map[string]bool{
	"channels/meta/metatest/metatest.go": true,
	"channels/meta/send.go":              true,
}

// TestNoLiteralMessageLimits walks the module's Go code (tests and
// generated files aside) for a length check of a text — utf8.RuneCountInString
// or len([]rune(...)) compared with an integer literal of message size —
// and for a const of such a size named like a message limit. Either means a
// limit is being defined again outside this package.
func TestNoLiteralMessageLimits(t *testing.T) {
	root := filepath.Join("..")
	limitName := regexp.MustCompile(`(?i)^max.*(message|reply|probe|note|comment)|(message|reply|probe|note|text)(max|limit)$`)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if path == root {
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules" || d.Name() == "testdata" || rel == "limits" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.HasSuffix(path, "_templ.go") ||
			platformLimits[rel] {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if !comparison(n.Op) {
					return true
				}
				if (textLength(n.X) && messageLiteral(n.Y)) || (textLength(n.Y) && messageLiteral(n.X)) {
					t.Errorf("%s: a text length compared with a literal; use a constant of package limits", fset.Position(n.Pos()))
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i < len(n.Values) && limitName.MatchString(name.Name) && messageLiteral(n.Values[i]) {
						t.Errorf("%s: %s defines a message limit; use a constant of package limits", fset.Position(name.Pos()), name.Name)
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func comparison(op token.Token) bool {
	return op == token.GTR || op == token.GEQ || op == token.LSS || op == token.LEQ
}

// textLength matches utf8.RuneCountInString(x) and len([]rune(x)).
func textLength(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
		return sel.Sel.Name == "RuneCountInString"
	}
	if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "len" && len(call.Args) == 1 {
		conv, ok := call.Args[0].(*ast.CallExpr)
		if !ok {
			return false
		}
		arr, ok := conv.Fun.(*ast.ArrayType)
		if !ok {
			return false
		}
		elt, ok := arr.Elt.(*ast.Ident)
		return ok && elt.Name == "rune"
	}
	return false
}

func messageLiteral(e ast.Expr) bool {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.INT {
		return false
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(lit.Value, "_", ""), 0, 64)
	return err == nil && n >= messageSized
}

// TestWidgetMatchesShopperMessage: the widget's input and comment box stop
// typing where the app proxy starts refusing.
func TestWidgetMatchesShopperMessage(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "storefront-widget", "src", "chat.ts"))
	if err != nil {
		t.Fatal(err)
	}
	for _, re := range []*regexp.Regexp{
		regexp.MustCompile(`maxlength: '(\d+)'`),
		regexp.MustCompile(`trim\(\)\.slice\(0, (\d+)\)`),
	} {
		found := re.FindAllStringSubmatch(string(src), -1)
		if len(found) == 0 {
			t.Errorf("chat.ts has no %s", re)
		}
		for _, m := range found {
			if m[1] != strconv.Itoa(limits.ShopperMessage) {
				t.Errorf("chat.ts: %s, want %d (limits.ShopperMessage)", m[0], limits.ShopperMessage)
			}
		}
	}
}
