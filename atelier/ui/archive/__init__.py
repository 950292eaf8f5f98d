"""File → Teamarchief…: connect to the team archive, take an atelier along, write one back."""
