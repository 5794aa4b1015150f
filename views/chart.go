package views

import (
	"strconv"
)

// Charts are plain SVG computed here so the page needs no chart library;
// the viewBox keeps them crisp and responsive at any width.

const (
	colW     = 640 // column chart viewBox width
	colH     = 180 // column chart viewBox height
	colPadL  = 32  // room for the y-axis labels
	colPadB  = 22  // room for the x-axis labels
	colPadT  = 10
	barRowH  = 32 // horizontal bar chart: height of one row
	barLabel = 230
	barW     = 640
)

type column struct {
	X, Y, W, H string
	Title      string
	Label      string
	LabelX     string
	ShowLabel  bool
	ValueText  string
}

type gridLine struct {
	Y, Label string
}

// columns lays out a column chart of bars (e.g. conversations per day).
func columns(bars []Bar) ([]column, []gridLine) {
	maxV := niceMax(maxBar(bars))
	plotW := float64(colW - colPadL)
	plotH := float64(colH - colPadB - colPadT)
	n := len(bars)
	if n == 0 {
		return nil, nil
	}
	slot := plotW / float64(n)
	w := slot * 0.7
	every := (n + 7) / 8 // at most ~8 x labels
	out := make([]column, n)
	for i, b := range bars {
		h := plotH * float64(b.Value) / float64(maxV)
		x := float64(colPadL) + slot*float64(i) + (slot-w)/2
		out[i] = column{X: f(x), Y: f(float64(colPadT) + plotH - h), W: f(w), H: f(h),
			Title: b.Label + ": " + strconv.Itoa(b.Value), Label: b.Label, LabelX: f(x + w/2),
			ShowLabel: i%every == 0 || i == n-1 && n <= 8, ValueText: strconv.Itoa(b.Value)}
	}
	var grid []gridLine
	for _, v := range []int{0, maxV / 2, maxV} {
		y := float64(colPadT) + plotH - plotH*float64(v)/float64(maxV)
		grid = append(grid, gridLine{Y: f(y), Label: strconv.Itoa(v)})
	}
	return out, grid
}

type hbar struct {
	Y, TextY, W, Label, Value, ValueX string
}

// hbars lays out a horizontal bar chart (breakdowns, top lists).
func hbars(bars []Bar) []hbar {
	maxV := maxBar(bars)
	if maxV == 0 {
		maxV = 1
	}
	avail := float64(barW - barLabel - 60)
	out := make([]hbar, len(bars))
	for i, b := range bars {
		w := avail * float64(b.Value) / float64(maxV)
		if w < 2 && b.Value > 0 {
			w = 2
		}
		y := float64(i * barRowH)
		out[i] = hbar{Y: f(y + 6), TextY: f(y + 22), W: f(w), Label: truncate(b.Label, 22), Value: strconv.Itoa(b.Value),
			ValueX: f(float64(barLabel) + w + 6)}
	}
	return out
}

func hbarsHeight(bars []Bar) string { return strconv.Itoa(max(len(bars), 1) * barRowH) }

func maxBar(bars []Bar) int {
	m := 0
	for _, b := range bars {
		m = max(m, b.Value)
	}
	return m
}

// niceMax rounds the axis maximum up to 2, 5 or 10 times a power of ten so
// grid labels are round numbers.
func niceMax(v int) int {
	if v <= 2 {
		return 2
	}
	p := 1
	for p*10 < v {
		p *= 10
	}
	for _, m := range []int{1, 2, 5, 10} {
		if m*p >= v {
			if (m*p)%2 == 1 {
				return m*p + 1
			}
			return m * p
		}
	}
	return 10 * p
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func f(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

func i64(n int64) string { return strconv.FormatInt(n, 10) }
