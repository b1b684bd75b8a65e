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
