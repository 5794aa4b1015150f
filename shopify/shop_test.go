package shopify

import (
	"errors"
	"strings"
	"testing"
)

func TestValidShopDomain(t *testing.T) {
	tests := []struct {
		shop string
		want bool
	}{
		{"some-shop.myshopify.com", true},
		{"Some-Shop.MyShopify.com", true},
		{"shop1.myshopify.com", true},
		{"1shop.myshopify.com", true},
		{"", false},
		{"-shop.myshopify.com", false},
		{"shop.myshopify.com.evil.com", false},
		{"evil.com/shop.myshopify.com", false},
		{"shop.myshopify.com/", false},
		{"https://shop.myshopify.com", false},
		{"shop.myshopify.com:443", false},
		{"user@shop.myshopify.com", false},
		{"sub.shop.myshopify.com", false},
		{"shop_underscore.myshopify.com", false},
		{"shop.example.com", false},
		{"myshopify.com", false},
		{"shop.myshopify.com\n", false},
		{strings.Repeat("a", 300) + ".myshopify.com", false},
	}
	for _, tt := range tests {
		if got := ValidShopDomain(tt.shop); got != tt.want {
			t.Errorf("ValidShopDomain(%q) = %v, want %v", tt.shop, got, tt.want)
		}
	}
}

func TestNormalizeShop(t *testing.T) {
	tests := []struct {
		in, want string
		wantErr  bool
	}{
		{in: "some-shop.myshopify.com", want: "some-shop.myshopify.com"},
		{in: "  Some-Shop.MYSHOPIFY.com ", want: "some-shop.myshopify.com"},
		{in: "https://some-shop.myshopify.com/", want: "some-shop.myshopify.com"},
		{in: "http://some-shop.myshopify.com", want: "some-shop.myshopify.com"},
		{in: "some-shop", wantErr: true},
		{in: "https://evil.com", wantErr: true},
		{in: "https://some-shop.myshopify.com/admin", wantErr: true},
	}
	for _, tt := range tests {
		got, err := NormalizeShop(tt.in)
		if tt.wantErr {
			if !errors.Is(err, ErrInvalidShop) {
				t.Errorf("NormalizeShop(%q) error = %v, want ErrInvalidShop", tt.in, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("NormalizeShop(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
