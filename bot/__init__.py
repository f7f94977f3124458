"""Referral bot: hotlines and rights for people at risk of human trafficking in Japan."""

__version__ = "0.1.0"
