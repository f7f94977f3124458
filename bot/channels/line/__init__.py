"""The LINE channel: the engine's screens as LINE messages, answered by reply token only."""
