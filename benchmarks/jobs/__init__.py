"""Job modules of `make bench` (benchmarks/bench.py): each defines jobs(folder, work) -> list[Result]."""
