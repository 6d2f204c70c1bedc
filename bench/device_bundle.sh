#!/usr/bin/env bash
# Build what a 16-core device machine needs to run bench/throughput.py: electext's dependencies as
# CPython 3.12 manylinux wheels, installed into a folder, stripped, packed as .dev312/site312.tar.xz
# (about 38 MB; a device call carries at most 64 MiB). The machine has Python 3.12 and no spaCy; its
# image has numpy, torch and cupy, so numpy is left out of the bundle. electext's own processes
# withhold torch and cupy themselves (pipeline/electext/nlp/model_choice.py); the command below also
# hides them
# from the naive baseline, as in the 2026-11-26 runs. Leave /tmp/hide off PYTHONPATH to measure both
# with them importable (thinc then imports them and starts CUDA in the baseline's process).
#
#   bash bench/device_bundle.sh            # here, from the project root, with pip on the PATH
#
# Then, on the device machine (the `run` tool, carry [".dev312"]):
#
#   mkdir -p /tmp/site /tmp/hide/torch /tmp/hide/cupy && tar -xJf .dev312/site312.tar.xz -C /tmp/site &&
#   for m in torch cupy; do echo 'raise ImportError("hidden")' > /tmp/hide/$m/__init__.py; done &&
#   export PYTHONPATH=/tmp/hide:$PWD/pipeline:/tmp/site PYTHONUNBUFFERED=1 &&
#   BLIS_ARCH_DEBUG=1 python3 -c "import numpy, blis.py; blis.py.gemm(numpy.ones((2, 2), 'f'), numpy.ones((2, 2), 'f'))" &&
#   python3 bench/throughput.py --articles 2000 --jobs 2 4 8 12 16 --skip-memory --json $OUT/bench.json
#
# The first command prints which kernel BLIS chose for that CPU ("generic" on the 2-core AMD machine,
# where electext's switch to NumPy's BLAS gained most; pipeline/electext/nlp/blas.py). 2,000 articles
# take about 6 minutes there (two baselines, then electext); each row is printed as it is measured.
set -euo pipefail
cd "$(dirname "$0")/.."

build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
python3 -m pip wheel --quiet --no-deps -w "$build/dist" .
python3 -m pip install --quiet --target "$build/site" --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 \
  --platform manylinux2014_x86_64 --platform manylinux1_x86_64 --only-binary=:all: "$build"/dist/electext-*.whl
cd "$build/site"
# The device image has numpy; electext itself travels as the working tree.
rm -rf numpy numpy.libs numpy-*.dist-info setuptools setuptools-* _distutils_hack distutils-precedence.pth \
  electext electext-*.dist-info
find . -name __pycache__ -type d -prune -exec rm -rf {} +
find . -type d \( -name tests -o -name test \) -prune -exec rm -rf {} +
find . -name '*.so' -exec strip --strip-unneeded {} +
cd - >/dev/null
mkdir -p .dev312
tar -cJf .dev312/site312.tar.xz -C "$build/site" .
ls -l .dev312/site312.tar.xz
