#!/usr/bin/env bash
# Train the built-in type classifier and proposer (src/frontwatch/data/typer/, data/proposer/) on our own development sets: texts
# written for this project (docs/devset.md), never licensed data. The blind sets and the held-out set
# stay out of training, so they still measure the whole coder; the validation sets choose the
# threshold above which the model may re-type the rules' main event (docs/train.md).
# Run again after a training or validation set changes; the same files give the same weights.
set -euo pipefail
cd "$(dirname "$0")/.."
d=examples/devset
# the examples and every read set: the first sets, and the fifth to twelfth rounds (blind when written,
# read since; docs/devset.md)
train=(
    examples/gold.jsonl
    "$d/news_dev.jsonl"
    "$d/wide_africa.jsonl"
    "$d/wide_americas_asia_europe.jsonl"
    "$d/wide_latin_america_europe_caucasus.jsonl"
    "$d/wide_south_southeast_asia_pacific.jsonl"
    "$d/wide_rare_conflicts.jsonl"
    "$d/wide_wire_background_first.jsonl"
    "$d/wide_one_sentence_regional_press.jsonl"
    "$d/wide_notes_other_conflicts.jsonl"
    "$d/wide_fifth_round_world.jsonl"
    "$d/wide_sixth_round_world.jsonl"
    "$d/wide_seventh_round_world.jsonl"
    "$d/wide_eighth_round_world.jsonl"
    "$d/wide_ninth_round_world.jsonl"
    "$d/wide_tenth_round_world.jsonl"
    "$d/wide_eleventh_round_world.jsonl"
    "$d/wide_twelfth_round_world.jsonl"
)
# written after the rules were last tuned and scored once before anyone read them (docs/devset.md)
validate=(
    "$d/wide_news_mixed_wire.jsonl"
    "$d/wide_briefs_many_outlets.jsonl"
)
# news that mostly reports no event, and events in wordings no keyword rule knows: they weigh the
# proposer's false alarms (the type classifier only re-types events the rules found)
quiet=(
    "$d/quiet_news_validation.jsonl"
)
args=()
quiet_args=()
for f in "${train[@]}"; do args+=(--gold "$f"); done
for f in "${validate[@]}"; do args+=(--validate "$f"); done
# the type classifier re-types the rules' main event; the proposer, which also learns the sentences that
# report no event, proposes one where no trigger rule fires
.venv/bin/frontwatch train "${args[@]}" --holdout 0.1 --epochs 40 --out src/frontwatch/data/typer "$@"
for f in "${quiet[@]}"; do quiet_args+=(--validate "$f"); done
.venv/bin/frontwatch train "${args[@]}" "${quiet_args[@]}" --holdout 0.1 --epochs 40 --propose \
    --out src/frontwatch/data/proposer "$@"
