"""Hand-built coded articles for store, link and export tests (no model needed)."""

from __future__ import annotations

from eventwire.records import Article, Entity, Event, Place, SentenceRef, Size, Span, TimeExpression


def entity(country: str, text: str | None = None, sector: str = "GOV") -> Entity:
    text = text or country
    return Entity(text=text, start=0, end=len(text), name=text, country=country, sector=sector)


def event(article_id: str, n: int, type_: str = "CONSULT", actor: tuple[str, ...] = ("IND", "AFG"),
          recipient: tuple[str, ...] = (), date: str | None = "2025-01-08",
          granularity: str = "day", place: str | None = None, modality: str = "asserted",
          dead: int | None = None) -> Event:
    return Event(
        id=f"{article_id}:ev-{n}", type=type_, mode=None, contexts=["diplomatic"],
        actor=[entity(c) for c in actor], recipient=[entity(c) for c in recipient],
        date=TimeExpression(text=None, start=None, end=None, value=date, granularity=granularity),
        location=Place(text=place, start=0, end=len(place), name=place, country="ARE",
                       resolution="city") if place else None,
        cameo="040", quad=1, intensity=2.5, trigger=Span("met", 0, 3),
        sentence=SentenceRef(index=0, start=0, end=20), modality=modality, size=Size(dead=dead),
    )


def article(article_id: str, events: list[Event] | None = None, published: str = "2025-01-09",
            text: str = "India met the Taliban in Dubai.", source: str | None = None,
            title: str | None = None) -> Article:
    return Article(id=article_id, title=title or f"Title {article_id}", published=published,
                   language="en", source=source or f"source-{article_id}", text=text,
                   events=events or [], url=f"https://news.example.com/{article_id}")
