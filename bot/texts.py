"""Fixed texts and templates from `prompts/`: one file per language and purpose.

`prompts/<lang>/<purpose>.yaml` maps keys to strings with `{placeholders}`;
`prompts/<lang>/<purpose>.txt` is a single template (e.g. the LLM system prompt).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class TemplateError(KeyError):
    pass


class Templates:
    def __init__(self, prompts_dir: Path):
        self.prompts_dir = Path(prompts_dir)
        self._cache: dict[tuple[str, str], Any] = {}

    def _load(self, lang: str, purpose: str) -> Any:
        key = (lang, purpose)
        if key not in self._cache:
            base = self.prompts_dir / lang
            yaml_path, txt_path = base / f"{purpose}.yaml", base / f"{purpose}.txt"
            if yaml_path.exists():
                self._cache[key] = yaml.safe_load(yaml_path.read_text(encoding="utf-8")) or {}
            elif txt_path.exists():
                self._cache[key] = txt_path.read_text(encoding="utf-8")
            else:
                raise TemplateError(f"no prompt file {lang}/{purpose}(.yaml|.txt) in {self.prompts_dir}")
        return self._cache[key]

    def text(self, lang: str, purpose: str, key: str | None = None, **values: Any) -> str:
        """The template `key` of `prompts/<lang>/<purpose>`, formatted with `values`."""
        data = self._load(lang, purpose)
        if key is not None:
            try:
                data = data[key]
            except (KeyError, TypeError):
                raise TemplateError(f"no key {key!r} in prompts/{lang}/{purpose}") from None
        if not isinstance(data, str):
            raise TemplateError(f"prompts/{lang}/{purpose}:{key} is not a string")
        return data.format(**values) if values else data

    def opening(self, lang: str, purpose: str, key: str) -> str:
        """The template `key`'s fixed opening, up to its first placeholder (all of it when it has none): what a
        reply made from it starts with, whatever is filled in."""
        return self.text(lang, purpose, key).partition("{")[0]

    def data(self, lang: str, purpose: str) -> Any:
        """The whole parsed file, for lists (e.g. example questions, button labels)."""
        return self._load(lang, purpose)
