"""The routemap in the domain: its vocabulary, moments, records, checks and order."""
