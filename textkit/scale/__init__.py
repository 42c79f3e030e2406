"""Past one machine: the Dask path (an extra); the partition functions it runs live in analysis/ and search/."""
