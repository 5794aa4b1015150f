package db

import (
	"reflect"
	"testing"
	"time"
)

// TestShopCloneSharesNothing fills every field of a shop with non-zero
// values by reflection, clones it, and walks both: no slice, map or pointer
// of the clone may point where the original's does. A field added to Shop
// or Settings without a deep copy in Clone fails here.
func TestShopCloneSharesNothing(t *testing.T) {
	var orig Shop
	fill(reflect.ValueOf(&orig).Elem())
	cp := orig.Clone()
	if !reflect.DeepEqual(&orig, cp) {
		t.Fatalf("clone differs from the original:\n%+v\n%+v", orig, *cp)
	}
	shared(t, "Shop", reflect.ValueOf(orig), reflect.ValueOf(*cp))
	if (*Shop)(nil).Clone() != nil {
		t.Error("nil shop cloned to non-nil")
	}
}

// fill sets every settable field reachable from v to a non-zero value, so
// that every slice, map and pointer exists.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Unix(1_700_000_000, 0).UTC()))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i))
			}
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0))
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k)
		fill(e)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1)
	}
}

// shared reports every reference in b that aliases the same one in a.
func shared(t *testing.T, path string, a, b reflect.Value) {
	t.Helper()
	switch a.Kind() {
	case reflect.Struct:
		if a.Type() == reflect.TypeFor[time.Time]() {
			return // a value; its location pointer is never written
		}
		for i := range a.NumField() {
			if a.Type().Field(i).IsExported() {
				shared(t, path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i))
			}
		}
	case reflect.Pointer, reflect.Map:
		if !a.IsNil() && a.Pointer() == b.Pointer() {
			t.Errorf("%s is shared between a shop and its clone", path)
		}
		if a.Kind() == reflect.Pointer && !a.IsNil() && !b.IsNil() {
			shared(t, path, a.Elem(), b.Elem())
		}
	case reflect.Slice:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			t.Errorf("%s is shared between a shop and its clone", path)
		}
		for i := range min(a.Len(), b.Len()) {
			shared(t, path+"[]", a.Index(i), b.Index(i))
		}
	}
}
