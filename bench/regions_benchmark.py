"""How fast the region list loads and answers; prints figures (targets: load < 300 ms, children < 1 ms).

Run: python bench/regions_benchmark.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.domain.regions import Level, load_regions


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms"


def main() -> None:
    loads, cpu = [], []
    for _ in range(5):
        start, start_cpu = time.perf_counter(), time.process_time()
        regions = load_regions()  # read afresh: there is no cache
        loads.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(
        f"load (read + decode + child index), 5 runs: wall median {_ms(statistics.median(loads))}, "
        f"min {_ms(min(loads))}; CPU median {_ms(statistics.median(cpu))} (2 shared cores: wall varies with load)"
    )

    print("counts:", {str(k): v for k, v in regions.counts().items()})

    districts = [r.code for r in regions.search("a", level=Level.DISTRICT, limit=2000)]
    first_times, warm_times = [], []
    for code in districts:
        start = time.perf_counter()
        regions.children(code)
        first_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        regions.children(code)
        warm_times.append(time.perf_counter() - start)
    print(
        f"children(district) over {len(districts)} districts: first call median {_ms(statistics.median(first_times))}"
        f" max {_ms(max(first_times))}; repeat median {_ms(statistics.median(warm_times))}"
    )
    start = time.perf_counter()
    regions.children("")
    print(f"children('') (provinces): {_ms(time.perf_counter() - start)}")

    fresh = load_regions()
    start = time.perf_counter()
    fresh.search("bogor")
    print(f"first search (builds the name index): {_ms(time.perf_counter() - start)}")
    for query, within in [("bogor", ""), ("s", ""), ("suka", "32"), ("cibinong", "32.01")]:
        runs = []
        for _ in range(20):
            start = time.perf_counter()
            found = fresh.search(query, within=within)
            runs.append(time.perf_counter() - start)
        print(f"search({query!r}, within={within!r}): {len(found)} results, median {_ms(statistics.median(runs))}")

    start = time.perf_counter()
    for code in districts:
        regions.get(code)
    print(f"get(): {_ms((time.perf_counter() - start) / len(districts))} each")


if __name__ == "__main__":
    main()
