"""POST /documents codes a real document with the model and stores it."""

from __future__ import annotations

import pytest

TEXT = ("India's Foreign Secretary Vikram Misri met Taliban Foreign Minister Amir Khan Muttaqi in "
        "Dubai on Wednesday. The two sides discussed trade and humanitarian aid.")


@pytest.mark.slow
def test_a_posted_document_is_coded_stored_and_listed(client, token):
    headers = {"Authorization": f"Bearer {token}"}
    document = {"id": "dubai", "text": TEXT, "published": "2025-01-09", "source": "Wire",
                "title": "Misri meets Muttaqi"}
    body = client.post("/documents", json=document, headers=headers).json()
    assert body["stored"] == 1 and body["documents"][0]["id"] == "dubai"
    assert body["documents"][0]["events"] >= 1
    stored = client.get("/articles/dubai").json()
    assert stored["title"] == "Misri meets Muttaqi" and stored["events"]
    again = client.post("/documents", json=[document], headers=headers).json()
    assert again["unchanged"] == 1 and again["documents"][0]["status"] == "unchanged"
    events = client.get("/events", params={"q": "Muttaqi in Dubai"}).json()["items"]
    assert any(r["doc_id"] == "dubai" for e in events for r in e["reports"])


@pytest.mark.parametrize("body", [   # under the test app's 10,000-byte body limit
    '{"id": "deep", "text": "x", "meta": ' + "[" * 4_000 + "]" * 4_000 + "}",
    "[" * 4_500 + "]" * 4_500,
])
def test_a_deeply_nested_body_is_a_bad_request_in_the_error_shape(client, token, body):
    """JSON nested beyond what the decoder can recurse into is a 400 in the error shape, not a
    server error (issue #23); bodies too large to be read are refused before (413)."""
    answer = client.post("/documents", content=body, headers={"Authorization": f"Bearer {token}",
                                                             "Content-Type": "application/json"})
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["message"] == "There was an error parsing the body"
    assert client.get("/articles/deep").status_code == 404
