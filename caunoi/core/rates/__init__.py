"""Screens, import and API of the exchange rates (tỷ giá) that conversions of money read.

The model is :class:`caunoi.core.models.ExchangeRate` (a city-wide registry: every unit reads
the rates, the unit that entered one keeps it); conversions are in :mod:`caunoi.core.money`.
"""
