"""`python -m frontwatch`: the same command line as the `frontwatch` script."""

import sys

from frontwatch.cli import main

if __name__ == "__main__":
    sys.exit(main())
