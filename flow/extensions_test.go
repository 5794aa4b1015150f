package flow_test

import (
	"net/url"
	"path/filepath"
	"slices"
	"testing"

	"github.com/BurntSushi/toml"

	"shopassist/flow"
)

type extensionFile struct {
	Extensions []struct {
		Type       string `toml:"type"`
		Handle     string `toml:"handle"`
		RuntimeURL string `toml:"runtime_url"`
	} `toml:"extensions"`
}

// TestExtensionsMatchCode: the Flow extensions the app deploys declare the
// handles the code fires and serves, and the action's runtime_url is this
// app's route on its application_url host.
func TestExtensionsMatchCode(t *testing.T) {
	var app struct {
		ApplicationURL string `toml:"application_url"`
	}
	if _, err := toml.DecodeFile("../shopify.app.toml", &app); err != nil {
		t.Fatal(err)
	}
	appURL, err := url.Parse(app.ApplicationURL)
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../extensions/flow-*/shopify.extension.toml")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range files {
		var ext extensionFile
		if _, err := toml.DecodeFile(f, &ext); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, e := range ext.Extensions {
			got[e.Handle] = e.Type
			if e.Type != "flow_action" {
				continue
			}
			u, err := url.Parse(e.RuntimeURL)
			if err != nil || u.Host != appURL.Host || u.Path != "/flow/actions/"+e.Handle {
				t.Errorf("%s: runtime_url %q, want %s://%s/flow/actions/%s", f, e.RuntimeURL, appURL.Scheme, appURL.Host, e.Handle)
			}
		}
	}
	want := map[string]string{flow.HandleHandedOff: "flow_trigger", flow.HandleDeliveryAtRisk: "flow_trigger",
		flow.HandleSendShopperMessage: "flow_action"}
	for h, typ := range want {
		if got[h] != typ {
			t.Errorf("extension %s: type %q, want %q", h, got[h], typ)
		}
	}
	if len(got) != len(want) {
		keys := make([]string, 0, len(got))
		for k := range got {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		t.Errorf("Flow extensions %v, want exactly %d", keys, len(want))
	}
}
