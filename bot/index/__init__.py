"""The index layer: embeds knowledge chunks and keeps them in Chroma, built atomically by `ingest`."""
