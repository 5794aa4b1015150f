// Command gengeo writes knowledge/geo/places.tsv, the cities, regions and
// nationality words knowledge/geo recognises, from internal/gazetteer's
// source.tsv (see package gazetteer for the sources and their licences).
// Run from the repository root:
//
//	go run ./internal/gazetteer/gengeo
//
// With the raw files it first rewrites source.tsv:
//
//	go run ./internal/gazetteer/gengeo -geonames cities15000.txt \
//		-iso3166-2 /usr/share/iso-codes/json/iso_3166-2.json -countries countries.json
package main

import (
	"flag"
	"log"
	"os"

	"shopassist/internal/gazetteer"
)

func main() {
	cities := flag.String("geonames", "", "GeoNames cities15000.txt (rewrites source.tsv)")
	regions := flag.String("iso3166-2", "", "iso-codes iso_3166-2.json")
	countries := flag.String("countries", "", "mledoze/countries countries.json")
	flag.Parse()
	if *cities != "" {
		if err := extract(*cities, *regions, *countries); err != nil {
			log.Fatal(err)
		}
	}
	table, err := gazetteer.Generate(".")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(gazetteer.TablePath, table, 0o644); err != nil {
		log.Fatal(err)
	}
}

func extract(cities, regions, countries string) error {
	var all []gazetteer.Place
	for _, in := range []struct {
		path string
		fn   func(*os.File) ([]gazetteer.Place, error)
	}{
		{cities, func(f *os.File) ([]gazetteer.Place, error) { return gazetteer.ExtractCities(f) }},
		{regions, func(f *os.File) ([]gazetteer.Place, error) { return gazetteer.ExtractRegions(f) }},
		{countries, func(f *os.File) ([]gazetteer.Place, error) { return gazetteer.ExtractDemonyms(f) }},
	} {
		f, err := os.Open(in.path)
		if err != nil {
			return err
		}
		ps, err := in.fn(f)
		f.Close()
		if err != nil {
			return err
		}
		all = append(all, ps...)
	}
	out, err := os.Create(gazetteer.SourcePath)
	if err != nil {
		return err
	}
	if err := gazetteer.WriteSource(out, all); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
