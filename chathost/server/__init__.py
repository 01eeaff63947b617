"""The chat backend: aiohttp application, storage, routing and the visitor web chat page."""
