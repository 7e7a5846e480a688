"""The answering layer: understands a message in its conversation and decides the reply (engine, FAQ, extractive, optional LLM)."""
