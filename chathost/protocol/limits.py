"""Explicit limits both ends enforce, so that a hostile peer meets a clear error, not a crash."""

# Largest WebSocket frame the server decodes. Anything bigger gets an error frame.
MAX_FRAME_BYTES = 64 * 1024
# Frames beyond this are refused by the WebSocket layer itself (close code 1009).
HARD_FRAME_BYTES = 4 * 1024 * 1024
# Largest REST request body.
MAX_BODY_BYTES = 64 * 1024
# Except a guideline document's source (its trigger lexicon and examples can be long).
MAX_GUIDELINE_BYTES = 1024 * 1024
# Longest chat message, in characters (Unicode code points).
MAX_MESSAGE_CHARS = 4000
# Client-chosen command ids and message ids.
MAX_ID_CHARS = 64
MAX_NAME_CHARS = 80
# A handover note written when referring a conversation.
MAX_NOTE_CHARS = 1000
MAX_PASSWORD_CHARS = 256

# Sending chat messages: sustained rate and burst, per connection.
MESSAGES_PER_SECOND = 2.0
MESSAGE_BURST = 8
# Any frame at all (typing, read, ping…): sustained rate and burst, per connection.
FRAMES_PER_SECOND = 10.0
FRAME_BURST = 40
# A connection that keeps flooding after this many refused frames in a row is closed (1008).
FLOOD_STRIKES_BEFORE_CLOSE = 200

# Failed login attempts per username, and per client address (a whole centre may share one
# address behind its router), within the window.
LOGIN_ATTEMPTS = 5
LOGIN_ATTEMPTS_PER_ADDRESS = 30
LOGIN_WINDOW_SECONDS = 60.0
