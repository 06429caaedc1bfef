# Entry points for people: `make run` and `make test` (see README.md).
MAKEFLAGS += --no-print-directory
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc)
SAMPLE ?= samples/harbour-strike-reykjavik.txt

.PHONY: all deps configure build run test asan-test bench bench-build clean

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

bench-build: configure
	@cmake --build $(BUILD) -j $(JOBS) --target benchmarks

bench: bench-build
	@for b in $(BUILD)/bench/bench_*; do echo "== $${b##*/}"; "$$b" || exit 1; done

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
