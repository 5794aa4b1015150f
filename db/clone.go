package db

import (
	"maps"
	"slices"
	"time"
)

// Clone returns a copy of the shop that shares no memory with it: caches
// hand out shop rows, and a caller that edits its copy's settings, locales
// or token bytes must not change what the next caller reads.
// TestShopCloneSharesNothing fails when a field is added that this misses.
func (s *Shop) Clone() *Shop {
	if s == nil {
		return nil
	}
	cp := *s
	cp.Locales.V = slices.Clone(s.Locales.V)
	cp.AccessTokenEnc = slices.Clone(s.AccessTokenEnc)
	cp.RefreshTokenEnc = slices.Clone(s.RefreshTokenEnc)
	cp.TokenExpiresAt = cloneTime(s.TokenExpiresAt)
	cp.RefreshTokenExpiresAt = cloneTime(s.RefreshTokenExpiresAt)
	cp.InstalledAt = cloneTime(s.InstalledAt)
	cp.UninstalledAt = cloneTime(s.UninstalledAt)
	cp.Settings.V = s.Settings.V.Clone()
	return &cp
}

// Clone returns a copy of the settings that shares no slice or map with
// them.
func (s Settings) Clone() Settings {
	s.Languages = slices.Clone(s.Languages)
	s.Widget.LauncherLabel = maps.Clone(s.Widget.LauncherLabel)
	s.Widget.Greeting = maps.Clone(s.Widget.Greeting)
	s.BusinessHours.Days = maps.Clone(s.BusinessHours.Days)
	s.BusinessHours.OfflineMessage = maps.Clone(s.BusinessHours.OfflineMessage)
	return s
}

func cloneTime(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	c := *t
	return &c
}
