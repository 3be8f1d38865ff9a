"""Issue 16: built on its own branch."""
