"""One module per output field; each reads the Layout and returns that field's records."""
