"""Errors users see: one line naming the input and what is wrong."""


class SitrepError(Exception):
    """Base for errors that end in a one-line message, never a traceback (unless --debug)."""

    exit_code = 1


class StoreBusy(SitrepError):
    """Another process holds the store's write lock (DuckDB allows one writer and, while it
    writes, no other process at all). Its own exit code, so a script can wait and retry."""

    exit_code = 3

    def __init__(self, path: str, pid: int | None = None):
        holder = f" (pid {pid})" if pid is not None else ""
        super().__init__(f"store is busy: {path} is being written by another process{holder}; "
                         "retry when it has finished")
        self.path = path
        self.pid = pid


class InputError(SitrepError):
    """An input that cannot become a document. Other inputs go on."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason
