"""The retrieval layer: finds the chunks and FAQ entries that answer a question (dense + keyword, per language)."""
