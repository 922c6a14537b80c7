#!/usr/bin/env python3
"""Gathers the RESULT lines the benchmarks printed into one table (Markdown)."""

import json
import sys


def main(path):
    rows = []
    with open(path, encoding="utf-8") as results:
        for line in results:
            if line.startswith("RESULT "):
                rows.append(json.loads(line[len("RESULT ") :]))
    if not rows:
        sys.exit("no benchmark printed a result")
    print("| benchmark | figure | unit | suite | baseline | ratio |")
    print("| --- | --- | --- | ---: | ---: | ---: |")
    for row in rows:
        print(
            f"| {row['benchmark']} | {row['figure']} | {row['unit']} | "
            f"{row['suite']:.1f} | {row['baseline']:.1f} | {row['ratio']:.2f} |"
        )


if __name__ == "__main__":
    main(sys.argv[1])
