FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 ANONYMIZED_TELEMETRY=False \
    CHROMA_PATH=/app/data/index STATE_PATH=/app/data/state.sqlite3
WORKDIR /app
# The CJK font for the career-ladder picture comes with the Python package paperang-p2-fonts-cjk;
# fonts-noto-cjk is a fallback the picture code also looks for.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-cache-dir .
COPY knowledge ./knowledge
COPY prompts ./prompts
# The index is built into the image; a volume on /app/data keeps state across restarts.
RUN advisor ingest --no-progress
RUN useradd --create-home advisor && chown -R advisor /app
USER advisor
CMD ["advisor", "run"]
