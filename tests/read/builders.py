"""Small inputs built by hand for the read tests: WARC records, HTTP responses, feeds."""

from __future__ import annotations

import gzip

PAGE = """<html><head><title>Talks held in Doha</title></head><body><article>
<h1>Talks held in Doha</h1>
<p>India's ambassador to Qatar met the head of the Taliban's political office on Tuesday,
the foreign ministry said in a statement released in New Delhi.</p>
<p>The two sides discussed the safety of Indians left behind in Afghanistan and the early
return of stranded nationals, officials said.</p></article></body></html>"""


def http(body: bytes, headers: str = "Content-Type: text/html; charset=utf-8",
         status: str = "200 OK") -> bytes:
    """An HTTP/1.1 response with ``headers`` (lines joined by CRLF) and ``body``."""
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{h}\r\n" for h in headers.split("\n") if h)
    return head.encode("latin-1") + b"\r\n" + body


def chunked(data: bytes, size: int = 64) -> bytes:
    """``data`` in HTTP/1.1 chunked transfer-encoding."""
    pieces = [data[i:i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n" % len(p) + p + b"\r\n" for p in pieces) + b"0\r\n\r\n"


def warc_record(kind: str, block: bytes, uri: str = "https://example.org/a",
                date: str = "2021-09-01T12:00:00Z", version: str = "WARC/1.0") -> bytes:
    """One WARC record with ``block`` as its content."""
    head = (f"{version}\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
            f"Content-Type: application/http; msgtype={kind}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n")
    return head.encode("ascii") + block + b"\r\n\r\n"


def page_response(uri: str = "https://example.org/a", page: str = PAGE, **options: str) -> bytes:
    """A WARC response record holding ``page`` as an HTML response."""
    return warc_record("response", http(page.encode("utf-8")), uri, **options)


def gz(data: bytes) -> bytes:
    return gzip.compress(data)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Daily Wire</title><link>https://example.org</link>
<item><title>Talks held in Doha</title><link>https://example.org/doha</link>
<pubDate>Tue, 31 Aug 2021 10:00:00 GMT</pubDate><dc:creator>Jane Smith</dc:creator>
<description>Summary&nbsp;only.</description>
<content:encoded><![CDATA[<p>India's ambassador to Qatar met the head of the Taliban's political
office on Tuesday, the foreign ministry said.</p>]]></content:encoded></item>
<item><title>Talks again</title><link>https://example.org/again</link>
<pubDate>Wed, 01 Sep 2021 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Ministers met again on Wednesday.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Talks in Dubai</title><link rel="alternate" href="https://example.org/dubai"/>
<id>urn:one</id><updated>2025-01-09T08:00:00Z</updated><published>2025-01-08T08:00:00Z</published>
<author><name>John Doe</name></author>
<content type="html">&lt;p&gt;India's foreign secretary met the Taliban's acting foreign
minister in Dubai.&lt;/p&gt;</content></entry>
<entry><title>Plain</title><link href="https://example.org/plain"/>
<updated>2025-01-10T08:00:00Z</updated>
<summary type="text">A plain text summary of the talks.</summary></entry>
</feed>"""
