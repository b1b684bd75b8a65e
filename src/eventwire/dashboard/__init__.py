"""The web dashboard: server-rendered pages over the store, served by ``eventwire serve``.

The overview is ``/`` (and ``/ui/``); the other pages live under ``/ui``: dyad timelines,
the event table, one event with its reports, one article with its marks, the novelty claims
and a world map. Templates are Jinja2 with
autoescaping; the only script and style sheet are the two files in ``static/``. ``/docs`` is
Swagger UI over ``/openapi.json``, from locally installed files.
"""

from eventwire.dashboard.apidocs import router as docs_router
from eventwire.dashboard.routes import home_router, router

__all__ = ["docs_router", "home_router", "router"]
