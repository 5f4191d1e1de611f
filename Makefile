# dyad -- build, test, benchmark.   See README.md.
#
#   make               library (build/libdyad.a, build/libdyad.so) and ./dyad
#   make demo          build, then code the bundled sample articles
#   make test          every test suite (unit, cli, compat, pathological)
#   make check         the quick subset (unit + cli), run before every commit
#   make SANITIZE=address,undefined test
#   make fuzz          build the libFuzzer targets (clang); make fuzz-run FUZZ_SECONDS=60
#   make bench         benchmarks under bench/, printing figures
#   make eval          precision / recall against gold data
#   make deps          install missing Debian packages (scripts/install-deps)

CC      ?= cc
CXX     ?= c++
CFLAGS  ?= -O2 -g
CXXFLAGS ?= -O2 -g
WARN    = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
          -Wmissing-prototypes -Wcast-qual -Wformat=2 -Wvla -Wwrite-strings \
          -Wundef -Wswitch-enum -Wno-unused-parameter
CXXWARN = -std=c++11 -Wall -Wextra -Wno-unused-parameter
ifdef WERROR
WARN    += -Werror
endif

PKGS    = sqlite3 libutf8proc jansson gumbo zlib libzstd geonames libmicrohttpd
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
LIBS    = $(PKG_LIBS) -lstemmer -lcld2 -lstdc++ -lpthread -lm

B       = build
ALL_CFLAGS   = $(WARN) -D_GNU_SOURCE -fPIC -fvisibility=hidden -Iinclude -Isrc -I$(B) $(PKG_CFLAGS) $(CFLAGS)
ALL_CXXFLAGS = $(CXXWARN) -fPIC -fvisibility=hidden -Iinclude -Isrc $(CXXFLAGS)
ALL_LDFLAGS  = $(LDFLAGS)

ifdef SANITIZE
B       = build-san
ALL_CFLAGS   += -fsanitize=$(SANITIZE) -fno-sanitize-recover=all -fno-omit-frame-pointer
ALL_CXXFLAGS += -fsanitize=$(SANITIZE) -fno-sanitize-recover=all -fno-omit-frame-pointer
ALL_LDFLAGS  += -fsanitize=$(SANITIZE)
endif

LIB_C   = $(wildcard src/*.c)
LIB_CC  = $(wildcard src/*.cc)
LIB_OBJ = $(LIB_C:src/%.c=$(B)/src/%.o) $(LIB_CC:src/%.cc=$(B)/src/%.o) $(B)/src/data_blob.o
DATA    = $(shell find data -type f \( -name '*.txt' -o -name '*.sql' \) | LC_ALL=C sort)

CLI_OBJ = $(patsubst cli/%.c,$(B)/cli/%.o,$(wildcard cli/*.c))
SERVER_OBJ = $(patsubst server/%.c,$(B)/server/%.o,$(wildcard server/*.c)) $(B)/server/web_blob.o
WEB     = $(shell find web -type f | LC_ALL=C sort)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
BENCH_SRC = $(wildcard bench/bench_*.c)
BENCH_BIN = $(BENCH_SRC:bench/%.c=$(B)/bench/%)

DYAD    = $(B)/dyad

.PHONY: all lib demo test check unit cli compat pathological fuzz fuzz-run bench eval deps clean lint

all: $(DYAD) dyad

dyad: $(DYAD)
	@if [ "$(B)" = build ]; then ln -sf $(B)/dyad dyad; fi

lib: $(B)/libdyad.a $(B)/libdyad.so

$(B)/src/%.o: src/%.c $(wildcard src/*.h) include/dyad.h | $(B)/src
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(B)/src/%.o: src/%.cc | $(B)/src
	$(CXX) $(ALL_CXXFLAGS) -c $< -o $@

# The data files are embedded into the library by a generator built here.
$(B)/embed: tools/embed.c | $(B)
	$(CC) -O2 -std=c11 -Wall -Wextra $< -o $@

$(B)/data_blob.c: $(B)/embed $(DATA)
	$(B)/embed data $(DATA) > $@.tmp && mv $@.tmp $@

$(B)/src/data_blob.o: $(B)/data_blob.c | $(B)/src
	$(CC) $(ALL_CFLAGS) -Wno-overlength-strings -c $< -o $@

$(B)/libdyad.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(B)/libdyad.so: $(LIB_OBJ)
	$(CC) -shared $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

$(B)/cli/%.o: cli/%.c include/dyad.h $(wildcard cli/*.h) | $(B)/cli
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(DYAD): $(CLI_OBJ) $(SERVER_OBJ) $(B)/libdyad.a
	$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(SERVER_OBJ) $(B)/libdyad.a $(LIBS)

$(B)/tests/%: tests/unit/%.c tests/unit/harness.h tests/unit/coding.h $(B)/libdyad.a | $(B)/tests
	$(CC) $(ALL_CFLAGS) -Itests/unit $< -o $@ $(B)/libdyad.a $(LIBS) $(ALL_LDFLAGS)

$(B)/bench/%: bench/%.c $(B)/libdyad.a | $(B)/bench
	$(CC) $(ALL_CFLAGS) $< -o $@ $(B)/libdyad.a $(LIBS) $(ALL_LDFLAGS)

# dyad serve: server/ (public API only) and the web page, embedded from web/
# by the same generator as data/.
$(B)/web_blob.c: $(B)/embed $(WEB)
	$(B)/embed --name dyad_web web $(WEB) > $@.tmp && mv $@.tmp $@

$(B)/server/web_blob.o: $(B)/web_blob.c | $(B)/server
	$(CC) $(ALL_CFLAGS) -Wno-overlength-strings -c $< -o $@

$(B)/server/%.o: server/%.c server/server.h include/dyad.h | $(B)/server
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# the API's fuzz target builds server/api.c and json.c into itself
build-fuzz/fuzz_api: server/api.c server/json.c server/server.h

$(B) $(B)/src $(B)/cli $(B)/server $(B)/tests $(B)/bench:
	mkdir -p $@

deps:
	scripts/install-deps

demo: deps
	$(MAKE) all
	scripts/demo

# Every suite; the runner prints one closing line "N passed, N failed".
test: deps
	$(MAKE) all $(UNIT_BIN)
	B=$(B) scripts/run-tests all

check: all $(UNIT_BIN)
	B=$(B) scripts/run-tests quick

unit: all $(UNIT_BIN)
	B=$(B) scripts/run-tests unit

FUZZ_SRC = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN = $(FUZZ_SRC:tests/fuzz/%.c=build-fuzz/%)
FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all

fuzz: $(FUZZ_BIN)

ifneq ($(B),build-fuzz)
build-fuzz/libdyad.a: $(LIB_C) $(LIB_CC) $(wildcard src/*.h) include/dyad.h $(DATA)
	$(MAKE) B=build-fuzz CC=clang CXX=clang++ CFLAGS="-g -O1 -fsanitize=fuzzer-no-link,address,undefined" \
	  CXXFLAGS="-g -O1 -fsanitize=fuzzer-no-link,address,undefined" build-fuzz/libdyad.a
endif

build-fuzz/%: tests/fuzz/%.c $(wildcard tests/fuzz/*.h) build-fuzz/libdyad.a
	clang $(FUZZ_FLAGS) -std=c11 -D_GNU_SOURCE -Iinclude -Isrc $(PKG_CFLAGS) $< -o $@ build-fuzz/libdyad.a $(LIBS)

fuzz-run: fuzz
	scripts/run-fuzz $(FUZZ_SECONDS) $(FUZZ_BIN)

bench: all $(BENCH_BIN)
	B=$(B) scripts/run-bench
	B=$(B) bench/serve.sh

eval: all
	$(DYAD) eval tests/gold/events-it.jsonl tests/gold/events-en.jsonl
	$(DYAD) eval tests/gold/places-it.jsonl tests/gold/places-en.jsonl
	$(DYAD) eval tests/gold/actors-it.jsonl tests/gold/actors-en.jsonl
	$(DYAD) eval tests/gold/heldout-it.jsonl tests/gold/heldout-en.jsonl
	@if [ -f ../shared/dev/events-dev.jsonl ]; then $(DYAD) eval ../shared/dev/events-dev.jsonl; fi

lint:
	cppcheck --quiet --enable=warning,portability --error-exitcode=1 -Iinclude src cli

clean:
	rm -rf build build-san build-fuzz dyad
