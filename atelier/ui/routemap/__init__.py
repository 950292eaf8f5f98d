"""The routemap in the app: lanes × fasen with action cards, editors, findings and export."""
