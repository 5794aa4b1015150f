// Package racemode tells whether the binary was built with the race
// detector. The whole-set evaluations (fact sets, intent sets), the answer
// tables that ask one message at a time, and the index-against-scan
// comparisons are not concurrency tests: under -race they cost ten times
// the CPU and prove nothing more, so they skip there and .ci/run runs them
// in a separate step without -race.
package racemode

// SkipReason is the message the measurements skip with under -race.
const SkipReason = "whole-set measurement: skipped under -race; .ci/run runs it without -race"
