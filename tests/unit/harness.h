/*
** harness.h -- the unit-test harness: a handful of check macros and a summary.
**
** Each test file defines its test functions, lists them in main() with RUN(),
** and returns harness_done().  Every check prints a line on failure with the
** file and line; the closing line is "N passed, N failed" (checks, not
** functions), which the test runner reads.
*/
#ifndef DYAD_HARNESS_H
#define DYAD_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int h_passed, h_failed;
static const char *h_test = "";

#define CHECK_AT(cond, ...)                                              \
  do {                                                                   \
    if (cond) h_passed++;                                                \
    else {                                                               \
      h_failed++;                                                        \
      fprintf(stderr, "FAIL %s:%d (%s): ", __FILE__, __LINE__, h_test);  \
      fprintf(stderr, __VA_ARGS__);                                      \
      fputc('\n', stderr);                                               \
    }                                                                    \
  } while (0)

#define OK(cond) CHECK_AT((cond), "%s", #cond)
#define INT_EQ(a, b)                                                     \
  do {                                                                   \
    long long h_a = (long long)(a), h_b = (long long)(b);                \
    CHECK_AT(h_a == h_b, "%s == %s: %lld != %lld", #a, #b, h_a, h_b);    \
  } while (0)
#define STR_EQ(a, b)                                                     \
  do {                                                                   \
    const char *h_a = (a), *h_b = (b);                                   \
    CHECK_AT(h_a && h_b && strcmp(h_a, h_b) == 0, "%s == %s: \"%s\" != \"%s\"", \
             #a, #b, h_a ? h_a : "(null)", h_b ? h_b : "(null)");        \
  } while (0)
/* compares a (ptr,len) pair with a C string */
#define STRN_EQ(p, n, b)                                                 \
  do {                                                                   \
    const char *h_p = (p), *h_b = (b);                                   \
    size_t h_n = (n);                                                    \
    CHECK_AT(h_p && strlen(h_b) == h_n && memcmp(h_p, h_b, h_n) == 0,    \
             "%s == \"%s\": got \"%.*s\"", #p, h_b, (int)h_n, h_p ? h_p : ""); \
  } while (0)

#define RUN(fn)        \
  do {                 \
    h_test = #fn;      \
    fn();              \
  } while (0)

static inline int harness_done(const char *suite) {
  printf("%s: %d passed, %d failed\n", suite, h_passed, h_failed);
  return h_failed ? 1 : 0;
}

#endif
