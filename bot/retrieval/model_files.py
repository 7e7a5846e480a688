"""Files in a cache folder named by what they were made from (trained models, vectors, derived state):
written atomically, because two processes may build the same file at once, and the older files of the
same kind removed once the new one is in place."""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """`write(tmp)` writes the content to a file of this process and thread; it then replaces `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp{path.suffix}")
    write(tmp)
    tmp.replace(path)


def remove_older(path: Path, pattern: str) -> None:
    """Every other finished file matching `pattern` beside `path` (files being written are left alone)."""
    for old in path.parent.glob(pattern):
        if old != path and ".tmp." not in old.name:
            old.unlink(missing_ok=True)
