package shopifytest

import (
	"errors"
	"testing"
)

func TestConnection(t *testing.T) {
	nodes := []int{10, 11, 12, 13, 14}
	page := func(t *testing.T, vars map[string]any) ([]int, map[string]any) {
		t.Helper()
		conn, err := Connection(nodes, vars)
		if err != nil {
			t.Fatal(err)
		}
		edges := conn["edges"].([]map[string]any)
		got := conn["nodes"].([]int)
		if len(edges) != len(got) {
			t.Fatalf("edges %d != nodes %d", len(edges), len(got))
		}
		return got, conn["pageInfo"].(map[string]any)
	}

	got, info := page(t, map[string]any{"first": 2.0})
	if len(got) != 2 || got[0] != 10 || info["hasNextPage"] != true || info["hasPreviousPage"] != false {
		t.Fatalf("page 1 = %v %v", got, info)
	}
	got, info = page(t, map[string]any{"first": 2.0, "after": info["endCursor"]})
	if len(got) != 2 || got[0] != 12 || info["hasNextPage"] != true {
		t.Fatalf("page 2 = %v %v", got, info)
	}
	got, info = page(t, map[string]any{"first": 2.0, "after": info["endCursor"]})
	if len(got) != 1 || got[0] != 14 || info["hasNextPage"] != false {
		t.Fatalf("page 3 = %v %v", got, info)
	}
	got, info = page(t, nil)
	if len(got) != 5 || info["hasNextPage"] != false {
		t.Fatalf("default page = %v %v", got, info)
	}
	got, info = page(t, map[string]any{"first": 0.0})
	if len(got) != 0 || info["endCursor"] != nil {
		t.Fatalf("empty page = %v %v", got, info)
	}

	for name, vars := range map[string]map[string]any{
		"first above 250": {"first": 251.0},
		"negative first":  {"first": -1.0},
		"garbage cursor":  {"after": "!!"},
		"foreign cursor":  {"after": "aWR4Ong"},
		"cursor past end": {"after": encodeCursor(99)},
	} {
		var e *Error
		if _, err := Connection(nodes, vars); !errors.As(err, &e) || e.Code != "BAD_USER_INPUT" {
			t.Errorf("%s: err = %v, want BAD_USER_INPUT", name, err)
		}
	}
}
