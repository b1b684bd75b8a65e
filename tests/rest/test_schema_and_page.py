"""The OpenAPI description, inert JSON for hostile article text, and the page at /."""

from __future__ import annotations

import json

import pytest

from tests.rest.conftest import HOSTILE

ERROR_REF = "#/components/schemas/Error"


@pytest.fixture
def schema(client) -> dict:
    return client.get("/openapi.json").json()


def test_the_schema_is_openapi_3_with_a_title_and_description(schema):
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "eventwire" and schema["info"]["description"]


def test_every_operation_has_a_summary_description_and_responses(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary") and operation.get("description"), (method, path)
            assert "200" in operation["responses"], (method, path)


def test_every_operation_documents_its_errors_with_the_error_component(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            errors = {code: r for code, r in operation["responses"].items() if code >= "400"}
            assert errors, (method, path)
            for response in errors.values():
                ref = response["content"]["application/json"]["schema"]["$ref"]
                assert ref == ERROR_REF, (method, path)


def test_every_schema_reference_resolves(schema):
    text = json.dumps(schema)
    refs = {part.split('"')[0] for part in text.split('"$ref": "')[1:]}
    assert refs and all(ref.split("/")[-1] in schema["components"]["schemas"] for ref in refs)


def test_the_error_component_has_the_error_shape(schema):
    error = schema["components"]["schemas"]["Error"]
    assert error["required"] == ["error"]
    detail = schema["components"]["schemas"]["ErrorDetail"]
    assert set(detail["required"]) == {"status", "code", "message"}


def test_writes_declare_the_bearer_scheme(schema):
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert schema["paths"]["/documents"]["post"]["security"] == [{"HTTPBearer": []}]


def test_hostile_article_text_comes_back_json_escaped(client):
    response = client.get("/articles/m1")
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert b"<script>" not in response.content and b"<img" not in response.content
    assert response.json()["text"] == HOSTILE


def test_hostile_sentences_in_events_come_back_json_escaped(client):
    response = client.get("/events", params={"q": "<script>"})
    assert b"<" not in response.content and b">" not in response.content
    [event] = response.json()["items"]
    assert "<script>alert('x')</script>" in event["sentence_text"]
    detail = client.get(f"/events/{event['id']}")
    assert b"<script" not in detail.content
    assert "<script>" in detail.json()["reports"][0]["sentence"]["text"]


def test_the_page_lists_endpoints_and_counts(client):
    page = client.get("/api")
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    for path in ("/events", "/events/{event_id}", "/timeline", "/documents", "/openapi.json"):
        assert path in page.text
    assert "articles: 7" in page.text


def test_the_page_never_renders_article_text(client):
    text = client.get("/api").text
    assert "<script" not in text and "onerror" not in text and "India met" not in text
    assert "src=" not in text and "http" not in text
