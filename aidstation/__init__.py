"""AidStation: desk software for community legal-aid workstations."""
__version__ = "0.1.0"
