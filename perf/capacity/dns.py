#!/usr/bin/env python3
"""A DNS server for perf runs: answers A queries for the names given with 127.0.0.1,
AAAA with no address (NOERROR), anything else NXDOMAIN, after an optional delay (a
site DNS server is not on loopback), and counts queries. Loopback UDP only.

Used by perf/setup-tail.sh so that agents CONNECT to a name omsgate must look up
(a name in /etc/hosts is answered from the file, never asked of DNS).

    dns.py --listen 127.0.0.1:15353 --ttl 300 --delay-ms 20 sink.omsgate.test
Prints `listening ADDR`, then on SIGTERM `queries N` on stderr.
"""
import argparse
import asyncio
import signal
import struct
import sys


def answer(query: bytes, names: set, ttl: int):
    if len(query) < 12:
        return None
    qid, flags, qd = struct.unpack("!HHH", query[:6])
    if qd != 1:
        return None
    i, labels = 12, []
    while i < len(query) and query[i] != 0:
        n = query[i]
        labels.append(query[i + 1 : i + 1 + n].decode("ascii", "replace").lower())
        i += 1 + n
    question = query[12 : i + 5]
    qtype = struct.unpack("!H", query[i + 1 : i + 3])[0]
    name = ".".join(labels)
    rd = flags & 0x0100
    if name not in names:
        return struct.pack("!HHHHHH", qid, 0x8000 | rd | 0x0080 | 3, 1, 0, 0, 0) + question
    records = b""
    count = 0
    if qtype == 1:  # A
        records = struct.pack("!HHHIH", 0xC00C, 1, 1, ttl, 4) + bytes([127, 0, 0, 1])
        count = 1
    return struct.pack("!HHHHHH", qid, 0x8000 | rd | 0x0080, 1, count, 0, 0) + question + records


class Server(asyncio.DatagramProtocol):
    def __init__(self, names, ttl, delay):
        self.names, self.ttl, self.delay, self.queries = names, ttl, delay, 0

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.queries += 1
        reply = answer(data, self.names, self.ttl)
        if reply is not None:
            asyncio.get_running_loop().call_later(self.delay, self.transport.sendto, reply, addr)


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--listen", default="127.0.0.1:15353")
    p.add_argument("--ttl", type=int, default=300)
    p.add_argument("--delay-ms", type=float, default=0.0)
    p.add_argument("names", nargs="+")
    a = p.parse_args()
    host, port = a.listen.rsplit(":", 1)
    assert host.startswith("127."), "loopback only"
    loop = asyncio.get_running_loop()
    server = Server({n.lower().rstrip(".") for n in a.names}, a.ttl, a.delay_ms / 1000)
    transport, _ = await loop.create_datagram_endpoint(lambda: server, local_addr=(host, int(port)))
    print("listening %s:%d" % transport.get_extra_info("sockname")[:2], flush=True)
    stop = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set_result, None)
    await stop
    print("queries %d" % server.queries, file=sys.stderr, flush=True)


asyncio.run(main())
