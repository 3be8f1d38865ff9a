"""The audit log of personal data seen, exported, printed or downloaded."""
