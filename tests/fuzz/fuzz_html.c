/*
** fuzz_html.c -- libFuzzer target: the input read as DYAD_FORMAT_HTML.
** See fuzz_common.h for the invariants checked.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_format(data, size, DYAD_FORMAT_HTML);
  return 0;
}
