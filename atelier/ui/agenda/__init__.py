"""The agenda of a dagdeel and the run controller: which werkvorm the room is on."""
