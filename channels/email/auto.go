package email

import (
	"mime"
	"strings"
)

// Automatic reports why a mail was sent by a machine and must not be
// answered (RFC 3834 Auto-Submitted, Precedence, the null Return-Path of
// bounces, vendor auto-reply headers, list mail, delivery and read reports,
// mailer-daemon senders), or "" for mail from a person. Answering any of
// these risks a mail loop or writing to nobody.
func Automatic(get headerGetter, from string) string {
	if v := strings.ToLower(strings.TrimSpace(get("Auto-Submitted"))); v != "" && v != "no" {
		return "auto-submitted: " + v
	}
	switch p := strings.ToLower(strings.TrimSpace(get("Precedence"))); p {
	case "bulk", "junk", "list", "auto_reply", "auto-reply":
		return "precedence: " + p
	}
	if rp := strings.ReplaceAll(get("Return-Path"), " ", ""); rp == "<>" {
		return "null return-path (bounce)"
	}
	for _, h := range []string{"X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply"} {
		if v := strings.ToLower(strings.TrimSpace(get(h))); v != "" && v != "no" && v != "false" {
			return strings.ToLower(h)
		}
	}
	// Exchange and Outlook mark their own out-of-office replies this way.
	if v := strings.ToLower(get("X-Auto-Response-Suppress")); strings.Contains(v, "all") || strings.Contains(v, "oof") || strings.Contains(v, "autoreply") {
		return "x-auto-response-suppress"
	}
	if get("List-Id") != "" || get("List-Unsubscribe") != "" {
		return "mailing list"
	}
	if mt, params, err := mime.ParseMediaType(get("Content-Type")); err == nil {
		if mt == "multipart/report" {
			return "report: " + params["report-type"]
		}
		if mt == "message/delivery-status" || mt == "message/disposition-notification" {
			return mt
		}
	}
	if isRobotSender(from) {
		return "robot sender"
	}
	return ""
}

// robotLocals are local parts that never belong to a person: bounces come
// from MAILER-DAEMON or postmaster, notifications from no-reply boxes.
var robotLocals = map[string]bool{
	"mailer-daemon": true, "postmaster": true, "mailerdaemon": true,
	"noreply": true, "no-reply": true, "no_reply": true, "donotreply": true, "do-not-reply": true, "do_not_reply": true,
	"bounce": true, "bounces": true,
}

func isRobotSender(addr string) bool {
	local, _, ok := strings.Cut(strings.ToLower(addr), "@")
	if !ok {
		return addr == "" || strings.EqualFold(addr, "mailer-daemon")
	}
	if robotLocals[local] {
		return true
	}
	// bounces+tag@, bounce-123@ (VERP) and no-reply+x@.
	for _, p := range []string{"bounce+", "bounces+", "bounce-", "bounces-", "noreply+", "no-reply+", "noreply-", "no-reply-"} {
		if strings.HasPrefix(local, p) {
			return true
		}
	}
	return false
}
