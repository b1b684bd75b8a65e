"""Bearer tokens: writes always need one; reads only when the app was made with closed reads."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.security.utils import get_authorization_scheme_param

from eventwire.store.tokens import check_token

_bearer = HTTPBearer(auto_error=False, description="A token from `eventwire token create`.")
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def _check(request: Request, credentials: HTTPAuthorizationCredentials | None) -> None:
    """Raise 401 for a missing or unknown token and 403 for a revoked one."""
    if credentials is None:
        raise HTTPException(401, "a bearer token is required (Authorization: Bearer <token>)",
                            headers=_CHALLENGE)
    verdict = check_token(request.app.state.store, credentials.credentials)
    if verdict == "unknown":
        raise HTTPException(401, "the bearer token is not valid", headers=_CHALLENGE)
    if verdict == "revoked":
        raise HTTPException(403, "the bearer token has been revoked")


def require_write(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """Dependency of every write route: a valid, unrevoked token."""
    _check(request, credentials)


def require_read(request: Request) -> None:
    """Dependency of every read route: nothing, or a valid token when reads are closed."""
    if request.app.state.open_reads:
        return
    scheme, token = get_authorization_scheme_param(request.headers.get("Authorization"))
    given = token if scheme.lower() == "bearer" and token else None
    _check(request, HTTPAuthorizationCredentials(scheme="Bearer", credentials=given) if given else None)
