"""Errors users see: one line naming the input and what is wrong."""


class SitrepError(Exception):
    """Base for errors that end in a one-line message, never a traceback (unless --debug)."""


class InputError(SitrepError):
    """An input that cannot become a document. Other inputs go on."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason
