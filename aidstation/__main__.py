"""`python -m aidstation ...`"""
import sys

from aidstation.cli import main

sys.exit(main())
