/*
** fuzz_reader.c -- libFuzzer target: the input read with format detection
** (and through the gzip and zstd layers when it starts with their magic),
** then forced through every format in turn.  See fuzz_common.h.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_format(data, size, DYAD_FORMAT_AUTO);
  fuzz_read_all(data, size, DYAD_FORMAT_TEXT, 0, 0);
  fuzz_read_all(data, size, DYAD_FORMAT_JSONL, 0, 0);
  fuzz_read_all(data, size, DYAD_FORMAT_HTML, 0, 0);
  fuzz_read_all(data, size, DYAD_FORMAT_WARC, 0, 0);
  return 0;
}
