"""Loading the per-language word lists that drive extraction.

Words live in TOML files under ``recon/lexicons/<lang>/`` (numbers, units,
fields, months, entities, …), never in code, in the manner of dateparser's
language data.  Users extend or override them without touching code:

* :func:`add_lexicon_path` (or the ``RECON_LEXICON_PATH`` environment
  variable, ``os.pathsep``-separated) names folders holding files of the same
  names; their tables are *merged over* the built-in ones: a key present in
  the user file replaces the built-in key, lists under the special key
  ``extend`` are appended.
* :func:`load` returns the merged data; results are cached, and
  :func:`add_lexicon_path` clears that cache.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from recon.errors import LexiconError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

__all__ = ["add_lexicon_path", "clear_cache", "lexicon_paths", "load", "word_set"]

_user_paths: list[Path] = []


def lexicon_paths() -> list[Path]:
    """User lexicon folders, in the order they are merged (later wins)."""
    env = [Path(p) for p in os.environ.get("RECON_LEXICON_PATH", "").split(os.pathsep) if p]
    return env + list(_user_paths)


def add_lexicon_path(path: str | os.PathLike[str]) -> None:
    """Merge the lexicon files in folder ``path`` over the built-in ones.

    The folder holds ``<lang>/<name>.toml`` files (e.g. ``ar/fields.toml``).
    """
    p = Path(path)
    if not p.is_dir():
        raise LexiconError("lexicon path is not a folder", path=p)
    _user_paths.append(p)
    clear_cache()


def clear_cache() -> None:
    """Forget loaded lexicons (after editing files at run time)."""
    _load_cached.cache_clear()
    for hook in _on_clear:
        hook()


_on_clear: list[Any] = []


def on_clear(hook: Any) -> None:
    """Register a callable run whenever lexicons are reloaded (for derived caches)."""
    _on_clear.append(hook)


def _read(path: Path | Any, label: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(f"malformed TOML: {e}", path=label) from None
    except (OSError, UnicodeDecodeError) as e:
        raise LexiconError(f"cannot read: {e}", path=label) from None
    return data


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        if k == "extend" and isinstance(v, Mapping):
            for ek, ev in v.items():
                if not isinstance(ev, list):
                    raise LexiconError("values under 'extend' must be lists", entry=ek)
                old = out.get(ek, [])
                if not isinstance(old, list):
                    raise LexiconError("'extend' target is not a list", entry=ek)
                out[ek] = old + ev
        elif isinstance(v, Mapping) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


@cache
def _load_cached(lang: str, name: str, paths: tuple[Path, ...]) -> dict[str, Any]:
    ref = resources.files("recon") / "lexicons" / lang / f"{name}.toml"
    if not ref.is_file():
        raise LexiconError(f"no built-in lexicon {lang}/{name}.toml")
    data = _read(ref, f"recon/lexicons/{lang}/{name}.toml")
    for p in paths:
        f = p / lang / f"{name}.toml"
        if f.is_file():
            data = _merge(data, _read(f, str(f)))
    return data


def load(name: str, lang: str = "ar") -> dict[str, Any]:
    """The lexicon ``name`` for ``lang``: built-in data with user files merged over it.

    The returned dict is shared; treat it as read-only.
    """
    return _load_cached(lang, name, tuple(lexicon_paths()))


@cache
def word_set(name: str, key: str, lang: str = "ar") -> frozenset[str]:
    """The matching keys of the word list ``key`` of lexicon ``name``, for
    membership tests; remembered until lexicons are reloaded."""
    from recon.normalise import key_set

    return key_set(str(w) for w in load(name, lang).get(key, []))


on_clear(word_set.cache_clear)
