"""How fast this machine is right now, so that benchmark figures from different runs can be compared."""

from __future__ import annotations

import time


def machine_probe(n: int = 2_000_000) -> float:
    """Milliseconds of CPU a fixed pure-Python loop takes now.

    This virtual machine's CPU speed drifts by up to 2x within minutes (the same loop: 0.86 to 1.71 s for
    10M iterations, five runs a few seconds apart), so every figure is printed with the probe taken just
    before it was measured: compare runs by their probes, not only by their figures.
    """
    start = time.process_time()
    total = 0
    for i in range(n):
        total += i
    return (time.process_time() - start) * 1000
