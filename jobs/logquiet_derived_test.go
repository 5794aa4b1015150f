package jobs

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
)

// River logs through loggers it derives with With and WithGroup: the
// demotion must survive the derivation, or the repeated line comes back.
func TestQuietHandlerSurvivesDerivedLoggers(t *testing.T) {
	derive := map[string]func(*slog.Logger) *slog.Logger{
		"attrs":          func(l *slog.Logger) *slog.Logger { return l.With("queue", "default") },
		"group":          func(l *slog.Logger) *slog.Logger { return l.WithGroup("producer") },
		"group of attrs": func(l *slog.Logger) *slog.Logger { return l.With("a", 1).WithGroup("g").With("b", 2) },
	}
	for name, d := range derive {
		var buf bytes.Buffer
		log := d(slog.New(quietHandler{slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo})}))
		log.InfoContext(context.Background(), "producer: Producer job counts", "n", 3)
		if buf.Len() != 0 {
			t.Errorf("%s: producer counts logged at info: %s", name, buf.String())
		}
		log.InfoContext(context.Background(), "River client started")
		if !strings.Contains(buf.String(), "River client started") {
			t.Errorf("%s: other info lines lost: %q", name, buf.String())
		}
	}
}
