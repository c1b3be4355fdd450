"""The mock in front of the real API: ``kling-mock proxy`` forwards every request upstream,
judges request and answer against spec/ and lists what the answers do differently (drift), and can
record each interaction into a directory that ``kling-mock serve --replay`` answers from."""
