"""Setting up an atelier: intake, people, dagdelen, and maatwerk on the programme."""
