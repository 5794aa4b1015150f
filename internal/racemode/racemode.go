// Package racemode tells whether the binary was built with the race
// detector. The whole-set evaluations (fact sets, intent sets) are
// measurements, not concurrency tests: under -race they cost several times
// the CPU and prove nothing more, so they skip there and .ci/run runs them
// in a separate step without -race.
package racemode

// SkipReason is the message the measurements skip with under -race.
const SkipReason = "whole-set measurement: skipped under -race; .ci/run runs it without -race"
