"""Notes from participants' phones: the facilitator's inbox (``inbox``)."""
