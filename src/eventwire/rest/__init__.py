"""The REST API (FastAPI): thin routes over the store and the library; see docs/rest.md.

Needs the ``server`` extra (``pip install 'eventwire[server]'``).
"""

from eventwire.rest.app import create_app

__all__ = ["create_app"]
