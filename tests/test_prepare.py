"""prepare(): what a stage loads once per process is built before documents flow.

A pool's parent calls it before forking so the workers share the tables and
patterns copy-on-write; a first document that still compiled patterns would
pay for them in every worker (and in the benchmark's timing).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))

# Run in a fresh process: in this one, earlier tests have compiled everything already.
FIRST_DOCUMENTS = """
import json, re, sys
import regex
from policytext.extract import extract, prepare
from policytext.io.read import read_path

prepare()
compiled = []
def recording(original):
    def compile_(pattern, *args, **kwargs):
        compiled.append(str(pattern)[:60])
        return original(pattern, *args, **kwargs)
    return compile_
re.compile, regex.compile = recording(re.compile), recording(regex.compile)
facts = 0
for path in sys.argv[1:]:
    record = extract(next(read_path(path)))
    facts += len(record["numbers"]) + len(record["targets"])
print(json.dumps({"facts": facts, "compiled": compiled}))
"""


def test_after_prepare_the_chain_compiles_no_pattern():
    out = subprocess.run([sys.executable, "-c", FIRST_DOCUMENTS, *map(str, SEEDS)],
                         capture_output=True, text=True, check=True).stdout
    result = json.loads(out.splitlines()[-1])
    assert result["facts"] > 100  # the seeds went through every stage
    assert result["compiled"] == []


@pytest.mark.parametrize("command", ["clean", "convert", "extract-numbers", "extract-targets", "extract"])
def test_every_batch_command_prepares_its_stages(command):
    from policytext.pipeline import batch_command

    assert batch_command(command).initializer is not None
