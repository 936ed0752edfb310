"""The whole chain in one call: clean -> convert -> extract-numbers -> extract-targets.

``extract`` returns the record with ``numbers`` and ``targets``;
``facts`` flattens it into the one-fact-per-line form of ``policytext extract``,
each fact carrying ``doc`` (the record id) and ``source``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .clean import CleanConfig, clean
from .convert import ConvertConfig, convert
from .numbers import NumbersConfig, extract_numbers
from .record import as_record
from .targets import TargetsConfig, extract_targets


@dataclass(frozen=True)
class ExtractConfig:
    """Configs of the stages ``extract`` runs; segmentation only when ``segment`` is set."""

    clean: CleanConfig = field(default_factory=CleanConfig)
    convert: ConvertConfig = field(default_factory=ConvertConfig)
    numbers: NumbersConfig = field(default_factory=NumbersConfig)
    targets: TargetsConfig = field(default_factory=TargetsConfig)
    segment: object | None = None


def prepare(config: ExtractConfig = ExtractConfig()) -> None:
    """Build what every stage of the chain loads once per process (tables, patterns, the OpenCC
    converter; the segmentation model when ``segment`` is set): before documents flow, and before a
    pool forks, so its workers share it.  Without it all of this loads on first use."""
    from .clean import prepare as prepare_clean
    from .convert import prepare as prepare_convert
    from .targets import prepare as prepare_targets

    prepare_clean()
    prepare_convert(config.convert)
    prepare_targets()
    if config.segment is not None:
        from .segment import load_model

        load_model(config.segment)


def extract(record: dict | str, config: ExtractConfig = ExtractConfig()) -> dict:
    record = as_record(record)
    record = clean(record, config.clean)
    record = convert(record, config.convert)
    if config.segment is not None:
        from .segment import segment

        record = segment(record, config.segment)
    record = extract_numbers(record, config.numbers)
    return extract_targets(record, config.targets)


def facts(record: dict) -> list[dict]:
    """The number and target facts of an extracted record, one dict per line of output."""
    head = {"doc": record.get("id"), "source": record.get("source")}
    return [{**head, **fact} for fact in (record.get("numbers") or []) + (record.get("targets") or [])]
