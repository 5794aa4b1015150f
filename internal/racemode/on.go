//go:build race

package racemode

// On is true in a binary built with -race.
const On = true
