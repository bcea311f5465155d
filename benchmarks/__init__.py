"""Benchmarks and endurance runs of neph-gui (`make bench`, `make fuzz`).

Not part of the app and not shipped. Figures are printed, never asserted by timed tests.
"""
