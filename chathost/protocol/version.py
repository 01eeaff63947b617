"""Protocol version: bumped on any incompatible change to a frame or REST body."""

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"
