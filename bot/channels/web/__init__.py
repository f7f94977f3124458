"""The web chat: the same flows in any browser, server-rendered, no account and no cookies."""
