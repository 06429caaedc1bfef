# Entry points for people: `make run` and `make test` (see README.md).
MAKEFLAGS += --no-print-directory
BUILD ?= build
ASAN_BUILD ?= build-asan
TSAN_BUILD ?= build-tsan
JOBS ?= $(shell nproc)
SAMPLE ?= samples/harbour-strike-reykjavik.txt

.PHONY: all deps configure build run test asan-test tsan-test bench bench-build clean

all: build

deps:
	@sh scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/wirekit convert -t newsml $(SAMPLE)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan-test: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DWIREKIT_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS)

# What runs on several threads (reading a feed's items, batches), under ThreadSanitizer.
tsan-test: deps
	@cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DWIREKIT_TSAN=ON >/dev/null
	@cmake --build $(TSAN_BUILD) -j $(JOBS) --target wirekit wirekit_tests
	TSAN_OPTIONS=halt_on_error=1 ./$(TSAN_BUILD)/tests/wirekit_tests "[parallel],[stream],[location]"
	cd $(TSAN_BUILD) && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -R 'cli\.(streaming|batch)'

bench-build: configure
	@cmake --build $(BUILD) -j $(JOBS) --target benchmarks

bench: bench-build
	@for b in $(BUILD)/bench/bench_*; do echo "== $${b##*/}"; "$$b" || exit 1; done

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD)
