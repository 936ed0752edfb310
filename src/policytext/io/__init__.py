"""Reading inputs into records and writing records and facts out."""

from .read import decode_bytes, iter_inputs, read_inputs
from .write import write_jsonl

__all__ = ["decode_bytes", "iter_inputs", "read_inputs", "write_jsonl"]
