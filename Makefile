# Huizong — the two commands a newcomer needs: `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
TEST_PG_DIR ?= /tmp/huizong-test-pg-$(shell id -u)
PREFIX ?= /usr/local

.PHONY: all deps browser-deps build demo test bench install format lint clean

all: build

# Debian packages Huizong needs: libpq (client library and headers), the PostgreSQL
# server (for the embedded default and the tests), pkg-config.
deps:
	@if ! dpkg -s libpq-dev postgresql pkgconf systemd >/dev/null 2>&1; then \
	  echo "installing libpq-dev postgresql pkgconf systemd" >&2; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y libpq-dev postgresql pkgconf systemd; \
	  else sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y libpq-dev postgresql pkgconf systemd; fi; \
	fi

# What the browser test of the portal needs (Tests/browser/): Debian's Chromium and its
# WebDriver, a Chinese font for the screenshots, and Selenium (exact versions in
# Tests/browser/requirements.txt) in a venv of its own. Quiet when all is there.
BROWSER_VENV := .build/browser-venv
BROWSER_REQUIREMENTS := Tests/browser/requirements.txt
browser-deps:
	@if ! dpkg -s chromium chromium-driver fonts-wqy-zenhei python3-venv >/dev/null 2>&1; then \
	  echo "installing chromium chromium-driver fonts-wqy-zenhei python3-venv" >&2; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $$sudo apt-get update -qq && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    chromium chromium-driver fonts-wqy-zenhei python3-venv >/dev/null || exit 1; \
	fi
	@if ! cmp -s $(BROWSER_REQUIREMENTS) $(BROWSER_VENV)/requirements.txt; then \
	  echo "creating $(BROWSER_VENV) from $(BROWSER_REQUIREMENTS)" >&2; \
	  rm -rf $(BROWSER_VENV) && /usr/bin/python3 -m venv $(BROWSER_VENV) \
	    && $(BROWSER_VENV)/bin/pip install -q --disable-pip-version-check -r $(BROWSER_REQUIREMENTS) \
	    && cp $(BROWSER_REQUIREMENTS) $(BROWSER_VENV)/requirements.txt || exit 1; \
	fi

build: deps
	$(SWIFT) build

# The reference department's 2021 and 2022 submissions through the whole pipeline on
# the embedded default; prints the 2022 base-data table, writes exports into out/.
demo: build
	env -u DATABASE_URL -u PGHOST -u PGPORT -u PGDATABASE -u PGUSER -u PGSERVICE \
	  "$$($(SWIFT) build --show-bin-path)/huizong" demo

# The whole suite against a real PostgreSQL started here and stopped afterwards.
test: deps browser-deps
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

# The portal's page templates are SwiftPM resources: their bundle goes beside the binary,
# where Bundle.module looks first.
install: deps
	$(SWIFT) build -c release
	install -D "$$($(SWIFT) build -c release --show-bin-path)/huizong" $(DESTDIR)$(PREFIX)/bin/huizong
	rm -rf $(DESTDIR)$(PREFIX)/bin/Huizong_HuizongPortal.resources
	cp -r "$$($(SWIFT) build -c release --show-bin-path)/Huizong_HuizongPortal.resources" $(DESTDIR)$(PREFIX)/bin/
	mkdir -p $(DESTDIR)$(PREFIX)/share/huizong
	cp -r sql pipelines samples $(DESTDIR)$(PREFIX)/share/huizong/

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

# What CI checks before the tests (.ci/run): the toolchain's swift-format with the
# configuration in .swift-format, every finding an error.
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build out
