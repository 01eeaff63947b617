"""The frozen console's first module: PyInstaller needs a script, the project has an entry
point (`chathost = "chathost.app:main"`). Nothing else belongs here."""

import sys

from chathost.app import main

if __name__ == "__main__":
    sys.exit(main())
