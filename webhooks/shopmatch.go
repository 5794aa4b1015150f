package webhooks

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// errPayloadShop marks a signed body that names another shop than the
// X-Shopify-Shop-Domain header (or none).
var errPayloadShop = errors.New("payload shop does not match " + HeaderShop)

// payloadShopField names, per topic, the body field holding the shop's
// myshopify domain. These topics act on the whole shop or on a customer's
// personal data, and the HMAC covers only the body: without this check a
// captured signed body could be replayed under another shop's header and
// uninstall, redact or export that shop. (app/uninstalled delivers the shop
// object, whose "domain" may be a custom domain; "myshopify_domain" is the
// one the header carries.)
var payloadShopField = map[string]string{
	TopicAppUninstalled:       "myshopify_domain",
	TopicShopRedact:           "shop_domain",
	TopicCustomersRedact:      "shop_domain",
	TopicCustomersDataRequest: "shop_domain",
}

// checkPayloadShop requires the shop named in body to be headerShop for the
// topics listed in payloadShopField; other topics pass unchecked.
func checkPayloadShop(topic, headerShop string, body []byte) error {
	field, ok := payloadShopField[topic]
	if !ok {
		return nil
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil {
		return fmt.Errorf("%w: body is not an object", errPayloadShop)
	}
	var named string
	if raw, ok := fields[field]; !ok || json.Unmarshal(raw, &named) != nil || strings.TrimSpace(named) == "" {
		return fmt.Errorf("%w: no %s in the body", errPayloadShop, field)
	}
	if !strings.EqualFold(strings.TrimSpace(named), headerShop) {
		return fmt.Errorf("%w: body names %q", errPayloadShop, named)
	}
	return nil
}
