#!/usr/bin/env python3
"""perf/pipe-pages.py PID METRICS_URL SECONDS (as root): samples a gateway's pipes every
2 s while agents run: the pool's gauge (omsgate_splice_pipes_open), and the pipe buffers
the process holds (F_GETPIPE_SZ on each pipe, opened through /proc/PID/fd), in pages.
Prints each sample, then the peaks. perf/results/2026-11-30-pipe-pages.md used it."""
import fcntl, os, sys, time, urllib.request, re
F_GETPIPE_SZ = 1032
pid, metrics, seconds = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
peak = {"gauge": 0, "pipes": 0, "pages": 0, "fds": 0, "fallbacks": 0, "tunnels": 0}
end = time.time() + seconds
while time.time() < end:
    try:
        text = urllib.request.urlopen(metrics, timeout=2).read().decode()
    except Exception:
        time.sleep(1); continue
    g = lambda name: float((re.search(r"^%s(?:\{[^}]*\})? (\S+)$" % name, text, re.M) or [0, 0])[1])
    seen, pages, fds = set(), 0, 0
    for fd in os.listdir(f"/proc/{pid}/fd"):
        fds += 1
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("pipe:") and target not in seen:
            try:
                f = os.open(f"/proc/{pid}/fd/{fd}", os.O_RDONLY | os.O_NONBLOCK)
                pages += fcntl.fcntl(f, F_GETPIPE_SZ) // 4096
                os.close(f)
                seen.add(target)
            except OSError:
                pass
    now = {"gauge": g("omsgate_splice_pipes_open"), "pipes": len(seen), "pages": pages, "fds": fds,
           "fallbacks": g("omsgate_splice_copy_fallbacks_total"), "tunnels": g("omsgate_active_client_connections")}
    for k in peak: peak[k] = max(peak[k], now[k])
    print(time.strftime("%H:%M:%S"), now, flush=True)
    time.sleep(2)
print("peak", peak)
