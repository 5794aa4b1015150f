package demo

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
)

// Nominal image size reported in product image resources.
const (
	imageWidth  = 800
	imageHeight = 800
)

// ImageSrc is the storefront path of a product's generated image. The app
// serves it from ProductImageSVG so the demo works with no network access.
func ImageSrc(handle string) string { return "/demo/img/" + handle + ".svg" }

// ProductImageSVG renders the illustration of the product with the given
// handle: a tinted card with a glyph for its product type and its name. It
// reports false for an unknown handle.
func ProductImageSVG(handle string) ([]byte, bool) {
	for _, s := range catalogSpecs() {
		if s.handle == handle {
			return renderProductSVG(s), true
		}
	}
	return nil, false
}

// swatches maps colour option values to the ink used in the illustration.
var swatches = map[string]string{
	"Black": "#2b2d31", "Forest": "#2f5d44", "Glacier Blue": "#5b9bd5", "Rust": "#b5532c",
	"Olive": "#6b7035", "Navy": "#243a63", "Sand": "#b89a6b", "Coral": "#e4705c",
	"Heather Grey": "#7d8289", "Charcoal": "#3d4147", "Ocean": "#1f6f8b", "Sage": "#7f9c7b",
	"White": "#9aa3ad", "Terracotta": "#c0643f", "Sky": "#5fa8d3", "Red Check": "#b03a2e",
	"Green Check": "#3c6e47", "Khaki": "#9c8a5a", "Graphite": "#4a4e55", "Stone": "#8f8a80",
	"Moss": "#5d7042", "Teal": "#1d8a8a", "Dusk": "#6c5b7b", "Plum": "#6e3b5c",
	"Yellow": "#d9a400", "Blue": "#2f6db5", "Natural": "#a8977a", "Oatmeal": "#b7a98f",
	"Aurora Print": "#3f8f7f", "Brown": "#7a4f2e", "Lime": "#7fae1b", "Slate": "#56606b",
	"Orange": "#e07b1f", "Grey": "#7d8289", "Indigo": "#34427a", "Sakura": "#d987a0",
	"Green": "#3c7a4a", "Glacier": "#6bb3c9", "Tortoise": "#8a5a2b", "Matte Black": "#2b2d31",
}

// defaultInk is used for products without a colour option.
const defaultInk = "#2f5d44"

// glyphs are simple line drawings in a 400×400 box, keyed by product type.
var glyphs = map[string]string{
	"jacket":   `<path d="M150 90 L200 110 L250 90 L300 130 L285 175 L265 165 L265 280 L135 280 L135 165 L115 175 L100 130 Z" /><path d="M200 110 L200 280" fill="none" stroke="#fff" stroke-width="4"/>`,
	"top":      `<path d="M155 95 Q200 120 245 95 L305 130 L285 175 L260 162 L260 280 L140 280 L140 162 L115 175 L95 130 Z" />`,
	"pants":    `<path d="M145 90 L255 90 L270 285 L220 285 L200 160 L180 285 L130 285 Z" />`,
	"shoe":     `<path d="M120 120 L175 120 L180 190 Q230 200 285 225 Q300 235 298 262 L110 262 Q104 200 120 120 Z" /><rect x="108" y="262" width="192" height="16" rx="6"/>`,
	"pack":     `<rect x="135" y="95" width="130" height="185" rx="38"/><rect x="160" y="180" width="80" height="60" rx="12" fill="#fff" opacity=".35"/><path d="M170 95 Q200 60 230 95" fill="none" stroke-width="10"/>`,
	"tent":     `<path d="M90 275 L200 95 L310 275 Z" /><path d="M200 150 L170 275 L230 275 Z" fill="#fff" opacity=".4"/>`,
	"sleep":    `<rect x="150" y="85" width="100" height="200" rx="48"/><circle cx="200" cy="125" r="22" fill="#fff" opacity=".4"/>`,
	"pot":      `<rect x="130" y="150" width="140" height="110" rx="16"/><rect x="115" y="135" width="170" height="20" rx="8"/><rect x="270" y="175" width="45" height="12" rx="6"/>`,
	"bottle":   `<rect x="165" y="80" width="70" height="30" rx="8"/><rect x="150" y="110" width="100" height="175" rx="30"/>`,
	"light":    `<circle cx="200" cy="180" r="55"/><path d="M200 95 V70 M200 290 V265 M115 180 H90 M310 180 H285 M140 120 L122 102 M260 120 L278 102 M140 240 L122 258 M260 240 L278 258" fill="none" stroke-width="10" stroke-linecap="round"/>`,
	"gift":     `<rect x="95" y="120" width="210" height="130" rx="16"/><path d="M95 165 H305 M230 120 V250" fill="none" stroke="#fff" stroke-width="10"/>`,
	"mountain": `<path d="M80 275 L170 130 L215 200 L245 160 L320 275 Z" /><path d="M170 130 L150 162 L170 155 L190 165 Z" fill="#fff"/>`,
}

var typeGlyph = map[string]string{
	"Jackets": "jacket", "Fleece": "jacket", "Knitwear": "top", "Base Layers": "top",
	"T-Shirts": "top", "Shirts": "top", "Dresses": "top", "Underwear": "pants",
	"Pants": "pants", "Shorts": "pants", "Footwear": "shoe", "Socks": "shoe",
	"Backpacks": "pack", "Bags": "pack", "Tents": "tent", "Sleeping Bags": "sleep",
	"Sleeping Pads": "sleep", "Camp Kitchen": "pot", "Bottles": "bottle", "Hydration": "bottle",
	"Lighting": "light", "Gift Cards": "gift",
}

func renderProductSVG(s productSpec) []byte {
	ink := defaultInk
	for _, o := range s.options {
		if o.name == "Color" {
			if c, ok := swatches[o.values[0]]; ok {
				ink = c
			}
		}
	}
	glyph, ok := glyphs[typeGlyph[s.ptype]]
	if !ok {
		glyph = glyphs["mountain"]
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="%d" height="%d" role="img" aria-label="`, imageWidth, imageHeight)
	xmlEscape(&b, s.title)
	b.WriteString(`">`)
	fmt.Fprintf(&b, `<rect width="400" height="400" rx="28" fill="%s" fill-opacity=".14"/>`, ink)
	fmt.Fprintf(&b, `<g fill="%s" stroke="%s">%s</g>`, ink, ink, glyph)
	for i, line := range wrapWords(s.title, 24) {
		fmt.Fprintf(&b, `<text x="200" y="%d" text-anchor="middle" font-family="system-ui, sans-serif" font-size="20" font-weight="600" fill="#1d2329">`, 326+i*26)
		xmlEscape(&b, line)
		b.WriteString(`</text>`)
	}
	b.WriteString(`</svg>`)
	return b.Bytes()
}

func xmlEscape(b *bytes.Buffer, s string) {
	// EscapeText only fails when the writer does; bytes.Buffer never does.
	_ = xml.EscapeText(b, []byte(s))
}

// wrapWords splits text into at most two lines of about width characters,
// which is all the card has room for.
func wrapWords(text string, width int) []string {
	var lines []string
	var cur string
	for _, w := range strings.Fields(text) {
		switch {
		case cur == "":
			cur = w
		case len([]rune(cur))+1+len([]rune(w)) <= width || len(lines) == 1:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	return append(lines, cur)
}
