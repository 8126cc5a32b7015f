"""Qt-free domain: value objects and the rules of the programme."""
