"""The seeders, one module per app, each reading its texts through demo.content and writing
through that app's services. Running any of them again changes nothing."""
