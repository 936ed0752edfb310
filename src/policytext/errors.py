"""Exceptions the library raises; the CLI turns them into one-line messages."""


class PolicytextError(Exception):
    """Base class for errors about one input or one document."""


class InputError(PolicytextError):
    """An input cannot be read: missing, empty, binary, undecodable, malformed."""

    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class DocumentError(PolicytextError):
    """A stage gave up on one document (too large, a pattern that took too long)."""
