"""The core: the conversation as data and pure functions, free of any channel or storage."""
