"""The parts of step 2 (customers, value, channels, differentiation), one tab each."""
