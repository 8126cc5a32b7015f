"""The bridge from the UI to the store and sync: work runs off the GUI thread, results return by signal."""
