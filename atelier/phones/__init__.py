"""Phones in the room: the small web server a participant's phone talks to.

It knows no database and no Qt. The window hands it an ``Opening`` (plain data: the werkvorm's
question, the organisations to choose from, a fresh token) and a ``deliver`` function; what a
phone sends goes to ``deliver`` as a ``Submission`` and the phone is answered with what comes
back (the inbox service decides, on the window's thread). See ``server.py``.
"""
