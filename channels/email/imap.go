package email

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// IMAPConfig is where a mailbox is read from.
type IMAPConfig struct {
	Addr     string // host:port
	Host     string
	Implicit bool // imaps: TLS from the first byte
	User     string
	Password string
	Mailbox  string
	// TLS overrides the client TLS configuration (tests); nil verifies
	// against Host.
	TLS *tls.Config
}

// ParseIMAPURL reads imaps://user:pass@host[:993][/Mailbox] (implicit TLS)
// or imap://user:pass@host[:143][/Mailbox] (STARTTLS, required except on
// loopback). The mailbox defaults to INBOX.
func ParseIMAPURL(raw string) (IMAPConfig, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return IMAPConfig{}, fmt.Errorf("email: IMAP URL: %w", err)
	}
	var c IMAPConfig
	port := ""
	switch u.Scheme {
	case "imaps":
		c.Implicit, port = true, "993"
	case "imap":
		port = "143"
	default:
		return IMAPConfig{}, fmt.Errorf("email: IMAP URL scheme %q: want imap or imaps", u.Scheme)
	}
	c.Host = u.Hostname()
	if c.Host == "" {
		return IMAPConfig{}, errors.New("email: IMAP URL has no host")
	}
	if p := u.Port(); p != "" {
		port = p
	}
	c.Addr = net.JoinHostPort(c.Host, port)
	if u.User == nil || u.User.Username() == "" {
		return IMAPConfig{}, errors.New("email: IMAP URL has no user")
	}
	c.User = u.User.Username()
	c.Password, _ = u.User.Password()
	c.Mailbox = strings.Trim(u.Path, "/")
	if c.Mailbox == "" {
		c.Mailbox = "INBOX"
	}
	return c, nil
}

// MailboxState is the read position in one mailbox: messages up to
// LastUID under UIDValidity were handled.
type MailboxState struct {
	UIDValidity uint32
	LastUID     uint32
}

// StateStore keeps the read position in the database so a restart (or
// another replica) continues where the last one stopped.
type StateStore interface {
	LoadMailboxState(ctx context.Context, accountID int64, mailbox string) (MailboxState, error)
	SaveMailboxState(ctx context.Context, accountID int64, mailbox string, st MailboxState) error
}

// RawHandler handles one message as fetched. An error wrapped with
// Permanent marks the message done anyway (it will never succeed); any
// other error stops the round and the message is fetched again later.
type RawHandler func(ctx context.Context, raw []byte) error

type permanentError struct{ err error }

func (p permanentError) Error() string { return p.err.Error() }
func (p permanentError) Unwrap() error { return p.err }

// Permanent marks err as one that retrying cannot fix.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return permanentError{err}
}

// IsPermanent reports an error marked with Permanent.
func IsPermanent(err error) bool {
	var p permanentError
	return errors.As(err, &p)
}

// Poller reads new mail from one IMAP mailbox: it fetches messages above
// the stored UID, hands each to Handle, marks it \Seen and advances the
// stored UID after each one, then waits with IDLE when the server has it
// (re-issued every IdleMax, below the 29 minutes of RFC 2177) or polls
// every Interval.
type Poller struct {
	AccountID int64
	Config    IMAPConfig
	State     StateStore
	Handle    RawHandler
	Interval  time.Duration // default 1 minute
	IdleMax   time.Duration // default 25 minutes
	Log       *slog.Logger
	// OnError reports a failed round (account health); nil ignores.
	OnError func(ctx context.Context, err error)
}

// Run polls until ctx ends, reconnecting with backoff after errors.
func (p *Poller) Run(ctx context.Context) error {
	backoff := time.Second
	for {
		err := p.session(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			p.logger().WarnContext(ctx, "imap session failed", "account", p.AccountID, "err", err)
			if p.OnError != nil {
				p.OnError(ctx, err)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(backoff):
			}
			backoff = min(backoff*2, 5*time.Minute)
			continue
		}
		backoff = time.Second
	}
}

// SyncOnce connects, handles every new message and disconnects; it
// returns how many messages were handled.
func (p *Poller) SyncOnce(ctx context.Context) (int, error) {
	c, _, err := p.connect(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	n, err := p.sync(ctx, c)
	if err == nil {
		err = c.Logout().Wait()
	}
	return n, err
}

// session is one connection: sync, then wait for news (IDLE or a poll
// interval), sync again… until an error or ctx ends. Without IDLE it
// returns after a poll so the connection is not held idle.
func (p *Poller) session(ctx context.Context) error {
	news := make(chan struct{}, 1)
	c, idle, err := p.connect(ctx, news)
	if err != nil {
		return err
	}
	defer c.Close()
	for {
		if _, err := p.sync(ctx, c); err != nil {
			return err
		}
		if !idle {
			_ = c.Logout().Wait()
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(p.interval()):
				return nil
			}
		}
		if err := p.idle(ctx, c, news); err != nil {
			return err
		}
		if ctx.Err() != nil {
			_ = c.Logout().Wait()
			return nil
		}
	}
}

func (p *Poller) idle(ctx context.Context, c *imapclient.Client, news <-chan struct{}) error {
	cmd, err := c.Idle()
	if err != nil {
		return fmt.Errorf("imap idle: %w", err)
	}
	idleMax := p.IdleMax
	if idleMax <= 0 {
		idleMax = 25 * time.Minute
	}
	t := time.NewTimer(idleMax)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-news:
	case <-t.C:
	case <-c.Closed():
		return errors.New("imap: connection closed during IDLE")
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("imap idle done: %w", err)
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("imap idle: %w", err)
	}
	return nil
}

func (p *Poller) interval() time.Duration {
	if p.Interval > 0 {
		return p.Interval
	}
	return time.Minute
}

func (p *Poller) logger() *slog.Logger {
	if p.Log != nil {
		return p.Log
	}
	return slog.Default()
}

// connect dials, logs in and selects the mailbox; idle reports IDLE
// support. news receives a signal when the server announces new mail.
func (p *Poller) connect(ctx context.Context, news chan struct{}) (c *imapclient.Client, idle bool, err error) {
	cfg := p.Config
	tlsConf := cfg.TLS
	if tlsConf == nil {
		tlsConf = &tls.Config{ServerName: cfg.Host, MinVersion: tls.VersionTLS12}
	}
	opts := &imapclient.Options{
		TLSConfig: tlsConf,
		Dialer:    &net.Dialer{Timeout: 30 * time.Second},
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil && news != nil {
					select {
					case news <- struct{}{}:
					default:
					}
				}
			},
		},
	}
	switch {
	case cfg.Implicit:
		c, err = imapclient.DialTLS(cfg.Addr, opts)
	case isLoopback(cfg.Host):
		// A local server (tests, a relay on the same host) may have
		// no TLS at all.
		c, err = imapclient.DialInsecure(cfg.Addr, opts)
	default:
		// Never send the password in clear text: STARTTLS or fail.
		c, err = imapclient.DialStartTLS(cfg.Addr, opts)
	}
	if err != nil {
		return nil, false, fmt.Errorf("imap dial %s: %w", cfg.Addr, err)
	}
	// A cancelled ctx closes the connection, which ends any command.
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer func() {
		if err != nil {
			stop()
			c.Close()
		}
	}()
	if err := c.WaitGreeting(); err != nil {
		return nil, false, fmt.Errorf("imap greeting: %w", err)
	}
	if err := c.Login(cfg.User, cfg.Password).Wait(); err != nil {
		return nil, false, fmt.Errorf("imap login: %w", err)
	}
	if _, err := c.Select(cfg.Mailbox, nil).Wait(); err != nil {
		return nil, false, fmt.Errorf("imap select %s: %w", cfg.Mailbox, err)
	}
	return c, c.Caps().Has(imap.CapIdle), nil
}

func isLoopback(h string) bool {
	if h == "localhost" {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// sync handles the messages above the stored UID.
//
// The first time a mailbox is seen, reading starts at the next UID: mail
// already there before the merchant connected it is theirs, not the
// assistant's. When the server's UIDVALIDITY changes (the mailbox was
// rebuilt, UIDs renumbered) the unseen messages are read again; the
// channel's dedupe on Message-ID keeps any already answered from being
// answered twice.
func (p *Poller) sync(ctx context.Context, c *imapclient.Client) (int, error) {
	mb := p.Config.Mailbox
	sel, err := c.Select(mb, nil).Wait()
	if err != nil {
		return 0, fmt.Errorf("imap select %s: %w", mb, err)
	}
	st, err := p.State.LoadMailboxState(ctx, p.AccountID, mb)
	if err != nil {
		return 0, fmt.Errorf("imap state: %w", err)
	}
	var uids []imap.UID
	switch {
	case st.UIDValidity == 0:
		next := uint32(sel.UIDNext)
		if next > 0 {
			next--
		}
		st = MailboxState{UIDValidity: sel.UIDValidity, LastUID: next}
		if err := p.State.SaveMailboxState(ctx, p.AccountID, mb, st); err != nil {
			return 0, fmt.Errorf("imap state: %w", err)
		}
		return 0, nil
	case st.UIDValidity != sel.UIDValidity:
		p.logger().WarnContext(ctx, "imap UIDVALIDITY changed: reading unseen mail again", "account", p.AccountID, "mailbox", mb)
		data, err := c.UIDSearch(&imap.SearchCriteria{NotFlag: []imap.Flag{imap.FlagSeen}}, nil).Wait()
		if err != nil {
			return 0, fmt.Errorf("imap search: %w", err)
		}
		uids = data.AllUIDs()
		st = MailboxState{UIDValidity: sel.UIDValidity}
	default:
		if sel.NumMessages == 0 || uint32(sel.UIDNext) != 0 && uint32(sel.UIDNext) <= st.LastUID+1 {
			return 0, nil
		}
		var set imap.UIDSet
		set.AddRange(imap.UID(st.LastUID+1), 0) // LastUID+1:*
		data, err := c.UIDSearch(&imap.SearchCriteria{UID: []imap.UIDSet{set}}, nil).Wait()
		if err != nil {
			return 0, fmt.Errorf("imap search: %w", err)
		}
		for _, u := range data.AllUIDs() {
			// "n:*" always matches the highest UID, even below n.
			if uint32(u) > st.LastUID {
				uids = append(uids, u)
			}
		}
	}
	sort.Slice(uids, func(i, j int) bool { return uids[i] < uids[j] })
	n := 0
	for _, uid := range uids {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		raw, err := fetchRaw(c, uid)
		if err != nil {
			return n, err
		}
		if raw != nil {
			if herr := p.Handle(ctx, raw); herr != nil {
				if !IsPermanent(herr) {
					return n, fmt.Errorf("imap message uid %d: %w", uid, herr)
				}
				p.logger().WarnContext(ctx, "imap message skipped", "account", p.AccountID, "uid", uid, "err", herr)
			}
			n++
		}
		if err := c.Store(imap.UIDSetNum(uid), &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagSeen}}, nil).Close(); err != nil {
			return n, fmt.Errorf("imap store \\Seen: %w", err)
		}
		if uint32(uid) > st.LastUID {
			st.LastUID = uint32(uid)
		}
		if err := p.State.SaveMailboxState(ctx, p.AccountID, mb, st); err != nil {
			return n, fmt.Errorf("imap state: %w", err)
		}
	}
	if len(uids) == 0 && st.UIDValidity == sel.UIDValidity {
		// A rebuilt mailbox with nothing unseen: remember the new
		// validity so the next round reads from here.
		if err := p.State.SaveMailboxState(ctx, p.AccountID, mb, st); err != nil {
			return n, fmt.Errorf("imap state: %w", err)
		}
	}
	return n, nil
}

// fetchRaw fetches one whole message without setting \Seen (BODY.PEEK[]);
// nil when the message is over MaxMessageBytes or gone.
func fetchRaw(c *imapclient.Client, uid imap.UID) ([]byte, error) {
	section := &imap.FetchItemBodySection{Peek: true}
	cmd := c.Fetch(imap.UIDSetNum(uid), &imap.FetchOptions{UID: true, RFC822Size: true, BodySection: []*imap.FetchItemBodySection{section}})
	defer cmd.Close()
	var raw []byte
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		for item := msg.Next(); item != nil; item = msg.Next() {
			if b, ok := item.(imapclient.FetchItemDataBodySection); ok && b.Literal != nil {
				if b.Literal.Size() > MaxMessageBytes {
					_, _ = io.Copy(io.Discard, b.Literal)
					continue
				}
				data, err := io.ReadAll(b.Literal)
				if err != nil {
					return nil, fmt.Errorf("imap fetch uid %d: %w", uid, err)
				}
				raw = data
			}
		}
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("imap fetch uid %d: %w", uid, err)
	}
	return raw, nil
}
