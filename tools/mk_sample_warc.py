#!/usr/bin/env python3
"""Regenerate samples/warc/news.warc from the sample articles.

The WARC holds a warcinfo record, one request record and three response
records whose payloads are HTTP/1.1 200 responses carrying an HTML page built
from three of the sample articles (one plain-text, one crawl-format and one
JSON-lines article). Record ids and dates are fixed, so the output is
byte-for-byte reproducible; every Content-Length is the exact byte count of
the UTF-8 block that follows it.

Usage (from the repository root, or give the root as the only argument):
    python3 tools/mk_sample_warc.py [REPO_ROOT]
Compressed copy:  gzip -k -9 -c samples/warc/news.warc > samples/compressed/news.warc.gz
"""
import base64
import hashlib
import html
import json
import os
import re
import sys
import uuid

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SAMPLES = os.path.join(ROOT, "samples")
OUT = os.path.join(SAMPLES, "warc", "news.warc")
NS = uuid.UUID("6f1c2a0e-58b4-4c1e-9a57-3d1f0b8e2c41")  # fixed namespace for record ids


def read(path):
    with open(os.path.join(SAMPLES, path), encoding="utf-8") as f:
        return f.read()


def paragraphs(text):
    return [re.sub(r"\s*\n\s*", " ", p).strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def from_text(path):
    return paragraphs(read(path))


def from_crawl(path):
    body = read(path)
    m = re.match(r"^ date \d{4}-\d{2} ", body)
    if not m:
        raise SystemExit(path + ": missing crawl header")
    return paragraphs(body[m.end():])


def from_jsonl(path, ident):
    for line in read(path).splitlines():
        if line.strip():
            rec = json.loads(line)
            if rec["id"] == ident:
                return paragraphs(rec["text"])
    raise SystemExit(path + ": no article " + ident)


PAGES = [
    dict(
        uri="https://notizie.example.it/esteri/2022/04/05/italia-espelle-diplomatici-russi",
        lang="it",
        title="L'Italia espelle 30 diplomatici russi, Mosca annuncia una risposta",
        published="2022-04-05T18:20:00+02:00",
        fetched="2022-04-05T17:02:11Z",
        http_date="Tue, 05 Apr 2022 17:02:11 GMT",
        site="Notizie Esempio",
        paras=lambda: from_text("text/it_espulsioni_diplomatici_2022.txt"),
    ),
    dict(
        uri="https://notizie.example.it/esteri/2023/03/21/xi-putin-cremlino-dichiarazione",
        lang="it",
        title="Xi e Putin firmano al Cremlino la dichiarazione sul partenariato",
        published="2023-03-21T19:45:00+01:00",
        fetched="2023-03-21T20:15:37Z",
        http_date="Tue, 21 Mar 2023 20:15:37 GMT",
        site="Notizie Esempio",
        paras=lambda: from_crawl("crawl/it_xi_mosca_2023.txt"),
    ),
    dict(
        uri="https://wire.example.com/world/2021/09/17/france-recalls-ambassadors-aukus",
        lang="en",
        title="France recalls envoys to U.S. and Australia over submarine pact",
        published="2021-09-17T21:30:00Z",
        fetched="2021-09-17T22:48:05Z",
        http_date="Fri, 17 Sep 2021 22:48:05 GMT",
        site="Sample Wire",
        paras=lambda: from_jsonl("jsonl/articles.jsonl", "en-2021-09-france-recalls-envoys"),
    ),
]


def page_html(p):
    e = html.escape
    paras = "\n".join("      <p>%s</p>" % e(t, quote=False) for t in p["paras"]())
    cookie = ("Questo sito usa cookie tecnici e di terze parti." if p["lang"] == "it"
              else "This site uses cookies to improve your experience.")
    return f"""<!DOCTYPE html>
<html lang="{p['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(p['title'])} | {p['site']}</title>
  <meta name="description" content="{e(p['title'])}">
  <meta property="article:published_time" content="{p['published']}">
  <link rel="canonical" href="{p['uri']}">
  <style>body {{ margin: 0; font-family: sans-serif; }} .cookie {{ background: #eee; }}</style>
  <script>var pageSection = "world";</script>
</head>
<body>
  <div class="cookie">{cookie} <button>OK</button></div>
  <header><a href="/">{p['site']}</a>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
  </header>
  <article>
    <h1>{e(p['title'])}</h1>
{paras}
  </article>
  <footer><p>&copy; {p['published'][:4]} {p['site']}</p></footer>
</body>
</html>
"""


def digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record(headers, block):
    """One WARC record: version line, named fields, CRLF, block, CRLF CRLF."""
    head = ["WARC/1.0"] + ["%s: %s" % kv for kv in headers]
    head.append("Content-Length: %d" % len(block))
    return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def rid(name):
    return "<urn:uuid:%s>" % uuid.uuid5(NS, name)


def main():
    out = []
    info = ("software: dyad sample generator (tools/mk_sample_warc.py)\r\n"
            "format: WARC File Format 1.0\r\n"
            "description: three news pages written for the dyad project\r\n"
            "isPartOf: dyad-samples\r\n").encode("utf-8")
    out.append(record([("WARC-Type", "warcinfo"),
                       ("WARC-Date", "2025-06-01T00:00:00Z"),
                       ("WARC-Record-ID", rid("warcinfo")),
                       ("WARC-Filename", "news.warc"),
                       ("Content-Type", "application/warc-fields")], info))
    for i, p in enumerate(PAGES):
        host = p["uri"].split("/")[2]
        path = "/" + p["uri"].split("/", 3)[3]
        body = page_html(p).encode("utf-8")
        if i == 0:
            req = ("GET %s HTTP/1.1\r\n"
                   "Host: %s\r\n"
                   "User-Agent: dyad-sample-crawler/1.0\r\n"
                   "Accept: text/html,application/xhtml+xml\r\n"
                   "Accept-Language: it,en;q=0.8\r\n"
                   "Connection: close\r\n\r\n" % (path, host)).encode("utf-8")
            out.append(record([("WARC-Type", "request"),
                               ("WARC-Target-URI", p["uri"]),
                               ("WARC-Date", p["fetched"]),
                               ("WARC-Record-ID", rid("request:" + p["uri"])),
                               ("WARC-Concurrent-To", rid("response:" + p["uri"])),
                               ("WARC-Block-Digest", digest(req)),
                               ("Content-Type", "application/http; msgtype=request")], req))
        http_head = ("HTTP/1.1 200 OK\r\n"
                     "Date: %s\r\n"
                     "Server: nginx\r\n"
                     "Content-Type: text/html; charset=utf-8\r\n"
                     "Content-Length: %d\r\n"
                     "Cache-Control: max-age=300\r\n"
                     "Connection: close\r\n\r\n" % (p["http_date"], len(body))).encode("utf-8")
        block = http_head + body
        out.append(record([("WARC-Type", "response"),
                           ("WARC-Target-URI", p["uri"]),
                           ("WARC-Date", p["fetched"]),
                           ("WARC-Record-ID", rid("response:" + p["uri"])),
                           ("WARC-IP-Address", "192.0.2.%d" % (10 + i)),
                           ("WARC-Block-Digest", digest(block)),
                           ("WARC-Payload-Digest", digest(body)),
                           ("Content-Type", "application/http; msgtype=response")], block))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(b"".join(out))
    print("wrote %s (%d records)" % (os.path.relpath(OUT, ROOT), len(out)))


if __name__ == "__main__":
    main()
