"""`python -m desktop` is the `synoptic` command."""
import sys

from .cli import main

sys.exit(main())
