"""``GET /api``: a plain page linking to the dashboard and listing the endpoints and store counts.

Everything shown is escaped and no article text is ever rendered here.
"""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from eventwire.version import __version__

router = APIRouter()

# the page loads nothing and runs nothing
POLICY = ("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
          "frame-ancestors 'none'")


@router.get("/api", response_class=HTMLResponse, include_in_schema=False)
def home(request: Request) -> HTMLResponse:
    """The endpoint list and, when reads are open, the store's counts."""
    counts = _in_words(request.app.state.store.counts()) if request.app.state.open_reads else None
    page = render_home(_endpoints(request), counts)
    return HTMLResponse(page, headers={"Content-Security-Policy": POLICY})


def _in_words(counts: dict[str, int]) -> dict[str, int]:
    """The store's counts named as the docs name them: events (real-world happenings) and the
    reports (what one sentence says) they are merged from."""
    return {"events": counts["happenings"], "reports": counts["events"], "articles": counts["articles"],
            "stories": counts["stories"]}


def _endpoints(request: Request) -> list[tuple[str, str, str]]:
    """(method, path, summary) of every route the OpenAPI description documents."""
    paths = request.app.openapi()["paths"]
    return [(method.upper(), path, operation.get("summary", ""))
            for path, operations in paths.items() for method, operation in operations.items()]


def render_home(endpoints: list[tuple[str, str, str]], counts: dict[str, int] | None) -> str:
    """The page's HTML; every value is escaped."""
    rows = "\n".join(f"<tr><td>{escape(m)}</td><td><code>{escape(p)}</code></td><td>{escape(s)}</td></tr>"
                     for m, p, s in endpoints)
    facts = "<p>Reads need a bearer token on this server.</p>" if counts is None else \
        "<ul>" + "".join(f"<li>{escape(k)}: {v:d}</li>" for k, v in counts.items()) + "</ul>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>eventwire {escape(__version__)}</title>
<style>body{{font-family:sans-serif;max-width:50em;margin:2em auto}}td{{padding:.2em .8em}}</style>
</head><body>
<h1>eventwire {escape(__version__)}</h1>
<p>The dashboard is at <a href="/">/</a> (its pages under <a href="/ui/">/ui/</a>).</p>
<h2>Store</h2>
{facts}
<h2>API</h2>
<p>The OpenAPI description is at <a href="/openapi.json">/openapi.json</a>; try it at
<a href="/docs">/docs</a>.</p>
<table><thead><tr><th>method</th><th>path</th><th>what</th></tr></thead><tbody>
{rows}
</tbody></table>
</body></html>
"""
