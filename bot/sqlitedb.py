"""sqlite-utils, imported without numpy.

sqlite-utils imports numpy when it is installed, only to map numpy's number types to column
types; the bot never stores a numpy value, and numpy's libraries cost some 15 MB of resident
memory in the running bot (issue 16: a peak under 250 MB). numpy is hidden only while
sqlite-utils is first imported; a program that imported numpy before keeps it, and sqlite-utils
then maps its types as usual.
"""

from __future__ import annotations

import sys


def _import_without_numpy() -> None:
    """Import sqlite-utils with `import numpy` failing, unless numpy is already loaded."""
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # `import numpy` raises ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        del sys.modules["numpy"]


_import_without_numpy()

from sqlite_utils import Database  # noqa: E402
from sqlite_utils.db import Table  # noqa: E402
from sqlite_utils.migrations import Migrations  # noqa: E402

__all__ = ["Database", "Migrations", "Table"]
