package demo

import (
	"fmt"
	"time"

	goshopify "github.com/bold-commerce/go-shopify/v4"
	"github.com/shopspring/decimal"
)

const customerIDBase uint64 = 7100000000

// customerSpec is one row of the customer table.
type customerSpec struct {
	n                   uint64 // customer id = customerIDBase + n
	first, last         string
	email, phone        string // either may be empty, never both
	locale              string // storefront locale the customer shops in
	address1, city, zip string
	province, provCode  string
	country             string // ISO 3166-1 alpha-2
	marketing           bool
	tags                []string
}

// customerSpecs lists the demo store's customers. Names match the customer's
// country; emails use reserved example domains and phones fictional or
// test-range numbers in E.164.
func customerSpecs() []customerSpec {
	return []customerSpec{
		{n: 1, first: "Emma", last: "de Vries", email: "emma.devries@example.com", phone: "+31612345678", locale: "en",
			address1: "Prinsengracht 263", city: "Amsterdam", zip: "1016 GV", country: "NL", marketing: true, tags: []string{"vip"}},
		{n: 2, first: "Lukas", last: "Schneider", email: "lukas.schneider@mail.example", phone: "+4915112345678", locale: "de",
			address1: "Leopoldstraße 42", city: "München", zip: "80802", province: "Bayern", provCode: "BY", country: "DE", marketing: true},
		{n: 3, first: "Sofía", last: "García López", email: "sofia.garcia@example.org", phone: "+34612345678", locale: "es",
			address1: "Calle de Alcalá 120, 3º B", city: "Madrid", zip: "28009", province: "Madrid", provCode: "M", country: "ES"},
		{n: 4, first: "Camille", last: "Martin", email: "camille.martin@example.net", phone: "+33612345678", locale: "fr",
			address1: "14 rue de la République", city: "Lyon", zip: "69002", country: "FR", marketing: true},
		{n: 5, first: "Oliver", last: "Bennett", email: "oliver.bennett@post.example", phone: "+447700900123", locale: "en",
			address1: "27 Oldham Street", city: "Manchester", zip: "M1 1JG", province: "England", provCode: "ENG", country: "GB"},
		{n: 6, first: "Emily", last: "Johnson", email: "emily.johnson@example.com", phone: "+13035550142", locale: "en",
			address1: "1550 Larimer Street, Apt 4C", city: "Denver", zip: "80202", province: "Colorado", provCode: "CO", country: "US", tags: []string{"newsletter"}},
		{n: 7, first: "由紀", last: "田中", email: "yuki.tanaka@mail.example", phone: "+819012345678", locale: "ja",
			address1: "渋谷区神宮前 5-12-8", city: "東京都", zip: "150-0001", province: "Tokyo", provCode: "JP-13", country: "JP"},
		{n: 8, first: "芳", last: "王", phone: "+8613812345678", locale: "zh-CN",
			address1: "浦东新区世纪大道 88 号 1203 室", city: "上海市", zip: "200120", province: "Shanghai", provCode: "SH", country: "CN"},
		{n: 9, first: "عمر", last: "الفارسي", email: "omar.alfarsi@example.com", phone: "+971501234567", locale: "ar",
			address1: "Marina Gate 2, Apt 1804, Dubai Marina", city: "Dubai", zip: "00000", province: "Dubai", provCode: "DU", country: "AE"},
		{n: 10, first: "نورة", last: "القحطاني", phone: "+966501234567", locale: "ar",
			address1: "طريق الملك فهد، حي العليا", city: "الرياض", zip: "12214", country: "SA"},
		{n: 11, first: "Mateo", last: "Fernández", email: "mateo.fernandez@example.org", phone: "+525512345678", locale: "es",
			address1: "Av. Álvaro Obregón 185, Roma Nte.", city: "Ciudad de México", zip: "06700", province: "Ciudad de México", provCode: "CMX", country: "MX"},
		{n: 12, first: "Giulia", last: "Rossi", email: "giulia.rossi@example.net", phone: "+393471234567", locale: "en",
			address1: "Via Paolo Sarpi 15", city: "Milano", zip: "20154", province: "Milano", provCode: "MI", country: "IT", marketing: true},
		{n: 13, first: "Anna", last: "Kowalska", email: "anna.kowalska@example.com", phone: "+48501234567", locale: "en",
			address1: "ul. Floriańska 22/5", city: "Kraków", zip: "31-021", country: "PL"},
		{n: 14, first: "Lars", last: "Eriksson", email: "lars.eriksson@example.org", locale: "en",
			address1: "Götgatan 48", city: "Stockholm", zip: "118 26", country: "SE"},
		{n: 15, first: "Ingrid", last: "Haugen", email: "ingrid.haugen@post.example", phone: "+4791234567", locale: "en",
			address1: "Bryggen 9", city: "Bergen", zip: "5003", country: "NO"},
		{n: 16, first: "Noah", last: "Müller", email: "noah.mueller@mail.example", phone: "+41791234567", locale: "de",
			address1: "Langstrasse 120", city: "Zürich", zip: "8004", province: "Zürich", provCode: "ZH", country: "CH"},
		{n: 17, first: "Chloé", last: "Tremblay", email: "chloe.tremblay@post.example", phone: "+15145550187", locale: "fr",
			address1: "4200 boulevard Saint-Laurent", city: "Montréal", zip: "H2W 2R2", province: "Quebec", provCode: "QC", country: "CA"},
		{n: 18, first: "Jack", last: "Wilson", email: "jack.wilson@example.com", phone: "+61491570156", locale: "en",
			address1: "12 Bondi Road", city: "Bondi Junction", zip: "2022", province: "New South Wales", provCode: "NSW", country: "AU"},
		{n: 19, first: "Min-jun", last: "Kim", email: "minjun.kim@example.net", phone: "+821012345678", locale: "en",
			address1: "35 Teheran-ro 10-gil, Gangnam-gu", city: "Seoul", zip: "06234", country: "KR"},
		{n: 20, first: "Lucas", last: "Dubois", email: "lucas.dubois@mail.example", phone: "+32470123456", locale: "fr",
			address1: "Rue Antoine Dansaert 85", city: "Bruxelles", zip: "1000", country: "BE"},
		{n: 21, first: "Hannah", last: "Weber", email: "hannah.weber@post.example", phone: "+436641234567", locale: "de",
			address1: "Neubaugasse 38/12", city: "Wien", zip: "1070", country: "AT", marketing: true},
		{n: 22, first: "Sarah", last: "Cohen", email: "sarah.cohen@example.org", phone: "+12125550163", locale: "en",
			address1: "210 Bedford Avenue, Apt 3R", city: "Brooklyn", zip: "11249", province: "New York", provCode: "NY", country: "US"},
		{n: 23, first: "愛子", last: "鈴木", email: "aiko.suzuki@example.com", phone: "+819087654321", locale: "ja",
			address1: "北区梅田 3-1-3", city: "大阪市", zip: "530-0001", province: "Osaka", provCode: "JP-27", country: "JP"},
		{n: 24, first: "静", last: "陈", email: "chen.jing@mail.example", phone: "+6581234567", locale: "zh-CN",
			address1: "8 Marina Boulevard, #12-01", city: "Singapore", zip: "018981", country: "SG"},
		{n: 25, first: "Youssef", last: "Benali", email: "youssef.benali@example.net", phone: "+212612345678", locale: "ar",
			address1: "45 Boulevard d'Anfa", city: "Casablanca", zip: "20000", country: "MA"},
		{n: 26, first: "Inês", last: "Costa", email: "ines.costa@post.example", phone: "+351912345678", locale: "es",
			address1: "Rua Augusta 140", city: "Lisboa", zip: "1100-053", country: "PT"},
	}
}

// customerEpoch is when the oldest demo customer signed up.
var customerEpoch = time.Date(2024, time.May, 14, 10, 30, 0, 0, time.UTC)

// Customers returns the store's customers. Order counts and totals are those
// of the demo orders.
func Customers() []goshopify.Customer {
	specs := customerSpecs()
	// Totals do not depend on the clock, only on which orders exist, so any
	// reference time gives the same figures.
	stats := customerOrderStats(Orders(catalogEpoch.AddDate(2, 0, 0)))
	out := make([]goshopify.Customer, 0, len(specs))
	for _, s := range specs {
		out = append(out, s.customer(stats[customerID(s.n)]))
	}
	return out
}

func customerID(n uint64) uint64 { return customerIDBase + n }

type orderStats struct {
	count     int
	spent     decimal.Decimal
	lastID    uint64
	lastName  string
	lastOrder int
}

func customerOrderStats(orders []goshopify.Order) map[uint64]orderStats {
	out := map[uint64]orderStats{}
	for _, o := range orders {
		if o.Customer == nil {
			continue
		}
		st := out[o.Customer.Id]
		st.count++
		if o.CancelledAt == nil && o.CurrentTotalPrice != nil {
			st.spent = st.spent.Add(*o.CurrentTotalPrice)
		}
		if o.OrderNumber > st.lastOrder {
			st.lastOrder, st.lastID, st.lastName = o.OrderNumber, o.Id, o.Name
		}
		out[o.Customer.Id] = st
	}
	return out
}

func (s customerSpec) customer(st orderStats) goshopify.Customer {
	id := customerID(s.n)
	created := customerEpoch.Add(time.Duration(s.n) * 11 * 24 * time.Hour)
	c := goshopify.Customer{
		Id:                id,
		Email:             s.email,
		FirstName:         s.first,
		LastName:          s.last,
		State:             "enabled",
		VerifiedEmail:     s.email != "",
		Phone:             s.phone,
		Currency:          "EUR",
		AcceptsMarketing:  s.marketing,
		Tags:              joinTags(s.tags),
		OrdersCount:       st.count,
		TotalSpent:        dec(st.spent.Round(2)),
		LastOrderId:       st.lastID,
		LastOrderName:     st.lastName,
		CreatedAt:         ptrTime(created),
		UpdatedAt:         ptrTime(created.Add(36 * time.Hour)),
		AdminGraphqlApiId: fmt.Sprintf("gid://shopify/Customer/%d", id),
	}
	addr := s.customerAddress()
	c.DefaultAddress = &addr
	second := addr
	c.Addresses = []*goshopify.CustomerAddress{&second}
	return c
}

func (s customerSpec) customerAddress() goshopify.CustomerAddress {
	ci := countries[s.country]
	return goshopify.CustomerAddress{
		Id:           customerID(s.n) + 900000000,
		CustomerId:   customerID(s.n),
		FirstName:    s.first,
		LastName:     s.last,
		Address1:     s.address1,
		City:         s.city,
		Province:     s.province,
		ProvinceCode: s.provCode,
		Country:      ci.name,
		CountryCode:  s.country,
		CountryName:  ci.name,
		Zip:          s.zip,
		Phone:        s.phone,
		Name:         fullName(s.first, s.last, s.locale),
		Default:      true,
	}
}

// orderAddress is the customer's address in the shape orders carry.
func (s customerSpec) orderAddress() *goshopify.Address {
	ci := countries[s.country]
	return &goshopify.Address{
		FirstName:    s.first,
		LastName:     s.last,
		Name:         fullName(s.first, s.last, s.locale),
		Address1:     s.address1,
		City:         s.city,
		Province:     s.province,
		ProvinceCode: s.provCode,
		Country:      ci.name,
		CountryCode:  s.country,
		Zip:          s.zip,
		Phone:        s.phone,
	}
}

// fullName orders names as the customer's locale does: family name first in
// Japanese and Chinese.
func fullName(first, last, locale string) string {
	switch locale {
	case "ja", "zh-CN":
		return last + first
	}
	return first + " " + last
}

func joinTags(tags []string) string {
	out := ""
	for i, t := range tags {
		if i > 0 {
			out += ", "
		}
		out += t
	}
	return out
}
