"""Error messages with codes, and the exceptions the CLI turns into exit codes.

Exit codes (documented in the README): 0 all documents processed, 1 runtime failure, 2 usage error (bad arguments,
bad pattern file or config), 3 finished but some documents failed (listed in the errors file).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3


class RiskEventsError(Exception):
    """Base class for errors shown to the user as a message, never as a traceback."""

    exit_code = EXIT_FAILURE


class UsageError(RiskEventsError):
    exit_code = EXIT_USAGE


class PatternError(UsageError):
    """A pattern file is malformed: names the file, the line and the reason."""

    def __init__(self, source: str, line: int | None, reason: str):
        self.source = source
        self.line = line
        self.reason = reason
        where = f"{source}:{line}" if line else source
        super().__init__(f"[P001] bad pattern in {where}: {reason}")


class InputError(RiskEventsError):
    """A document or input could not be read; the run goes on and lists it."""

    exit_code = EXIT_PARTIAL
