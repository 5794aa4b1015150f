package demo

import "fmt"

// zone is a shipping zone of the shipping policy.
type zone int

const (
	zoneBenelux zone = iota // NL, BE, LU, DE
	zoneEU
	zoneUK
	zoneUS
	zoneCHNOCA
	zoneAsiaPacific
	zoneMiddleEast
	zoneWorld
)

// rate is a shipping rate of the shipping policy.
type rate struct {
	title, code string
	price       string
	freeOver    string // empty: never free
}

// zoneRates mirrors the shipping policy: standard rate and express rate (if
// the zone has one).
var zoneRates = map[zone][2]rate{
	zoneBenelux:     {{"Standard (1–3 business days)", "STANDARD-NL", "4.95", "75"}, {"Express next day", "EXPRESS-NL", "12.95", ""}},
	zoneEU:          {{"Standard (2–5 business days)", "STANDARD-EU", "6.95", "75"}, {"DHL Express (1–2 business days)", "EXPRESS-EU", "14.95", ""}},
	zoneUK:          {{"UK delivery, duties paid (3–5 business days)", "STANDARD-UK-DDP", "7.95", "100"}},
	zoneUS:          {{"US delivery, duties paid (4–7 business days)", "STANDARD-US-DDP", "14.95", "150"}},
	zoneCHNOCA:      {{"International (3–8 business days)", "INTL-CHNOCA", "16.95", ""}},
	zoneAsiaPacific: {{"International Express (5–10 business days)", "INTL-APAC", "19.95", "200"}},
	zoneMiddleEast:  {{"International Express (5–9 business days)", "INTL-ME", "19.95", "200"}},
	zoneWorld:       {{"International (7–15 business days)", "INTL-WORLD", "24.95", ""}},
}

// countryInfo is what orders need to know about a destination.
type countryInfo struct {
	name     string
	zone     zone
	vat      string // VAT charged (included in prices); empty for exports
	vatTitle string
	currency string // presentment currency in this market
	fxRate   string // units of currency per euro
	decimals int32  // minor units of currency
	carrier  string // default carrier for standard shipments
}

var countries = map[string]countryInfo{
	"NL": {name: "Netherlands", zone: zoneBenelux, vat: "0.21", vatTitle: "BTW", currency: "EUR", fxRate: "1", decimals: 2, carrier: carrierPostNL},
	"DE": {name: "Germany", zone: zoneBenelux, vat: "0.19", vatTitle: "MwSt", currency: "EUR", fxRate: "1", decimals: 2, carrier: carrierDHLParcel},
	"BE": {name: "Belgium", zone: zoneBenelux, vat: "0.21", vatTitle: "TVA", currency: "EUR", fxRate: "1", decimals: 2, carrier: carrierPostNL},
	"ES": {name: "Spain", zone: zoneEU, vat: "0.21", vatTitle: "IVA", currency: "EUR", fxRate: "1", decimals: 2, carrier: carrierCorreos},
	"FR": {name: "France", zone: zoneEU, vat: "0.20", vatTitle: "TVA", currency: "EUR", fxRate: "1", decimals: 2, carrier: carrierColissimo},
	"IT": {name: "Italy", zone: zoneEU, vat: "0.22", vatTitle: "IVA", currency: "EUR", fxRate: "1", decimals: 2, carrier: carrierDHLParcel},
	"PL": {name: "Poland", zone: zoneEU, vat: "0.23", vatTitle: "VAT", currency: "PLN", fxRate: "4.28", decimals: 2, carrier: carrierDHLParcel},
	"SE": {name: "Sweden", zone: zoneEU, vat: "0.25", vatTitle: "Moms", currency: "SEK", fxRate: "11.45", decimals: 2, carrier: carrierDHLParcel},
	"AT": {name: "Austria", zone: zoneEU, vat: "0.20", vatTitle: "USt", currency: "EUR", fxRate: "1", decimals: 2, carrier: carrierDHLParcel},
	"PT": {name: "Portugal", zone: zoneEU, vat: "0.23", vatTitle: "IVA", currency: "EUR", fxRate: "1", decimals: 2, carrier: carrierDHLParcel},
	"GB": {name: "United Kingdom", zone: zoneUK, vat: "0.20", vatTitle: "UK VAT", currency: "GBP", fxRate: "0.845", decimals: 2, carrier: carrierDHLExpress},
	"US": {name: "United States", zone: zoneUS, currency: "USD", fxRate: "1.085", decimals: 2, carrier: carrierUPS},
	"CH": {name: "Switzerland", zone: zoneCHNOCA, currency: "CHF", fxRate: "0.942", decimals: 2, carrier: carrierDHLExpress},
	"NO": {name: "Norway", zone: zoneCHNOCA, currency: "NOK", fxRate: "11.70", decimals: 2, carrier: carrierDHLExpress},
	"CA": {name: "Canada", zone: zoneCHNOCA, currency: "CAD", fxRate: "1.485", decimals: 2, carrier: carrierUPS},
	"JP": {name: "Japan", zone: zoneAsiaPacific, currency: "JPY", fxRate: "163", decimals: 0, carrier: carrierJapanPost},
	"CN": {name: "China", zone: zoneAsiaPacific, currency: "CNY", fxRate: "7.82", decimals: 2, carrier: carrierSF},
	"KR": {name: "South Korea", zone: zoneAsiaPacific, currency: "KRW", fxRate: "1480", decimals: 0, carrier: carrierDHLExpress},
	"SG": {name: "Singapore", zone: zoneAsiaPacific, currency: "SGD", fxRate: "1.45", decimals: 2, carrier: carrierSF},
	"AU": {name: "Australia", zone: zoneAsiaPacific, currency: "AUD", fxRate: "1.662", decimals: 2, carrier: carrierDHLExpress},
	"AE": {name: "United Arab Emirates", zone: zoneMiddleEast, currency: "AED", fxRate: "3.985", decimals: 2, carrier: carrierAramex},
	"SA": {name: "Saudi Arabia", zone: zoneMiddleEast, currency: "SAR", fxRate: "4.07", decimals: 2, carrier: carrierAramex},
	"MX": {name: "Mexico", zone: zoneWorld, currency: "MXN", fxRate: "21.90", decimals: 2, carrier: carrierDHLExpress},
	"MA": {name: "Morocco", zone: zoneWorld, currency: "MAD", fxRate: "10.85", decimals: 2, carrier: carrierAramex},
}

// Carriers, spelled as Shopify's tracking_company values.
const (
	carrierDHLExpress = "DHL Express"
	carrierDHLParcel  = "DHL Parcel"
	carrierPostNL     = "PostNL"
	carrierUPS        = "UPS"
	carrierColissimo  = "La Poste - Colissimo"
	carrierCorreos    = "Correos"
	carrierJapanPost  = "Japan Post"
	carrierSF         = "SF Express"
	carrierAramex     = "Aramex"
)

// trackingURL builds the carrier's public tracking page for a number.
func trackingURL(carrier, number, zip string) string {
	switch carrier {
	case carrierDHLExpress:
		return "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=" + number
	case carrierDHLParcel:
		return "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=" + number
	case carrierPostNL:
		return fmt.Sprintf("https://jouw.postnl.nl/track-and-trace/%s-NL-%s", number, zip)
	case carrierUPS:
		return "https://www.ups.com/track?loc=en_US&tracknum=" + number
	case carrierColissimo:
		return "https://www.laposte.fr/outils/suivre-vos-envois?code=" + number
	case carrierCorreos:
		return "https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=" + number
	case carrierJapanPost:
		return "https://trackings.post.japanpost.jp/services/srv/search/direct?locale=en&reqCodeNo1=" + number
	case carrierSF:
		return "https://www.sf-express.com/we/ow/chn/en/waybill/waybill-detail/" + number
	case carrierAramex:
		return "https://www.aramex.com/us/en/track/results?ShipmentNumber=" + number
	}
	return ""
}

// trackingNumber formats a carrier-shaped tracking number from a sequence
// value, so numbers look real and stay stable across runs.
func trackingNumber(carrier string, seq uint64) string {
	switch carrier {
	case carrierDHLExpress:
		return fmt.Sprintf("%010d", 4012000000+seq*7919%99999999)
	case carrierDHLParcel:
		return fmt.Sprintf("00340434%012d", 161000000000+seq*104729)
	case carrierPostNL:
		return fmt.Sprintf("3SNWOU%09d", 100000000+seq*7907)
	case carrierUPS:
		return fmt.Sprintf("1Z8V41W%02d%09d", seq%97, 300000000+seq*6271)
	case carrierColissimo:
		return fmt.Sprintf("6A%011d", 20000000000+seq*86243)
	case carrierCorreos:
		return fmt.Sprintf("PQ4F6P%016d", 701234560000000+seq*3571)
	case carrierJapanPost:
		return fmt.Sprintf("EJ%09dJP", 100000000+seq*9973)
	case carrierSF:
		return fmt.Sprintf("SF%013d", 1400000000000+seq*15485863)
	case carrierAramex:
		return fmt.Sprintf("%011d", 45000000000+seq*7727)
	}
	return fmt.Sprintf("NW%010d", seq)
}
