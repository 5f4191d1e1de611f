/*
** read_html.c -- main-text extraction from HTML pages, with gumbo.
**
** A page is parsed once into gumbo's tree, then:
**   1. a metadata pass over every element collects the title (og:title,
**      <title>), the publication date (article:published_time and friends,
**      in a fixed order of trust), the canonical URL, the <html lang>, and
**      the candidate containers of the body;
**   2. the body root is the itemprop=articleBody element, else the <article>
**      with the most text, else <main>, else <body>;
**   3. the text pass walks the root, dropping scripts, navigation and other
**      boilerplate (by tag, and by class or id words such as "cookie" or
**      "related"); block elements become paragraphs separated by "\n\n" and
**      white space inside a paragraph collapses to single spaces.
** Both passes use an explicit stack, so deep nesting cannot overflow the C
** stack.  Callers: reader.c for .html files and read_warc.c for payloads.
*/
#include "readers.h"

#include <ctype.h>
#include <gumbo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_ARTICLES 16

/* ---- small helpers ---------------------------------------------------------- */

static const char *attr(const GumboNode *n, const char *name) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return NULL;
  const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : NULL;
}

static bool is_element(const GumboNode *n, GumboTag tag) {
  return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag;
}

static const GumboVector *children_of(const GumboNode *n) {
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE)
    return &n->v.element.children;
  return NULL;
}

static bool eq_ci(const char *a, const char *b) { return a && strcasecmp(a, b) == 0; }

static bool contains_ci(const char *hay, const char *needle) {
  size_t k = strlen(needle);
  for (; *hay; hay++)
    if (strncasecmp(hay, needle, k) == 0) return true;
  return false;
}

/* A growable stack of (node, next child) frames. */
typedef struct frame {
  const GumboNode *node;
  unsigned next;
} frame;

typedef struct stack {
  frame *v;
  size_t n, cap;
} stack;

static void push(stack *s, const GumboNode *node) {
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 64;
    s->v = dyad_xrealloc(s->v, s->cap * sizeof *s->v);
  }
  s->v[s->n++] = (frame){node, 0};
}

/* ---- text pass ---------------------------------------------------------------- */

static bool is_skipped_tag(GumboTag t) {
  switch ((int)t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU: case GUMBO_TAG_NOFRAMES:
      return true;
    default:
      return false;
  }
}

static bool is_block_tag(GumboTag t) {
  switch ((int)t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DIV: case GUMBO_TAG_BR:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND:
      return true;
    default:
      return false;
  }
}

/* Words in a class or id that mark page furniture rather than the story. */
static bool is_boilerplate_name(const char *v) {
  static const char *const words[] = {"cookie",  "banner", "share",      "social",
                                      "related", "newsletter", "advert", "promo",
                                      "comment", "breadcrumb", "menu"};
  if (!v || !*v) return false;
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (contains_ci(v, words[i])) return true;
  return false;
}

static bool is_skipped(const GumboNode *n) {
  if (n->type != GUMBO_NODE_ELEMENT) return true; /* templates */
  if (is_skipped_tag(n->v.element.tag)) return true;
  if (attr(n, "hidden") || eq_ci(attr(n, "aria-hidden"), "true")) return true;
  return is_boilerplate_name(attr(n, "class")) || is_boilerplate_name(attr(n, "id"));
}

/* Collects text into out: paragraphs joined by "\n\n" (or by a space when
   inline_only), white space collapsed. */
typedef struct text_ctx {
  dyad_buf *out;
  bool inline_only;
  bool para_has_text;   /* the current paragraph has text */
  bool pending_space;   /* white space seen since the last character */
  bool pending_break;   /* a block boundary seen since the last character */
} text_ctx;

static void put_text(text_ctx *c, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    bool nbsp = ch == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0;
    if (isspace(ch) || nbsp) {
      c->pending_space = true;
      if (nbsp) i++;
      continue;
    }
    if (c->out->len > 0 && c->pending_break && !c->inline_only) {
      dyad_buf_put(c->out, "\n\n", 2);
    } else if (c->out->len > 0 && (c->pending_space || c->pending_break)) {
      dyad_buf_putc(c->out, ' ');
    }
    c->pending_space = c->pending_break = false;
    c->para_has_text = true;
    dyad_buf_putc(c->out, ch);
  }
}

static void block_boundary(text_ctx *c) {
  if (c->para_has_text) c->pending_break = true;
  c->para_has_text = false;
}

/* Appends the text of the subtree at root (root itself is never skipped). */
static void extract_text(const GumboNode *root, dyad_buf *out, bool inline_only) {
  text_ctx c = {out, inline_only, false, false, false};
  stack st = {0};
  push(&st, root);
  while (st.n) {
    frame *f = &st.v[st.n - 1];
    const GumboVector *kids = children_of(f->node);
    if (!kids || f->next >= kids->length) {
      if (f->node->type == GUMBO_NODE_ELEMENT && is_block_tag(f->node->v.element.tag))
        block_boundary(&c);
      st.n--;
      continue;
    }
    const GumboNode *k = kids->data[f->next++];
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA ||
        k->type == GUMBO_NODE_WHITESPACE) {
      put_text(&c, k->v.text.text, strlen(k->v.text.text));
    } else if ((k->type == GUMBO_NODE_ELEMENT) && !is_skipped(k)) {
      if (is_block_tag(k->v.element.tag)) block_boundary(&c);
      push(&st, k);
    }
  }
  free(st.v);
}

/* ---- metadata pass ------------------------------------------------------------ */

/* Date sources, most trusted first. */
enum {
  D_ARTICLE_PUBLISHED, D_OG_PUBLISHED, D_ITEMPROP, D_PUBDATE, D_DATE, D_DC_ISSUED,
  D_PARSELY, D_TIME_IN_ARTICLE, D_COUNT
};

typedef struct meta {
  const GumboNode *html, *title, *main, *body, *article_body;
  const GumboNode *articles[MAX_ARTICLES];
  size_t n_articles;
  const char *og_title, *canonical, *og_url;
  const char *dates[D_COUNT];
} meta;

static void set_once(const char **slot, const char *v) {
  if (!*slot && v && *v) *slot = v;
}

static void meta_tag(meta *m, const GumboNode *n) {
  const char *prop = attr(n, "property"), *name = attr(n, "name"), *content = attr(n, "content");
  if (eq_ci(prop, "og:title")) set_once(&m->og_title, content);
  if (eq_ci(prop, "og:url")) set_once(&m->og_url, content);
  if (eq_ci(prop, "article:published_time") || eq_ci(name, "article:published_time"))
    set_once(&m->dates[D_ARTICLE_PUBLISHED], content);
  if (eq_ci(prop, "og:published_time")) set_once(&m->dates[D_OG_PUBLISHED], content);
  if (eq_ci(name, "pubdate")) set_once(&m->dates[D_PUBDATE], content);
  if (eq_ci(name, "date")) set_once(&m->dates[D_DATE], content);
  if (eq_ci(name, "DC.date.issued")) set_once(&m->dates[D_DC_ISSUED], content);
  if (eq_ci(name, "parsely-pub-date")) set_once(&m->dates[D_PARSELY], content);
}

static void meta_element(meta *m, const GumboNode *n) {
  switch ((int)n->v.element.tag) {
    case GUMBO_TAG_HTML: if (!m->html) m->html = n; break;
    case GUMBO_TAG_TITLE: if (!m->title) m->title = n; break;
    case GUMBO_TAG_MAIN: if (!m->main) m->main = n; break;
    case GUMBO_TAG_BODY: if (!m->body) m->body = n; break;
    case GUMBO_TAG_META: meta_tag(m, n); break;
    case GUMBO_TAG_ARTICLE:
      if (m->n_articles < MAX_ARTICLES) m->articles[m->n_articles++] = n;
      break;
    case GUMBO_TAG_LINK: {
      const char *rel = attr(n, "rel");
      if (rel && contains_ci(rel, "canonical")) set_once(&m->canonical, attr(n, "href"));
      break;
    }
    default: break;
  }
  const char *itemprop = attr(n, "itemprop");
  if (eq_ci(itemprop, "articleBody") && !m->article_body) m->article_body = n;
  if (eq_ci(itemprop, "datePublished")) {
    set_once(&m->dates[D_ITEMPROP], attr(n, "content"));
    set_once(&m->dates[D_ITEMPROP], attr(n, "datetime"));
  }
}

/* Visits every element under root in document order. */
static void collect_meta(const GumboNode *root, meta *m) {
  stack st = {0};
  push(&st, root);
  while (st.n) {
    const GumboNode *n = st.v[--st.n].node;
    if (n->type == GUMBO_NODE_ELEMENT) meta_element(m, n);
    const GumboVector *kids = children_of(n);
    if (!kids) continue;
    for (unsigned i = kids->length; i-- > 0;) push(&st, kids->data[i]);
  }
  free(st.v);
}

/* The first element with the given tag under root (root excluded). */
static const GumboNode *find_first(const GumboNode *root, GumboTag tag) {
  const GumboNode *found = NULL;
  stack st = {0};
  push(&st, root);
  while (st.n && !found) {
    const GumboNode *n = st.v[--st.n].node;
    if (n != root && is_element(n, tag)) found = n;
    const GumboVector *kids = children_of(n);
    if (!kids) continue;
    for (unsigned i = kids->length; i-- > 0;) push(&st, kids->data[i]);
  }
  free(st.v);
  return found;
}

/* ---- putting it together --------------------------------------------------------- */

static const GumboNode *best_article(const meta *m, dyad_buf *scratch) {
  const GumboNode *best = NULL;
  size_t best_len = 0;
  for (size_t i = 0; i < m->n_articles; i++) {
    dyad_buf_clear(scratch);
    extract_text(m->articles[i], scratch, false);
    if (!best || scratch->len > best_len) best = m->articles[i], best_len = scratch->len;
  }
  return best;
}

static void set_str(dyad_buf *b, const char *s) {
  dyad_buf_clear(b);
  if (s) dyad_buf_puts(b, s);
}

static void pick_title(const meta *m, const GumboNode *article, dyad_html *h) {
  if (m->og_title) {
    text_ctx c = {&h->title, true, false, false, false};
    put_text(&c, m->og_title, strlen(m->og_title));
    return;
  }
  const GumboNode *h1 = article ? find_first(article, GUMBO_TAG_H1) : NULL;
  const GumboNode *t = h1 ? h1 : m->title;
  if (t) extract_text(t, &h->title, true);
}

static void pick_date(meta *m, const GumboNode *article, dyad_html *h) {
  const GumboNode *time = article ? find_first(article, GUMBO_TAG_TIME) : NULL;
  if (time) m->dates[D_TIME_IN_ARTICLE] = attr(time, "datetime");
  for (int i = 0; i < D_COUNT; i++)
    if (m->dates[i] && dyad_date_parse(m->dates[i], strlen(m->dates[i]), &h->date) == DYAD_OK)
      return;
}

void dyad_html_init(dyad_html *h) {
  memset(h, 0, sizeof *h);
  h->text = h->title = h->url = (dyad_buf)DYAD_BUF_INIT;
}

void dyad_html_free(dyad_html *h) {
  dyad_buf_free(&h->text);
  dyad_buf_free(&h->title);
  dyad_buf_free(&h->url);
}

void dyad_html_extract(const char *html, size_t len, dyad_html *h) {
  dyad_buf_clear(&h->text);
  dyad_buf_clear(&h->title);
  dyad_buf_clear(&h->url);
  memset(&h->date, 0, sizeof h->date);
  h->lang[0] = 0;
  GumboOptions opt = kGumboDefaultOptions;
  opt.max_errors = 0; /* we do not report parse errors: do not collect them */
  GumboOutput *out = gumbo_parse_with_options(&opt, html, len);
  if (!out) return;
  meta m;
  memset(&m, 0, sizeof m);
  collect_meta(out->document, &m);
  const GumboNode *article = best_article(&m, &h->text);
  const GumboNode *root = m.article_body ? m.article_body
                          : article      ? article
                          : m.main       ? m.main
                                         : m.body;
  dyad_buf_clear(&h->text);
  if (root) extract_text(root, &h->text, false);
  if (h->text.len == 0 && m.body && root != m.body) extract_text(m.body, &h->text, false);
  pick_title(&m, article, h);
  pick_date(&m, article, h);
  set_str(&h->url, m.canonical ? m.canonical : m.og_url);
  const char *lang = m.html ? attr(m.html, "lang") : NULL;
  if (lang) dyad_lang_copy(h->lang, lang, strlen(lang));
  gumbo_destroy_output(&opt, out);
}

/* ---- charsets ------------------------------------------------------------------ */

/* windows-1252 code points for bytes 0x80..0x9F (0: unassigned). */
static const uint16_t CP1252_HIGH[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/* Finds "charset=NAME" in p[0..n) and copies NAME (lower case) into out. */
static bool find_charset(const char *p, size_t n, char *out, size_t outsz) {
  static const char key[] = "charset=";
  size_t k = sizeof key - 1;
  for (size_t i = 0; i + k <= n; i++) {
    if (strncasecmp(p + i, key, k) != 0) continue;
    size_t j = i + k, o = 0;
    while (j < n && (p[j] == '"' || p[j] == '\'' || p[j] == ' ')) j++;
    while (j < n && o + 1 < outsz && (isalnum((unsigned char)p[j]) || p[j] == '-' || p[j] == '_'))
      out[o++] = (char)tolower((unsigned char)p[j++]);
    out[o] = 0;
    return o > 0;
  }
  return false;
}

static bool is_latin_charset(const char *cs) {
  static const char *const names[] = {"iso-8859-1", "iso8859-1",   "latin1", "latin-1",
                                      "l1",         "windows-1252", "cp1252", "iso-8859-15",
                                      "latin9",     "us-ascii",     "ascii"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strcmp(cs, names[i]) == 0) return true;
  return false;
}

static void latin_to_utf8(const char *p, size_t n, dyad_buf *out) {
  char enc[4];
  dyad_buf_grow(out, n + n / 4);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    if (c < 0x80) {
      dyad_buf_putc(out, c ? c : ' ');
      continue;
    }
    int32_t cp = c < 0xA0 ? CP1252_HIGH[c - 0x80] : c;
    dyad_buf_put(out, enc, dyad_utf8_encode(cp ? cp : 0xFFFD, enc));
  }
}

bool dyad_html_to_utf8(const char *html, size_t len, const char *ctype, size_t ctype_len,
                       dyad_buf *out) {
  char cs[32];
  bool found = ctype && find_charset(ctype, ctype_len, cs, sizeof cs);
  if (!found) found = find_charset(html, len < 4096 ? len : 4096, cs, sizeof cs);
  if (!found || !is_latin_charset(cs)) return false;
  /* pages often declare Latin-1 and send UTF-8: trust valid UTF-8 */
  if (dyad_utf8_valid(html, len)) return false;
  dyad_buf_clear(out);
  latin_to_utf8(html, len, out);
  return true;
}

/* ---- nesting guard ------------------------------------------------------------- */

/* gumbo's tree building costs time quadratic in the nesting depth, so pages
   nested deeper than this (never seen in real news pages) are refused. */
#define MAX_NESTING 4000

/* Elements that never nest: void, or closed implicitly by their next sibling. */
static bool never_nests(const char *name, size_t n) {
  static const char *const names[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "keygen", "p", "li", "td", "th", "tr", "option", "dt", "dd",
      "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "optgroup", "caption"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strlen(names[i]) == n && strncasecmp(name, names[i], n) == 0) return true;
  return false;
}

/* A rough count of open elements: start tags minus end tags. */
static bool too_deep(const char *p, size_t n) {
  long depth = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    if (p[i] != '<') continue;
    if (p[i + 1] == '/') {
      if (depth > 0) depth--;
      continue;
    }
    size_t j = i + 1;
    while (j < n && isalnum((unsigned char)p[j])) j++;
    if (j == i + 1 || never_nests(p + i + 1, j - i - 1)) continue;
    size_t k = j; /* the tag's end, looked for within a bounded distance */
    while (k < n && k - j < 1024 && p[k] != '>' && p[k] != '<') k++;
    if (k < n && p[k] == '>' && p[k - 1] == '/') continue; /* <x/> */
    if (++depth > MAX_NESTING) return true;
  }
  return false;
}

/* ---- the reader ------------------------------------------------------------------ */

const char *dyad_html_fill(dyad_reader *r, const char *html, size_t len, const char *ctype,
                           size_t ctype_len) {
  dyad_html *h = &r->html;
  if (!dyad_html_to_utf8(html, len, ctype, ctype_len, &r->tmp)) {
    dyad_buf_clear(&r->tmp);
    r->art.n_repaired += dyad_utf8_repair(html, len, &r->tmp);
  }
  if (too_deep(r->tmp.ptr, r->tmp.len)) return "HTML elements nested too deeply";
  dyad_html_extract(r->tmp.ptr, r->tmp.len, h);
  if (h->text.len == 0) return "no text in HTML page";
  dyad_reader_article_set(r, &r->f_text, h->text.ptr, h->text.len);
  dyad_reader_article_set(r, &r->f_title, h->title.ptr, h->title.len);
  dyad_reader_article_set(r, &r->f_url, h->url.ptr, h->url.len);
  r->art.date = h->date;
  memcpy(r->art.lang, h->lang, sizeof r->art.lang);
  return NULL;
}

int dyad_html_next(dyad_reader *r) {
  int rc = dyad_reader_read_whole(r, "page");
  if (rc != DYAD_OK) return rc;
  dyad_reader_article_begin(r, 0, 1);
  const char *why = dyad_html_fill(r, r->block.ptr, r->block.len, NULL, 0);
  if (why) return dyad_reader_fail(r, DYAD_SYNTAX, NULL, 0, "%s", why);
  dyad_reader_article_end(r);
  return DYAD_OK;
}
