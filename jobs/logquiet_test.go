package jobs

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
)

func TestQuietHandlerDemotesProducerCounts(t *testing.T) {
	tests := []struct {
		level slog.Level
		msg   string
		want  bool
	}{
		{slog.LevelInfo, "producer: Producer job counts", false},
		{slog.LevelInfo, "River client started", true},
		{slog.LevelWarn, "producer: Producer job counts", true},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		log := slog.New(quietHandler{slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo})}).With("component", "river")
		log.Log(context.Background(), tt.level, tt.msg)
		if got := strings.Contains(buf.String(), tt.msg); got != tt.want {
			t.Errorf("%s %q logged = %v, want %v: %s", tt.level, tt.msg, got, tt.want, buf.String())
		}
	}
	var buf bytes.Buffer
	log := slog.New(quietHandler{slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})})
	log.Info("producer: Producer job counts")
	if !strings.Contains(buf.String(), "level=DEBUG") {
		t.Errorf("at debug level the line is kept as debug: %s", buf.String())
	}
}
