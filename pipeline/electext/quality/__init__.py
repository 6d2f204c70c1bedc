"""Development tooling that measures the pipeline: corpus evaluation, mutation power and accuracy floors."""
