"""`chathost`: the composition root of the desktop console.

The console itself arrives with the next milestone; until then `chathost demo` runs the embedded
server with a demo centre, so the visitor page and the API can be tried at once."""

from __future__ import annotations

import argparse
import sys

from chathost import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="chathost", description="ChatHost desktop console.")
    parser.add_argument("--version", action="version", version=f"chathost {__version__}")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="run the embedded server with a demo centre")
    demo.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    args = parser.parse_args(argv)
    if args.command == "demo":
        from chathost.server.cli import main as server_main

        print("The desktop console is not built yet; starting the demo chat server.", flush=True)
        return server_main(["--demo", "--port", str(args.port)])
    parser.print_help()
    print("\nThe desktop console is not built yet. Try `chathost demo`.", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
