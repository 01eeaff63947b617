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


# What the visitor is told when a supervisor steps in, by role and never by name.
READING = {
    "nb": "En veileder leser nå med, for å støtte den du snakker med.",
    "nn": "Ein rettleiar les no med, for å støtte den du snakkar med.",
    "fi": "Vuorovastaava lukee nyt keskustelua tukeakseen henkilöä, jonka kanssa puhut.",
    "sv": "En handledare läser nu med, för att stödja den du pratar med.",
    "en": "A supervisor is now reading along, to support the person you are talking to.",
}
JOINED = {
    "nb": "En veileder har kommet inn i samtalen.",
    "nn": "Ein rettleiar har kome inn i samtalen.",
    "fi": "Vuorovastaava on liittynyt keskusteluun.",
    "sv": "En handledare har kommit in i samtalet.",
    "en": "A supervisor has joined the conversation.",
}
LEFT = {
    "nb": "Veilederen har gått ut av samtalen.",
    "nn": "Rettleiaren har gått ut av samtalen.",
    "fi": "Vuorovastaava on poistunut keskustelusta.",
    "sv": "Handledaren har lämnat samtalet.",
    "en": "The supervisor has left the conversation.",
}
TAKEN_OVER = {
    "nb": "En annen person fra tjenesten svarer deg nå. Samtalen fortsetter her.",
    "nn": "Ein annan person frå tenesta svarar deg no. Samtalen held fram her.",
    "fi": "Sinulle vastaa nyt toinen henkilö palvelusta. Keskustelu jatkuu tässä.",
    "sv": "En annan person från tjänsten svarar dig nu. Samtalet fortsätter här.",
    "en": "Another person from the service is now answering you. "
    "Your conversation continues here.",
}
PUT_THROUGH = {
    "nb": "Du blir nå satt over til en annen person i tjenesten. Samtalen fortsetter her.",
    "nn": "Du blir no sett over til ein annan person i tenesta. Samtalen held fram her.",
    "fi": "Sinut yhdistetään nyt toiselle henkilölle palvelussa. Keskustelu jatkuu tässä.",
    "sv": "Du kopplas nu till en annan person i tjänsten. Samtalet fortsätter här.",
    "en": "You are being put through to another person from the service. "
    "Your conversation continues here.",
}


def notice(table: dict[str, str], language: str) -> str:
    return table.get(language, table["en"])
