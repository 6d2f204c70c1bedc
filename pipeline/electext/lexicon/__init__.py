"""What electext knows about a language and country, loaded from data: party aliases, the seat
gazetteer, phrase lists, and the regular expressions compiled from them."""
