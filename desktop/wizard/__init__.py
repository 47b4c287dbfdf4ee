"""The import wizard: choose files → preview → column mapping → validation → import → result."""
