"""The one-page routemap picture: what it shows (``model``), its pieces (``cards``) and the
drawing (``drawing``)."""
