package gazetteer

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func openFixture(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f
}

// TestExtract: each raw source keeps only what the table can use — cities of
// MinPopulation and feature class P, first-level subdivisions of a region
// type, demonyms with a name — with their usable names.
func TestExtract(t *testing.T) {
	tests := []struct {
		file    string
		extract func(*os.File) ([]Place, error)
		want    []Place
	}{
		{"cities.tsv", func(f *os.File) ([]Place, error) { return ExtractCities(f) }, []Place{
			// LYS (an airport code) is dropped; Tinyville (under
			// MinTownPopulation), Mont Blanc (a mountain), a row with
			// an unreadable population and a short row are skipped;
			// Smallville (under MinPopulation) is a town.
			{Country: "FR", Population: 522228, Kind: KindCity, Names: []string{"Lyon", "Lion", "Lió", "Лион", "ليون", "リヨン", "里昂"}},
			// The hiragana reading goes; 大阪市 and 오사카 시 also give
			// the name without "city".
			{Country: "JP", Population: 2592413, Kind: KindCity, Names: []string{"Ōsaka", "Osaka", "大阪", "大阪市", "오사카", "오사카 시"}},
			{Country: "FR", Population: 99999, Kind: KindTown, Names: []string{"Smallville"}},
		}},
		{"iso_3166-2.json", func(f *os.File) ([]Place, error) { return ExtractRegions(f) }, []Place{
			{Country: "DE", Kind: KindRegion, Names: []string{"Bayern"}},
			{Country: "ES", Kind: KindRegion, Names: []string{"Catalunya", "Cataluña"}},
		}},
		{"countries.json", func(f *os.File) ([]Place, error) { return ExtractDemonyms(f) }, []Place{
			{Country: "FR", Kind: KindDemonym, Names: []string{"French", "Français", "Française"}},
			{Country: "CA", Kind: KindDemonym, Names: []string{"Canadian", "Canadien", "Canadienne"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := tt.extract(openFixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
	for _, bad := range []func() error{
		func() error { _, err := ExtractRegions(strings.NewReader("[")); return err },
		func() error { _, err := ExtractDemonyms(strings.NewReader("{")); return err },
	} {
		if bad() == nil {
			t.Error("malformed JSON was accepted")
		}
	}
}

// TestSourceRoundTrip: WriteSource orders places largest first (then by
// country and name) and ReadSource reads back exactly what was written.
func TestSourceRoundTrip(t *testing.T) {
	places := []Place{
		{Country: "FR", Kind: KindDemonym, Names: []string{"French"}},
		{Country: "FR", Population: 522228, Kind: KindCity, Names: []string{"Lyon", "Лион"}},
		{Country: "DE", Kind: KindRegion, Names: []string{"Bayern"}},
		{Country: "JP", Population: 2592413, Kind: KindCity, Names: []string{"Osaka"}},
	}
	var b bytes.Buffer
	if err := WriteSource(&b, places); err != nil {
		t.Fatal(err)
	}
	want := "JP\t2592413\tcity\tOsaka\nFR\t522228\tcity\tLyon|Лион\nDE\t0\tregion\tBayern\nFR\t0\tdemonym\tFrench\n"
	if b.String() != want {
		t.Fatalf("WriteSource =\n%s\nwant\n%s", b.String(), want)
	}
	back, err := ReadSource(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, places) { // WriteSource sorted places in place
		t.Errorf("ReadSource = %+v, want %+v", back, places)
	}
	for _, bad := range []string{"FR\t1\tcity", "FR\tmany\tcity\tLyon"} {
		if _, err := ReadSource([]byte(bad)); err == nil {
			t.Errorf("ReadSource(%q) accepted a malformed line", bad)
		}
	}
}

// TestBuild generates the table from a small source: a shared name goes to
// the region before any city and lists up to three other countries with a
// city of that name; a colour is left out; Arabic names also get their
// article form; names come out sorted after the header.
func TestBuild(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "source.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Build(src, NewCommon([]byte("@@en\nshipping to Valencia\n"), []byte(`	"en": "the to",`)))
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, line := range strings.Split(strings.TrimSpace(string(got)), "\n") {
		if !strings.HasPrefix(line, "#") {
			rows = append(rows, line)
		}
	}
	want := []string{
		"Bayern\tDE\tregion",
		"Canadian\tCA\tdemonym",
		"Canadienne\tCA\tdemonym",
		"Valencia\tDE,VE,ES,US\tregion",
		"الدوحة\tQA\tcity",
		"دوحة\tQA\tcity",
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("Build rows =\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if !strings.HasPrefix(string(got), "# Code generated") {
		t.Error("the table lacks its generated-code header")
	}
	if _, err := Build([]byte("broken line"), NewCommon(nil, nil)); err == nil {
		t.Error("Build accepted a malformed source")
	}
}
