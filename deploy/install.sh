#!/bin/bash
# Installs the nightly consolidation: run as root after `make install`.
#
#   make install && sudo deploy/install.sh
#
# Creates the `huizong` system user, /etc/huizong/huizong.env (from the example, only
# when absent: an existing one is never touched), /var/lib/huizong, the wrapper
# /usr/local/lib/huizong/huizong-nightly and the units in /etc/systemd/system, then
# enables and starts the timer when systemd is running. Running it again is harmless.
#
# DESTDIR=DIR installs the files under DIR instead (for packaging and tests): no user is
# created, no ownership set, systemctl not called.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
destdir=${DESTDIR:-}
prefix=${PREFIX:-/usr/local}
user=huizong
env_file=$destdir/etc/huizong/huizong.env
libexec=$destdir$prefix/lib/huizong
units=$destdir/etc/systemd/system
doc=$destdir$prefix/share/doc/huizong

say() { printf 'install.sh: %s\n' "$*"; }
fail() {
    printf 'install.sh: %s\n' "$*" >&2
    exit 1
}

if [[ -z $destdir ]]; then
    (($(id -u) == 0)) || fail "run as root: sudo $0"
    [[ -x $prefix/bin/huizong ]] || fail "$prefix/bin/huizong is missing: run \`make install PREFIX=$prefix\` first"
    if ! getent group "$user" >/dev/null; then
        groupadd --system "$user"
        say "created group $user"
    fi
    if ! getent passwd "$user" >/dev/null; then
        useradd --system --gid "$user" --home-dir /var/lib/huizong --no-create-home \
            --shell /usr/sbin/nologin --comment "Huizong nightly consolidation" "$user"
        say "created system user $user"
    fi
    owner=(-o root -g "$user")
    state_owner=(-o "$user" -g "$user")
else
    owner=()
    state_owner=()
fi

install -d -m 0750 "${owner[@]}" "$destdir/etc/huizong"
if [[ -e $env_file ]]; then
    say "kept $env_file"
else
    # It may hold a database password: readable by root and the service only.
    install -m 0640 "${owner[@]}" "$here/huizong.env.example" "$env_file"
    say "wrote $env_file: name your database and nodes there"
fi
install -d -m 0750 "${state_owner[@]}" "$destdir/var/lib/huizong"
install -d -m 0755 "$libexec" "$units" "$doc"
install -m 0755 "$here/huizong-nightly" "$libexec/huizong-nightly"
sed "s|^ExecStart=/usr/local/lib/huizong/|ExecStart=$prefix/lib/huizong/|; s|file:/usr/local/share/|file:$prefix/share/|; s|^Environment=PATH=/usr/local/bin:|Environment=PATH=$prefix/bin:|" \
    "$here/huizong-nightly.service" >"$units/huizong-nightly.service.tmp"
mv "$units/huizong-nightly.service.tmp" "$units/huizong-nightly.service"
chmod 0644 "$units/huizong-nightly.service"
sed "s|file:/usr/local/share/|file:$prefix/share/|" "$here/huizong-nightly.timer" >"$units/huizong-nightly.timer.tmp"
mv "$units/huizong-nightly.timer.tmp" "$units/huizong-nightly.timer"
chmod 0644 "$units/huizong-nightly.timer"
sed "s|^ExecStart=/usr/local/bin/|ExecStart=$prefix/bin/|; s|file:/usr/local/share/|file:$prefix/share/|" \
    "$here/huizong-portal.service" >"$units/huizong-portal.service.tmp"
mv "$units/huizong-portal.service.tmp" "$units/huizong-portal.service"
chmod 0644 "$units/huizong-portal.service"
install -m 0644 "$here/README.md" "$doc/deploy.md"
say "installed $libexec/huizong-nightly, $units/huizong-nightly.{service,timer}, $units/huizong-portal.service"

if [[ -n $destdir ]]; then
    exit 0
fi
if [[ -d /run/systemd/system ]]; then
    # systemd is PID 1 (the sd_booted() test).
    systemctl daemon-reload
    systemctl enable --now huizong-nightly.timer
    say "timer enabled; next run:"
    systemctl list-timers --no-pager huizong-nightly.timer || true
else
    say "systemd is not running here (PID 1 is $(ps -o comm= -p 1 2>/dev/null || echo unknown)); on the server run:"
    say "  systemctl daemon-reload && systemctl enable --now huizong-nightly.timer"
fi
# The portal is started by hand once accounts exist (huizong user add …): see deploy/README.md.
say "portal: create accounts with 'huizong user add', then: systemctl enable --now huizong-portal.service"
