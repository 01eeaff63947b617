"""What the service itself tells a visitor, in the visitor's language (English otherwise).
Written for this project; `{service}` is the name of the service the visitor is moved to."""

from __future__ import annotations

TRANSFER = {
    "nb": "Du blir nå satt over til en annen tjeneste: {service}. En ny person svarer deg snart.",
    "nn": "Du blir no sett over til ei anna teneste: {service}. Ein ny person svarar deg snart.",
    "fi": "Sinut siirretään nyt toiseen palveluun: {service}. Uusi henkilö vastaa sinulle pian.",
    "sv": "Du kopplas nu vidare till en annan tjänst: {service}. En ny person svarar dig snart.",
    "en": "You are being transferred to another service: {service}. "
    "A new person will answer you soon.",
}


def transfer_notice(language: str, service_name: str) -> str:
    return TRANSFER.get(language, TRANSFER["en"]).format(service=service_name)
