"""RelaxApp: paced breathing and progressive muscle relaxation."""

__version__ = "0.1.0"
