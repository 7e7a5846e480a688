"""Issue 9, point 4: dropped collections leave nothing on disk. Chroma's delete_collection keeps the
collection's vector folder; every ingest that changed the index used to leave one behind."""
from __future__ import annotations

import uuid

from bot.index.health import vector_segment_dirs
from bot.index.ingest import ingest
from tests.reliability_support import change_knowledge, private_copy


def vector_folders(settings) -> set[str]:
    def is_segment(name: str) -> bool:
        try:
            return str(uuid.UUID(name)) == name
        except ValueError:
            return False

    return {p.name for p in settings.chroma_path.iterdir() if p.is_dir() and is_segment(p.name)}


def size_mb(folder) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def test_six_changes_leave_only_the_active_and_previous_folders(test_settings, built_index, tmp_path, advisor):
    settings = private_copy(test_settings, tmp_path)
    sizes = [size_mb(settings.chroma_path)]
    for number in range(1, 7):
        change_knowledge(settings, number)
        report = ingest(settings, progress=False, embedder=advisor.embedder)
        assert report.changed
        sizes.append(size_mb(settings.chroma_path))
    folders = vector_folders(settings)
    owners = vector_segment_dirs(settings.chroma_path)
    assert folders <= set(owners), "every folder belongs to a collection that still exists"
    assert len(folders) <= 2, f"{len(folders)} vector folders after 6 changes (active + previous expected)"
    print(f"\nvector folders after 6 changes: {len(folders)}; index size per change (MB): "
          + " -> ".join(f"{mb:.1f}" for mb in sizes))
    # What we control is the vector folders: two (active + previous), however many changes. The rest
    # is Chroma's SQLite file holding those two collections; its free pages are reused (it levels off
    # at about 31 MB for this knowledge base over 14 changes).
    one_folder = max(size_mb(settings.chroma_path / name) for name in folders)
    assert sum(size_mb(settings.chroma_path / name) for name in folders) <= 2.2 * one_folder
