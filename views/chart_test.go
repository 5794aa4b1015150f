package views

import (
	"slices"
	"strconv"
	"testing"
)

func TestNiceMax(t *testing.T) {
	tests := []struct{ v, want int }{
		{-3, 2}, {0, 2}, {1, 2}, {2, 2},
		{3, 6}, // 5 would give odd half-grid labels: the next even number
		{5, 6}, {7, 10}, {10, 10}, {11, 20}, {19, 20}, {21, 50}, {50, 50}, {51, 100},
		{99, 100}, {101, 200}, {4321, 5000}, {9999, 10000},
	}
	for _, tt := range tests {
		if got := niceMax(tt.v); got != tt.want {
			t.Errorf("niceMax(%d) = %d, want %d", tt.v, got, tt.want)
		}
		if got := niceMax(tt.v); got%2 != 0 || got < tt.v {
			t.Errorf("niceMax(%d) = %d: not an even bound above the value", tt.v, got)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"short", 22, "short"},
		{"exactly five", 12, "exactly five"},
		{"one too long", 11, "one too lo…"},
		{"配送状況を確認したいです", 6, "配送状況を…"}, // runes, not bytes
		{"", 3, ""},
	}
	for _, tt := range tests {
		if got := truncate(tt.s, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestColumns(t *testing.T) {
	if cols, grid := columns(nil); cols != nil || grid != nil {
		t.Fatalf("no bars: %v %v", cols, grid)
	}
	tests := []struct {
		name      string
		bars      []Bar
		grid      []string // grid labels, bottom up
		tallest   int      // index of the tallest column
		labels    int      // x labels shown
		zeroIndex int      // a zero-value column (-1: none)
	}{
		{"all zero: axis up to 2", []Bar{{"Mon", 0}, {"Tue", 0}}, []string{"0", "1", "2"}, -1, 2, 0},
		{"one bar", []Bar{{"Mon", 7}}, []string{"0", "5", "10"}, 0, 1, -1},
		{"thirty days: at most ~8 labels", daysOfBars(30), []string{"0", "25", "50"}, 29, 8, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cols, grid := columns(tt.bars)
			if len(cols) != len(tt.bars) {
				t.Fatalf("%d columns for %d bars", len(cols), len(tt.bars))
			}
			var labels []string
			for _, g := range grid {
				labels = append(labels, g.Label)
			}
			if !slices.Equal(labels, tt.grid) {
				t.Errorf("grid labels %v, want %v", labels, tt.grid)
			}
			shown := 0
			plotBottom := float64(colH - colPadB)
			for i, c := range cols {
				if c.ShowLabel {
					shown++
				}
				y, h := svgNum(t, c.Y), svgNum(t, c.H)
				if y+h < plotBottom-0.1 || y+h > plotBottom+0.1 {
					t.Errorf("column %d does not stand on the axis: y %v + h %v", i, y, h)
				}
				if h > plotBottom-colPadT+0.1 {
					t.Errorf("column %d (%v) taller than the plot", i, h)
				}
				if c.Title != tt.bars[i].Label+": "+strconv.Itoa(tt.bars[i].Value) {
					t.Errorf("column %d title %q", i, c.Title)
				}
			}
			if shown != tt.labels {
				t.Errorf("%d x labels shown, want %d", shown, tt.labels)
			}
			if tt.zeroIndex >= 0 && svgNum(t, cols[tt.zeroIndex].H) != 0 {
				t.Errorf("zero bar has height %s", cols[tt.zeroIndex].H)
			}
			if tt.tallest >= 0 {
				for i, c := range cols {
					if svgNum(t, c.H) > svgNum(t, cols[tt.tallest].H) {
						t.Errorf("column %d taller than the largest value's", i)
					}
				}
			}
		})
	}
}

func TestHbars(t *testing.T) {
	bars := []Bar{{"order_status", 400}, {"a very long intent label that does not fit", 1}, {"returns", 0}}
	got := hbars(bars)
	if len(got) != 3 {
		t.Fatalf("%d rows", len(got))
	}
	if w := svgNum(t, got[0].W); w != float64(barW-barLabel-60) {
		t.Errorf("largest bar width %v, want the full %d", w, barW-barLabel-60)
	}
	if w := svgNum(t, got[1].W); w != 2 {
		t.Errorf("a tiny non-zero bar is %v wide, want the 2-unit minimum", w)
	}
	if w := svgNum(t, got[2].W); w != 0 {
		t.Errorf("a zero bar is %v wide", w)
	}
	if got[1].Label != "a very long intent la…" {
		t.Errorf("long label %q", got[1].Label)
	}
	if svgNum(t, got[1].Y) <= svgNum(t, got[0].Y) {
		t.Errorf("rows not stacked downwards: %s then %s", got[0].Y, got[1].Y)
	}
	if zero := hbars([]Bar{{"x", 0}}); svgNum(t, zero[0].W) != 0 {
		t.Errorf("all-zero chart: width %s", zero[0].W)
	}
	for _, tt := range []struct {
		n    int
		want string
	}{{0, "32"}, {1, "32"}, {3, "96"}} {
		if got := hbarsHeight(make([]Bar, tt.n)); got != tt.want {
			t.Errorf("hbarsHeight(%d bars) = %s, want %s (an empty chart keeps one row)", tt.n, got, tt.want)
		}
	}
}

func daysOfBars(n int) []Bar {
	out := make([]Bar, n)
	for i := range out {
		out[i] = Bar{Label: "d" + strconv.Itoa(i+1), Value: i + 20}
	}
	return out
}

func svgNum(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
