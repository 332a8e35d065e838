"""mirrorwatch: from raw news to state-to-state reciprocity.

The public API is :mod:`mirrorwatch.api`, re-exported here; everything else is internal.
"""

import logging

from . import api as _api
from .api import *  # noqa: F403  (the public API, listed in api.__all__)

__all__ = list(_api.__all__)

logging.getLogger(__name__).addHandler(logging.NullHandler())
