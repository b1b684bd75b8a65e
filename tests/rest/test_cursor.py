"""Page cursors (issue #23): the API's own cursors come back as their key; anything else,
however crafted, is a 422 in the error shape, on every listing."""

from __future__ import annotations

import pytest
from fastapi import HTTPException

from eventwire.rest import cursor
from tests.rest.conftest import assert_error, b64, key_cursor

LISTINGS = ["/events", "/articles", "/stories", "/claims"]


@pytest.mark.parametrize("key", [["2025-01-09", "h-3f2a"], ["", "m1"], ["2025-01-09", ""],
                                 ["2025", "é\u202e\U0001f600" * 60], ["2025-01-09", "x" * 5000]])
def test_a_cursor_gives_back_its_key(key):
    assert cursor.decode(cursor.encode(key)) == key


@pytest.mark.parametrize("number", ["0", "7", "2147483647"])
def test_a_claims_cursor_gives_back_its_claim_number(number):
    key = ["2025-01-09", number]
    assert cursor.decode(cursor.encode(key), cursor.CLAIM_KEY) == key


def test_no_cursor_means_the_first_page():
    assert cursor.decode(None) is None and cursor.decode("") is None


@pytest.mark.parametrize("crafted", [
    b64("[" * 49_000),   # issue #23: was a RecursionError, answered 500
    b64("[" * 2000 + "]" * 2000),
    b64('{"a":' * 5000 + "1" + "}" * 5000),
    "A" * 9000,   # longer than any cursor the API makes
    key_cursor("2025-01-09", "x" * 7000),
    "not a cursor!", "%%%", "a", "====", "é",
    b64("hello"), b64('["2025-01-09", "x'), b64("9" * 6000),
    b64("{}"), key_cursor(), key_cursor("2025-01-09"), key_cursor("2025-01-09", "x", "y"),
    key_cursor(2025, 1), key_cursor(None, "x"), key_cursor(["2025-01-09"], "x"), key_cursor({"a": 1}, "x"),
    b64("[1e400, NaN]"), key_cursor(-1, -(10**30)),
    b64('["\\ud800", "x"]'), key_cursor("2025-01-09\x00", "x"),
])
@pytest.mark.parametrize("path", LISTINGS)
def test_a_cursor_the_api_did_not_make_is_a_422(client, path, crafted):
    error = assert_error(client.get(path, params={"cursor": crafted}), 422)
    assert error["code"] == "invalid_request" and "'cursor'" in error["message"]


@pytest.mark.parametrize("crafted", [key_cursor("2025-01-09", "h-1"), key_cursor("2025-01-09", "-1"),
                                     key_cursor("2025-01-09", "9" * 25), key_cursor("2025-01-09", "1.5")])
def test_a_claims_cursor_needs_a_claim_number_the_store_can_hold(client, crafted):
    assert_error(client.get("/claims", params={"cursor": crafted}), 422)


def test_a_crafted_cursor_raises_an_http_422():
    with pytest.raises(HTTPException) as raised:
        cursor.decode(b64("[" * 49_000))
    assert raised.value.status_code == 422
