#!/usr/bin/env python3
"""Looks for stalls of this machine's CPUs that no process inside it causes.

    taskset -c CORE perf/stall-probe.py [SECONDS]

Sleeps 1 ms at a time for SECONDS (default 10) and prints every wake-up that came more
than 1 ms late, with its time (CLOCK_MONOTONIC, as perf's timestamps) and how late.
On an idle machine nothing should be late. Run it on each core before a latency
measurement: a core that is regularly late (a VM's vCPU held by its host, for
example) puts that lateness into every relay's p99, whatever the relay is.
"""
import sys
import time

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
end = time.monotonic() + seconds
late = []
while True:
    due = time.monotonic() + 0.001
    time.sleep(0.001)
    now = time.monotonic()
    if now > end:
        break
    if now - due > 0.001:
        late.append((now, now - due))
print(f"{len(late)} wake-ups more than 1 ms late in {seconds:g} s")
for at, over in late:
    print(f"{at:.3f} {over * 1e3:.1f} ms")
