"""Qt-free operations on an atelier. Each takes a Session, returns plain records, never commits.

The caller owns the transaction (``Database.transaction()``), so one user action is one commit.
"""
