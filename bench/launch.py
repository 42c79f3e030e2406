"""Run a command and write its wall time and peak memory as JSON: ``launch.py OUT.json CMD…``.

A child forked straight from the big benchmark process would report the benchmark's memory as
its own peak (Linux keeps the high-water mark across fork and exec), so the benchmark starts
this small process, which starts the command.
"""

import json
import os
import subprocess
import sys
import time


def main() -> None:
    out, argv = sys.argv[1], sys.argv[2:]
    t = time.perf_counter()
    proc = subprocess.Popen(argv)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"seconds": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "max_rss_mb": usage.ru_maxrss / 1e3,
                   "returncode": os.waitstatus_to_exitcode(status)}, f)


if __name__ == "__main__":
    main()
