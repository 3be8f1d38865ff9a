"""Small helpers every app may use; core imports no app of ours (see pyproject's importlinter)."""
