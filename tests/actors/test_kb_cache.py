"""The packaged actor knowledge is indexed once per machine and unpickled after that."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import knowledge as kb

pytestmark = pytest.mark.slow


def test_the_second_load_reads_the_cache_and_gives_a_fresh_snapshot(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = kb.load_actor_knowledge(cache_dir=tmp_path)
    assert list(tmp_path.glob("actors-*.pickle"))

    def no_build(data_dir: Path) -> kb.ActorKnowledge:
        raise AssertionError("the cache should have been read")

    monkeypatch.setattr(kb, "build_actor_knowledge", no_build)
    second = kb.load_actor_knowledge(cache_dir=tmp_path)
    assert second is not first and second.version == first.version == kb.snapshot_version()
    assert second.lookup(("india",)) == first.lookup(("india",))


def test_a_corrupt_or_stale_cache_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / f"actors-{kb.snapshot_version()}.pickle"
    path.write_bytes(b"not a pickle")
    assert kb.load_actor_knowledge(cache_dir=tmp_path).lookup(("india",))
    stale = kb.ActorKnowledge(version="an older build")
    from eventwire.cache import write_pickle

    write_pickle(stale, path, "actor knowledge")
    assert kb.load_actor_knowledge(cache_dir=tmp_path).version == kb.snapshot_version()


def test_an_unwritable_cache_folder_still_gives_the_knowledge(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert kb.load_actor_knowledge(cache_dir=blocker / "sub").lookup(("india",))


def test_the_role_nouns_alone_are_those_of_the_whole_knowledge(tmp_path: Path) -> None:
    """Stages outside the actors stage read the role nouns without a second copy of the base."""
    roles = kb.packaged_roles()
    assert roles == kb.load_actor_knowledge(cache_dir=tmp_path).roles
    assert "demonstrators" in roles and "prisoners" in roles
