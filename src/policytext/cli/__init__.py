"""The ``policytext`` command: a thin typer shell over the stages.

Each subcommand lives in its own module and calls plain functions from
the library; this package does I/O, progress, parallelism and errors.
"""

from __future__ import annotations

from .app import app, main

__all__ = ["app", "main"]
