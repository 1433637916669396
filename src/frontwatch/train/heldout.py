"""The held-out rows of a trained model, recomputed from its training file and manifest, so that the
rules and the model can be scored on exactly the rows the model never saw."""

from __future__ import annotations

from pathlib import Path

from frontwatch.errors import CorruptClassifier, SplitMismatch
from frontwatch.train.data import file_sha256, read_labelled
from frontwatch.train.model_dir import read_manifest
from frontwatch.train.split import stratified_split


def heldout_ids(model_dir: Path, acled: Path) -> frozenset[str]:
    """Document ids of the ACLED rows the model at `model_dir` held out; `acled` must be its training file."""
    manifest = read_manifest(model_dir)
    try:
        sources = [str(s["sha256"]) for s in manifest["sources"]]
        holdout, seed = float(manifest["split"]["holdout"]), int(manifest["split"]["seed"])
    except (KeyError, TypeError, ValueError) as exc:
        raise CorruptClassifier(f"{model_dir}: the manifest lacks its split or sources ({exc})") from exc
    if sources != [file_sha256(acled)]:
        raise SplitMismatch(f"the model at {model_dir} was not trained on {acled} alone")
    examples = read_labelled(acled=acled).examples
    split = stratified_split([e.label for e in examples], holdout, seed)
    return frozenset(examples[n].doc_id for n in split.heldout)
