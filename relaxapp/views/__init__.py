"""Read models: what a page shows, read from the log into plain, typed values.

Qt-free; pages render these and never query the log themselves. Each function raises
``StoreError`` (re-exported here, so a page need not know the storage layer) when the log
cannot be read.
"""

from relaxapp.storage.errors import StoreError

__all__ = ["StoreError"]
