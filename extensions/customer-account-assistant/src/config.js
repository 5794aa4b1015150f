// The app's public URL: the extension calls APP_URL + /ext/customer-account.
// Keep it equal to application_url in shopify.app.toml (a Go test checks
// it), as the Flow action's runtime_url is.
export const APP_URL = 'https://assistant.example.com';
