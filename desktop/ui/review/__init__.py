"""The fact-checker's review: verdicts and notes on claims, the claims table, links fixed by hand, and the
workflow that installs them in the main window and keeps them in the session file."""
