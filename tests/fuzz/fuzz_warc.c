/*
** fuzz_warc.c -- libFuzzer target: the input read as DYAD_FORMAT_WARC.
** See fuzz_common.h for the invariants checked.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_format(data, size, DYAD_FORMAT_WARC);
  return 0;
}
