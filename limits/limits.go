// Package limits says, in one place, how long each kind of message may be
// and why. Lengths count runes (the characters a person counts), not bytes.
// TestNoLiteralMessageLimits fails when a handler checks a message length
// against a number of its own again.
package limits

const (
	// ShopperMessage bounds what a shopper sends from the storefront
	// widget (and the demo WhatsApp page) and the end-of-chat comment. The
	// app proxy refuses longer text with 413 instead of cutting it, so the
	// shopper knows; the widget's input has the same maxlength. A thousand
	// characters is several paragraphs in any script, far above a real
	// question, and keeps one message's NLU and search work small.
	ShopperMessage = 1000

	// EngineMessage is the most the assistant reads of one message from
	// any channel (email bodies, WhatsApp, Messenger, MCP agents); longer
	// text is truncated, not refused, because a mail or a WhatsApp message
	// cannot be sent back to be shortened. It is twice ShopperMessage so
	// nothing the widget accepts is ever cut.
	EngineMessage = 2000

	// AgentReply bounds one message a person at the shop writes to a
	// shopper: an inbox reply, a saved reply, a Shopify Flow "send shopper
	// message" action. 2000 is Messenger's text limit, the strictest
	// channel a reply may go to in one piece (WhatsApp allows 4096;
	// Instagram's 1000 is met by splitting).
	AgentReply = 2000

	// InternalNote bounds a note on a conversation (never shown to the
	// shopper): as long as a reply, so a note can quote one.
	InternalNote = AgentReply

	// AdminProbe bounds the knowledge page's test question: it plays a
	// shopper's question, so it is held to half a widget message, which
	// also keeps a merchant from running searches over pasted documents.
	AdminProbe = 500
)
