"""Running the stages over many files: worker processes, a Dask cluster, and the report command."""
