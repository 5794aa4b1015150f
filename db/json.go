package db

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
)

// JSON stores a Go value as JSON text in a TEXT column, so the same schema
// works on PostgreSQL and SQLite.
type JSON[T any] struct{ V T }

// NewJSON wraps v for storage.
func NewJSON[T any](v T) JSON[T] { return JSON[T]{V: v} }

// Value implements driver.Valuer.
func (j JSON[T]) Value() (driver.Value, error) {
	b, err := json.Marshal(j.V)
	if err != nil {
		return nil, fmt.Errorf("encode json column: %w", err)
	}
	return string(b), nil
}

// Scan implements sql.Scanner.
func (j *JSON[T]) Scan(src any) error {
	var b []byte
	switch s := src.(type) {
	case nil:
		var zero T
		j.V = zero
		return nil
	case string:
		b = []byte(s)
	case []byte:
		b = s
	default:
		return fmt.Errorf("decode json column: unsupported type %T", src)
	}
	if len(b) == 0 {
		var zero T
		j.V = zero
		return nil
	}
	if err := json.Unmarshal(b, &j.V); err != nil {
		return fmt.Errorf("decode json column: %w", err)
	}
	return nil
}

// MarshalJSON makes the wrapper transparent in API responses.
func (j JSON[T]) MarshalJSON() ([]byte, error) { return json.Marshal(j.V) }

// UnmarshalJSON makes the wrapper transparent in API requests.
func (j *JSON[T]) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, &j.V) }
