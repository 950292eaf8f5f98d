"""Qt-free domain knowledge: reference data, the programme, plain records."""
