#!/usr/bin/env python3
"""Writes the bundled sample extracts in samples/ (deterministic: same scripts, same files).

Each pack's indicators have their own script (samples_<pack>.py) that says which figures the
council's published report prints; samplegen.py invents the months around them. Each month-end
extract holds the month just ended and re-runs the two months before it, and a re-run may revise
a figure (late recording), as the real reports warn.

Run from the repository root:  python3 tools/generate_samples.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import samples_corporate_parenting  # noqa: E402
import samples_early_help  # noqa: E402
import samples_members  # noqa: E402

PACKS = [samples_corporate_parenting, samples_early_help, samples_members]

if __name__ == "__main__":
    for pack in PACKS:
        s = pack.samples()
        s.write(pack.build(s), "samples", pack.SOURCE)
