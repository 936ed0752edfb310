"""Import every subcommand module so that each registers itself on ``app``."""

from . import clean, convert, segment, numbers, targets, extract, evaluate  # noqa: F401
