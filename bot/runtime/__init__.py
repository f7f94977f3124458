"""Running the bot: settings, safe logs, counts, the last good files, reload, serve."""
