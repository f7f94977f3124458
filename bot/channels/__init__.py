"""Channels: each translates the core's screens to one platform's API, and nothing more."""
