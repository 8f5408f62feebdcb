# Huizong — the two commands a newcomer needs: `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
TEST_PG_DIR ?= /tmp/huizong-test-pg-$(shell id -u)
PREFIX ?= /usr/local

.PHONY: all deps build demo test bench install format clean

all: build

# Debian packages Huizong needs: libpq (client library and headers), the PostgreSQL
# server (for the embedded default and the tests), pkg-config.
deps:
	@if ! dpkg -s libpq-dev postgresql pkgconf systemd >/dev/null 2>&1; then \
	  echo "installing libpq-dev postgresql pkgconf systemd" >&2; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y libpq-dev postgresql pkgconf systemd; \
	  else sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y libpq-dev postgresql pkgconf systemd; fi; \
	fi

build: deps
	$(SWIFT) build

# The reference department's 2021 and 2022 submissions through the whole pipeline on
# the embedded default; prints the 2022 base-data table, writes exports into out/.
demo: build
	env -u DATABASE_URL -u PGHOST -u PGPORT -u PGDATABASE -u PGUSER -u PGSERVICE \
	  "$$($(SWIFT) build --show-bin-path)/huizong" demo

# The whole suite against a real PostgreSQL started here and stopped afterwards.
test: deps
	$(SWIFT) build --build-tests
	@eval "$$(Tests/support/pg-cluster.sh start $(TEST_PG_DIR))"; \
	  export HUIZONG_BIN="$$($(SWIFT) build --show-bin-path)/huizong"; \
	  $(SWIFT) test --skip-build; status=$$?; \
	  Tests/support/pg-cluster.sh stop $(TEST_PG_DIR); exit $$status

# City and province scale, side by side with plain PostgreSQL and pandas (SIZE=1m|10m).
SIZE ?= 1m
bench: deps
	$(SWIFT) build -c release
	python3 Benchmarks/bench.py --size $(SIZE) --binary "$$($(SWIFT) build -c release --show-bin-path)/huizong"

install: deps
	$(SWIFT) build -c release
	install -D "$$($(SWIFT) build -c release --show-bin-path)/huizong" $(DESTDIR)$(PREFIX)/bin/huizong
	mkdir -p $(DESTDIR)$(PREFIX)/share/huizong
	cp -r sql pipelines samples $(DESTDIR)$(PREFIX)/share/huizong/

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build out
