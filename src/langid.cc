/*
** langid.cc -- language identification through CLD2.
**
** CLD2 is a C++ library; this file is the only C++ in dyad and exposes one C
** function to analyze.c.  Only a prefix of the article is examined (the first
** DYAD_LANGID_BYTES bytes, cut at a character boundary): news articles are in
** one language, and a prefix costs a fraction of the whole text.
*/
#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cstring>

extern "C" int dyad_langid(const char *text, size_t len, char lang[8], float *confidence);

static const size_t DYAD_LANGID_BYTES = 2048;

extern "C" int dyad_langid(const char *text, size_t len, char lang[8], float *confidence) {
  size_t n = len < DYAD_LANGID_BYTES ? len : DYAD_LANGID_BYTES;
  while (n < len && n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) n--;
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language l = CLD2::DetectLanguageSummary(text, (int)n, true, top3, percent3,
                                                 &text_bytes, &reliable);
  if (l == CLD2::UNKNOWN_LANGUAGE || text_bytes == 0) {
    std::strcpy(lang, "un");
    *confidence = 0.0f;
    return 0;
  }
  const char *code = CLD2::LanguageCode(l);
  std::strncpy(lang, code, 7);
  lang[7] = 0;
  float c = (float)percent3[0] / 100.0f;
  if (!reliable) c *= 0.5f;
  *confidence = c;
  return 1;
}
