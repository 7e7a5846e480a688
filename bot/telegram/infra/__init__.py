"""Telegram plumbing: HTTP transport, delivery retries, per-chat ordering, state in SQLite, rate limits, admission, errors."""
