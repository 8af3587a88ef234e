import sys

from relaxapp.cli import main

sys.exit(main())
