"""ChatHost: desktop console and chat backend for anonymous crisis-chat services."""

__version__ = "0.1.0"
