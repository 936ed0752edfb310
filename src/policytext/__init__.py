"""policytext: clean Chinese industrial-policy text and extract traceable facts."""

__version__ = "0.1.0"
