// Package views holds the embedded admin's templ components. The generated
// *_templ.go files are committed so `go build` needs no templ CLI; a test
// fails when they are stale.
package views

//go:generate go tool templ generate
