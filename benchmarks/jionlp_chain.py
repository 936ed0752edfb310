"""jionlp's clean_text + extract_money + extract_time over a JSONL corpus; prints one JSON line.

Runs in its own environment (benchmarks/.venv-jionlp), never in policytext's:
jionlp is a point of comparison, not a dependency.  Called by bench.py, which
reads the last line of stdout (jionlp prints a banner of its own first).
"""

from __future__ import annotations

import json
import logging
import sys
import time


def main(path: str) -> None:
    import jionlp as jio

    # jionlp logs a traceback for every time expression it gives up on; a batch user would silence that.
    logging.disable(logging.CRITICAL)

    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    # First calls load jionlp's dictionaries: keep that out of the timing, as for policytext.
    jio.ner.extract_money(jio.clean_text(texts[0][:200]))
    jio.ner.extract_time(jio.clean_text(texts[0][:200]))
    money = times = 0
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        cleaned = jio.clean_text(text)
        money += len(jio.ner.extract_money(cleaned))
        times += len(jio.ner.extract_time(cleaned))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(json.dumps({"documents": len(texts), "chars": sum(map(len, texts)), "seconds": seconds, "cpu": cpu,
                      "money": money, "times": times}))


if __name__ == "__main__":
    main(sys.argv[1])
