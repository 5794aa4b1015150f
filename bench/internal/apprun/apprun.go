// Package apprun runs the app as a subprocess for the benchmark programs
// under bench/: build it once, start it on a loopback port, wait for
// /readyz, kill it with SIGKILL or stop it with SIGTERM.
package apprun

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"shopassist/db"
	"shopassist/shopify"
	"shopassist/webhooks"
)

// Build compiles the app (run from the repository root) into dir.
func Build(dir string) (string, error) {
	bin := filepath.Join(dir, "shopassist")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		return "", fmt.Errorf("build app: %v\n%s", err, out)
	}
	return bin, nil
}

// Proc is one app process.
type Proc struct {
	Bin, Base, LogPath string
	Env                []string
	cmd                *exec.Cmd
	exited             chan error
}

// New prepares a process listening on a free loopback port; env is added
// to this process's environment (PORT and HOST are set here).
func New(bin, logPath string, env ...string) (*Proc, error) {
	port, err := FreePort()
	if err != nil {
		return nil, err
	}
	env = append(append(os.Environ(), env...), "HOST=127.0.0.1", "PORT="+strconv.Itoa(port))
	return &Proc{Bin: bin, Base: "http://127.0.0.1:" + strconv.Itoa(port), LogPath: logPath, Env: env}, nil
}

// Launch starts the process without waiting for it to be ready.
func (p *Proc) Launch() error {
	log, err := os.OpenFile(p.LogPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	p.cmd = exec.Command(p.Bin)
	p.cmd.Env = p.Env
	p.cmd.Stdout, p.cmd.Stderr = log, log
	if err := p.cmd.Start(); err != nil {
		return fmt.Errorf("start app: %w", err)
	}
	p.exited = make(chan error, 1)
	go func() { p.exited <- p.cmd.Wait(); log.Close() }()
	return nil
}

// WaitReady polls /readyz until it answers 200.
func (p *Proc) WaitReady(limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		res, err := http.Get(p.Base + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case err := <-p.exited:
			return fmt.Errorf("app exited during start (%v); log: %s", err, p.LogPath)
		case <-time.After(50 * time.Millisecond):
		}
	}
	return fmt.Errorf("app not ready after %s; log: %s", limit, p.LogPath)
}

// Start launches the process and waits until it is ready.
func (p *Proc) Start() error {
	if err := p.Launch(); err != nil {
		return err
	}
	return p.WaitReady(60 * time.Second)
}

// Kill ends the process with SIGKILL (a crash).
func (p *Proc) Kill() error {
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		return fmt.Errorf("kill app: %w", err)
	}
	<-p.exited
	return nil
}

// Term sends SIGTERM and returns the exit code.
func (p *Proc) Term(limit time.Duration) (int, error) {
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return 0, fmt.Errorf("stop app: %w", err)
	}
	select {
	case <-p.exited:
		return p.cmd.ProcessState.ExitCode(), nil
	case <-time.After(limit):
		_ = p.cmd.Process.Kill()
		return -1, errors.New("app did not stop after SIGTERM")
	}
}

// FreePort asks the kernel for an unused loopback port.
func FreePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// PostWebhook delivers one signed webhook; true when acknowledged (200).
func PostWebhook(client *http.Client, base, shop, topic, webhookID, secret string, body []byte) bool {
	req, err := http.NewRequest(http.MethodPost, base+"/webhooks", bytes.NewReader(body))
	if err != nil {
		return false
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(webhooks.HeaderTopic, topic)
	req.Header.Set(webhooks.HeaderShop, shop)
	req.Header.Set(webhooks.HeaderWebhookID, webhookID)
	req.Header.Set(webhooks.HeaderHMAC, shopify.WebhookHMAC(body, secret))
	res, err := client.Do(req)
	if err != nil {
		return false
	}
	defer res.Body.Close()
	return res.StatusCode == http.StatusOK
}

// WaitProcessed polls until at least n webhook events are stored and none
// is still "received", or the deadline passes.
func WaitProcessed(ctx context.Context, store *db.Store, n int, deadline time.Time) error {
	for {
		var stored, received int
		if err := store.SQLDB().QueryRowContext(ctx, `SELECT COUNT(*), COUNT(*) FILTER (WHERE status = 'received')
			FROM webhook_events`).Scan(&stored, &received); err != nil {
			return err
		}
		if stored >= n && received == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("timed out: %d stored, %d still received", stored, received)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
