package db

// The erasure test (package db_test) compares these with the catalog.
var (
	ShopTables   = shopTables
	DomainTables = domainTables
)
