"""The board's services: notes, clusters, voting, layout, moving notes, and what the beamer's
wall reads."""
