#!/usr/bin/env python
"""Same as the ``caunoi`` console command (kept for tools that expect manage.py)."""

from caunoi.__main__ import main

if __name__ == "__main__":
    main()
