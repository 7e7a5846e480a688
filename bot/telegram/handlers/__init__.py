"""Telegram update handlers: thin callbacks that read `context.services` and call the answering layer."""
